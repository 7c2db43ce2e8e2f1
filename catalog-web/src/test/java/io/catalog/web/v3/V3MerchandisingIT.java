package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A product's merchandising through Catalog V3 (create, get, update with and without a field mask) and v1 (its
 * ribbons, read-only; an update keeping them): handle, brand, ribbons, point-of-sale visibility, tax group, SEO data,
 * extended fields and tags.
 */
class V3MerchandisingIT extends CatalogIT {

    private static final String PRODUCTS = "/stores/v3/products";
    private static final String V1_PRODUCTS = "/stores/v1/products/";
    private static final String TAX_GROUP = "0b9e1c2a-54f3-4c1e-9d57-2f3a1b4c5d6e";
    private static final String PRIVATE_TAG = "9d2c1a6e-1f0b-4b8e-a1c3-5e6f7a8b9c0d";
    private static final String PUBLIC_TAG = "1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d";

    private static final String MUG = """
            {"product": {
              "name": "Mug", "handle": "MUG-001",
              "brand": {"name": "Acme"},
              "ribbon": {"name": "Sale"}, "additionalRibbons": [{"name": "New"}, {"name": "Eco"}],
              "visibleInPos": false, "taxGroupId": "%s",
              "seoData": {"tags": [{"type": "title", "children": "A mug", "custom": false, "disabled": false},
                                   {"type": "meta", "props": {"name": "description", "content": "Big mug"},
                                    "meta": {"height": 300, "nested": {"a": [1, 2]}}}],
                          "settings": {"preventAutoRedirect": true,
                                       "keywords": [{"term": "mug", "isMain": true, "origin": "USER"}]}},
              "extendedFields": {"namespaces": {"@acme/erp": {"erpId": "E-17", "lot": {"n": 3, "ok": true}}}},
              "tags": {"privateTags": {"tagIds": ["%s"]}, "publicTags": {"tagIds": ["%s"]}}
            }}""".formatted(TAX_GROUP, PRIVATE_TAG, PUBLIC_TAG);

    private static JsonObject created(Api store, String body) {
        Api.Response response = store.post(PRODUCTS, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject get(Api store, String id) {
        Api.Response response = store.get(PRODUCTS + "/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject patched(Api store, String body, String id) {
        Api.Response response = store.patch(PRODUCTS + "/" + id, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    @Test
    void everyMerchandisingFieldIsKeptAndReadBackAsSent() {
        String storeId = "store-" + UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        JsonObject mug = created(store, MUG);

        assertThat(get(store, mug.getString("id"))).isEqualTo(mug);
        assertThat(mug.getString("handle")).isEqualTo("MUG-001");
        assertThat(mug.getJsonObject("brand").getString("name")).isEqualTo("Acme");
        assertThat(mug.getJsonObject("ribbon").getString("name")).isEqualTo("Sale");
        assertThat(mug.getJsonArray("additionalRibbons").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("name"))
                .containsExactly("New", "Eco");
        assertThat(mug.getBoolean("visibleInPos")).isFalse();
        assertThat(mug.getString("taxGroupId")).isEqualTo(TAX_GROUP);
        JsonObject seo = mug.getJsonObject("seoData");
        assertThat(seo.getJsonArray("tags")).hasSize(2);
        assertThat(seo.getJsonArray("tags")
                        .getJsonObject(1)
                        .getJsonObject("props")
                        .getString("content"))
                .isEqualTo("Big mug");
        assertThat(seo.getJsonArray("tags").getJsonObject(1).getJsonObject("meta"))
                .isEqualTo(parse("{\"height\": 300, \"nested\": {\"a\": [1, 2]}}"));
        assertThat(seo.getJsonObject("settings").getBoolean("preventAutoRedirect"))
                .isTrue();
        assertThat(seo.getJsonObject("settings")
                        .getJsonArray("keywords")
                        .getJsonObject(0)
                        .getString("origin"))
                .isEqualTo("USER");
        assertThat(mug.getJsonObject("extendedFields").getJsonObject("namespaces"))
                .isEqualTo(parse("{\"@acme/erp\": {\"erpId\": \"E-17\", \"lot\": {\"n\": 3, \"ok\": true}}}"));
        assertThat(mug.getJsonObject("tags")
                        .getJsonObject("privateTags")
                        .getJsonArray("tagIds")
                        .getString(0))
                .isEqualTo(PRIVATE_TAG);

        // Storefronts (read only) see the public tags only.
        Api storefront = store(storeId, READ);
        JsonObject seen =
                storefront.get(PRODUCTS + "/" + mug.getString("id")).json().getJsonObject("product");
        assertThat(seen.getJsonObject("tags").containsKey("privateTags")).isFalse();
        assertThat(seen.getJsonObject("tags")
                        .getJsonObject("publicTags")
                        .getJsonArray("tagIds")
                        .getString(0))
                .isEqualTo(PUBLIC_TAG);
    }

    @Test
    void brandAndRibbonIdsAreTheSameForTheSameNameAndMayBeSentBack() {
        Api store = newStore();
        JsonObject mug = created(store, MUG);
        JsonObject cup = created(store, """
                {"product": {"name": "Cup", "brand": {"name": " acme "}, "additionalRibbons": [{"name": "SALE"}]}}""");
        String brandId = mug.getJsonObject("brand").getString("id");

        assertThat(cup.getJsonObject("brand").getString("id")).isEqualTo(brandId);
        assertThat(cup.getJsonArray("additionalRibbons").getJsonObject(0).getString("id"))
                .isEqualTo(mug.getJsonObject("ribbon").getString("id"));
        assertThat(created(newStore(), MUG).getJsonObject("brand").getString("id"))
                .as("another store's Acme")
                .isNotEqualTo(brandId);

        // A product read and sent back keeps its ids.
        JsonObject tea = created(
                store,
                "{\"product\": {\"name\": \"Tea\", \"brand\": {\"id\": \"" + brandId + "\", \"name\": \"Acme\"}}}");
        assertThat(tea.getJsonObject("brand").getString("id")).isEqualTo(brandId);
        assertError(
                store.post(
                        PRODUCTS,
                        "{\"product\": {\"name\": \"Tea\", \"brand\": {\"id\": \"" + UUID.randomUUID()
                                + "\", \"name\": \"Acme\"}}}"),
                400,
                "INVALID_ID",
                "product.brand.id");
        assertError(
                store.post(PRODUCTS, "{\"product\": {\"name\": \"Tea\", \"brand\": {\"id\": \"" + brandId + "\"}}}"),
                400,
                "REQUIRED",
                "product.brand.name");
    }

    @Test
    void anUpdateChangesWhatIsSentAndAFieldMaskRemovesWhatItNamesWithoutAValue() {
        Api store = newStore();
        JsonObject mug = created(store, MUG);
        String id = mug.getString("id");

        JsonObject changed = patched(store, """
                {"product": {"revision": "1", "brand": {"name": "Globex"}, "additionalRibbons": [{"name": "Hot"}],
                  "visibleInPos": true}}""", id);
        assertThat(changed.getJsonObject("brand").getString("name")).isEqualTo("Globex");
        assertThat(changed.getJsonArray("additionalRibbons")).hasSize(1);
        assertThat(changed.getBoolean("visibleInPos")).isTrue();
        assertThat(changed.getJsonObject("ribbon").getString("name"))
                .as("not sent")
                .isEqualTo("Sale");
        assertThat(changed.getJsonObject("seoData")).isEqualTo(mug.getJsonObject("seoData"));

        JsonObject masked = patched(store, """
                {"product": {"revision": "2", "ribbon": {"name": "Clearance"}, "taxGroupId": "%s",
                  "extendedFields": {"namespaces": {"@acme/erp": {"erpId": "E-18"}}}},
                 "fieldMask": {"paths": ["brand", "seoData", "additionalRibbons", "tags", "extendedFields"]}}""".formatted(UUID.randomUUID()), id);
        assertThat(masked.containsKey("brand")).isFalse();
        assertThat(masked.containsKey("seoData")).isFalse();
        assertThat(masked.getJsonArray("additionalRibbons")).isEmpty();
        assertThat(masked.getJsonObject("tags").getJsonObject("privateTags").getJsonArray("tagIds"))
                .isEmpty();
        assertThat(masked.getJsonObject("ribbon").getString("name"))
                .as("sent, not masked")
                .isEqualTo("Sale");
        assertThat(masked.getString("taxGroupId")).as("sent, not masked").isEqualTo(TAX_GROUP);
        assertThat(masked.getJsonObject("extendedFields").getJsonObject("namespaces"))
                .isEqualTo(parse("{\"@acme/erp\": {\"erpId\": \"E-18\"}}"));
        assertThat(get(store, id)).isEqualTo(masked);

        assertError(
                store.patch(
                        PRODUCTS + "/" + id,
                        "{\"product\": {\"revision\": \"3\"}, \"fieldMask\": {\"paths\": [\"visibleInPos\"]}}"),
                400,
                "REQUIRED",
                "product.visibleInPos");
    }

    @Test
    void theHandleIsUniqueInTheStoreAndNeverChanges() {
        Api store = newStore();
        JsonObject mug = created(store, MUG);
        String id = mug.getString("id");

        assertError(
                store.post(PRODUCTS, "{\"product\": {\"name\": \"Other\", \"handle\": \"MUG-001\"}}"),
                409,
                "HANDLE_TAKEN",
                "handle");
        assertThat(created(newStore(), MUG).getString("handle"))
                .as("another store")
                .isEqualTo("MUG-001");
        assertError(
                store.patch(PRODUCTS + "/" + id, "{\"product\": {\"revision\": \"1\", \"handle\": \"MUG-002\"}}"),
                400,
                "NOT_ALLOWED",
                "product.handle");
        assertError(
                store.patch(
                        PRODUCTS + "/" + id,
                        "{\"product\": {\"revision\": \"1\", \"handle\": \"MUG-002\"},"
                                + " \"fieldMask\": {\"paths\": [\"handle\"]}}"),
                400,
                "NOT_ALLOWED",
                "product.handle");
        JsonObject same = patched(
                store, "{\"product\": {\"revision\": \"1\", \"handle\": \"MUG-001\", \"name\": \"Big mug\"}}", id);
        assertThat(same.getString("handle")).isEqualTo("MUG-001");
        assertThat(same.getString("name")).isEqualTo("Big mug");

        // Without one, the slug; a slug whose handle is taken gets the first free suffix.
        JsonObject cup = created(store, "{\"product\": {\"name\": \"Cup\"}}");
        assertThat(cup.getString("handle")).isEqualTo("cup");
        JsonObject renamed =
                patched(store, "{\"product\": {\"revision\": \"1\", \"slug\": \"old-cup\"}}", cup.getString("id"));
        assertThat(renamed.getString("handle")).isEqualTo("cup");
        JsonObject newCup = created(store, "{\"product\": {\"name\": \"Cup\"}}");
        assertThat(newCup.getString("slug")).isEqualTo("cup");
        assertThat(newCup.getString("handle")).isEqualTo("cup-1");
    }

    @Test
    void queriesFilterOnTheHandleTheBrandNameAndTheMainRibbonName() {
        Api store = newStore();
        String mug = created(store, MUG).getString("id");
        String cup = created(store, "{\"product\": {\"name\": \"Cup\", \"brand\": {\"name\": \"Globex\"}}}")
                .getString("id");
        String plate = created(store, "{\"product\": {\"name\": \"Plate\"}}").getString("id");

        assertThat(ids(store, "{\"handle\": \"MUG-001\"}")).containsExactly(mug);
        assertThat(ids(store, "{\"handle\": {\"$startsWith\": \"mug\"}}"))
                .as("handles compare exactly")
                .isEmpty();
        assertThat(ids(store, "{\"brand.name\": {\"$startsWith\": \"ac\"}}")).containsExactly(mug);
        assertThat(ids(store, "{\"brand.name\": {\"$ne\": \"Acme\"}}")).containsExactly(cup, plate);
        assertThat(ids(store, "{\"ribbon.name\": {\"$in\": [\"Sale\", \"New\"]}}"))
                .containsExactly(mug);
        Api.Response count = store.post(PRODUCTS + "/count", "{\"filter\": {\"brand.name\": \"Globex\"}}");
        assertThat(count.json().getInt("count")).isEqualTo(1);

        // A brand changed is found under its new name at once (kept counts follow).
        patched(store, "{\"product\": {\"revision\": \"1\", \"brand\": {\"name\": \"Globex\"}}}", mug);
        count = store.post(PRODUCTS + "/count", "{\"filter\": {\"brand.name\": \"Globex\"}}");
        assertThat(count.json().getInt("count")).isEqualTo(2);
    }

    private static java.util.List<String> ids(Api store, String filter) {
        Api.Response page = store.post(
                PRODUCTS + "/query",
                "{\"query\": {\"filter\": " + filter + ", \"sort\": [{\"fieldName\": \"createdDate\"}]}}");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.json().getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("id"))
                .toList();
    }

    @Test
    void aDigitalProductIsNeverVisibleInPointOfSale() {
        Api store = newStore();
        JsonObject file = created(
                store, "{\"product\": {\"name\": \"E-book\", \"productType\": \"DIGITAL\", \"visibleInPos\": true}}");
        assertThat(file.getBoolean("visibleInPos")).isFalse();
        JsonObject physical = created(store, "{\"product\": {\"name\": \"Book\"}}");
        assertThat(physical.getBoolean("visibleInPos")).isTrue();
        JsonObject nowDigital = patched(
                store, "{\"product\": {\"revision\": \"1\", \"productType\": \"DIGITAL\"}}", physical.getString("id"));
        assertThat(nowDigital.getBoolean("visibleInPos")).isFalse();
    }

    @Test
    void v1AnswersTheRibbonsAndAV1UpdateKeepsEveryMerchandisingField() {
        Api store = newStore();
        JsonObject mug = created(store, MUG);
        String id = mug.getString("id");

        Api.Response v1 = store.get(V1_PRODUCTS + id);
        assertThat(v1.status()).as(v1.body()).isEqualTo(200);
        assertThat(v1.json().getJsonObject("product").getJsonArray("ribbons"))
                .isEqualTo(parse("{\"r\": [{\"text\": \"Sale\"}, {\"text\": \"New\"}, {\"text\": \"Eco\"}]}")
                        .getJsonArray("r"));
        assertThat(v1.json().getJsonObject("product").containsKey("brand")).isFalse();

        Api.Response updated = store.patch(V1_PRODUCTS + id, "{\"product\": {\"name\": \"Renamed in v1\"}}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getJsonObject("product").getJsonArray("ribbons"))
                .hasSize(3);

        JsonObject after = get(store, id);
        assertThat(after.getString("name")).isEqualTo("Renamed in v1");
        for (String field : new String[] {
            "handle",
            "brand",
            "ribbon",
            "additionalRibbons",
            "visibleInPos",
            "taxGroupId",
            "seoData",
            "extendedFields",
            "tags"
        }) {
            assertThat(after.get(field)).as(field).isEqualTo(mug.get(field));
        }
        // v1 keeps ribbons read-only, as the seed says: a v1 product body sent with ribbons is accepted (v1 ignores the
        // read-only fields of its product, so a product read can be sent back) and does not change them.
        Api.Response withRibbons =
                store.patch(V1_PRODUCTS + id, "{\"product\": {\"ribbons\": [{\"text\": \"Other\"}]}}");
        assertThat(withRibbons.status()).as(withRibbons.body()).isEqualTo(200);
        assertThat(get(store, id).getJsonObject("ribbon").getString("name")).isEqualTo("Sale");
    }
}
