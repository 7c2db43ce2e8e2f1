package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A product's media, info sections, digital files and preorder through both dialects, stored and read back: what V3
 * sets on media survives v1's writes, v1's info sections are V3's, and the preorder and eligibility V3 answers are
 * derived from the stored variants.
 */
class V3ProductDetailsIT extends CatalogIT {

    private static final String PRODUCTS = "/stores/v3/products";
    private static final String V1_PRODUCTS = "/stores/v1/products/";

    /** The product with its media items and info sections (fields MEDIA_ITEMS_INFO and INFO_SECTION). */
    private static JsonObject v3(Api store, String id) {
        return v3(store, id, "?fields=MEDIA_ITEMS_INFO&fields=INFO_SECTION");
    }

    private static JsonObject v3(Api store, String id, String query) {
        Api.Response response = store.get(PRODUCTS + "/" + id + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject v1(Api store, String id) {
        Api.Response response = store.get(V1_PRODUCTS + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonArray items(JsonObject product) {
        return product.getJsonObject("media").getJsonObject("itemsInfo").getJsonArray("items");
    }

    @Test
    void altTextSetThroughV3SurvivesV1ReadsAndWrites() {
        Api store = newStore();
        JsonObject created = ok(store.post(PRODUCTS, """
                {"product": {"name": "Mug", "media": {"itemsInfo": {"items": [
                  {"id": "front.jpg", "url": "https://example.com/front.jpg", "altText": "A red mug",
                   "displayName": "Front", "uploadId": "up-1"}]}}},
                 "fields": ["MEDIA_ITEMS_INFO"]}""")).getJsonObject("product");
        String id = created.getString("id");
        assertThat(items(created).getJsonObject(0).getString("altText")).isEqualTo("A red mug");

        JsonObject old = v1(store, id);
        JsonObject item = old.getJsonObject("media").getJsonArray("items").getJsonObject(0);
        assertThat(item.getString("id")).isEqualTo("front.jpg");
        assertThat(item.getString("title")).as("V3's displayName").isEqualTo("Front");
        assertThat(item.getJsonObject("image").getString("url")).isEqualTo("https://example.com/front.jpg");
        assertThat(item.containsKey("altText")).as("v1 has no alt text").isFalse();

        ok(store.patch(V1_PRODUCTS + id, "{\"product\": {\"name\": \"Big mug\"}}"));
        ok(store.post(V1_PRODUCTS + id + "/media", "{\"media\": [{\"url\": \"https://example.com/back.jpg\"}]}"));

        JsonObject after = v3(store, id);
        assertThat(after.getString("name")).isEqualTo("Big mug");
        assertThat(items(after)).hasSize(2);
        JsonObject front = items(after).getJsonObject(0);
        assertThat(front.getString("altText")).isEqualTo("A red mug");
        assertThat(front.getString("displayName")).isEqualTo("Front");
        assertThat(front.getString("uploadId")).isEqualTo("up-1");
        assertThat(front.getJsonObject("thumbnail").getString("altText")).isEqualTo("A red mug");
        assertThat(after.getJsonObject("media").getJsonObject("main")).isEqualTo(front);
    }

    @Test
    void v1InfoSectionsAreV3InfoSectionsAndBack() {
        Api store = newStore();
        JsonObject v1 = createProduct(store, """
                {"product": {"name": "Lamp", "additionalInfoSections": [
                  {"title": "Shipping", "description": "<p>Ships in <b>2</b> days</p><script>x()</script>"},
                  {"title": "Returns", "description": "<p>30 days</p>"}]}}""");
        String id = v1.getString("id");
        assertThat(v1.getJsonArray("additionalInfoSections").getJsonObject(0).getString("description"))
                .isEqualTo("<p>Ships in <b>2</b> days</p>");

        JsonObject product = v3(store, id);
        JsonArray sections = product.getJsonArray("infoSections");
        assertThat(sections).hasSize(2);
        JsonObject shipping = sections.getJsonObject(0);
        assertThat(shipping.getString("uniqueName")).isEqualTo("shipping");
        assertThat(shipping.getString("title")).isEqualTo("Shipping");
        assertThat(shipping.getString("plainDescription")).isEqualTo("<p>Ships in <b>2</b> days</p>");
        assertThat(shipping.getJsonObject("description").getJsonArray("nodes")).hasSize(1);

        ok(store.patch(PRODUCTS + "/" + id, """
                {"product": {"revision": "%s", "infoSections": [
                  {"id": "%s"}, {"uniqueName": "care", "title": "Care", "plainDescription": "<p>Dust it</p>"}]}}""".formatted(product.getString("revision"), shipping.getString("id"))));

        JsonArray v1Sections = v1(store, id).getJsonArray("additionalInfoSections");
        assertThat(v1Sections).hasSize(2);
        assertThat(v1Sections.getJsonObject(0).getString("title")).isEqualTo("Shipping");
        assertThat(v1Sections.getJsonObject(1).toString())
                .isEqualTo("{\"title\":\"Care\",\"description\":\"<p>Dust it</p>\"}");

        // v1 writes the list by title: the section keeps its unique name, so its id
        ok(store.patch(V1_PRODUCTS + id, """
                {"product": {"additionalInfoSections": [{"title": "Care", "description": "<p>Dust it weekly</p>"}]}}"""));
        JsonArray after = v3(store, id).getJsonArray("infoSections");
        assertThat(after).hasSize(1);
        assertThat(after.getJsonObject(0).getString("uniqueName")).isEqualTo("care");
        assertThat(after.getJsonObject(0).getString("plainDescription")).isEqualTo("<p>Dust it weekly</p>");

        assertError(
                store.patch(
                        V1_PRODUCTS + id, "{\"product\": {\"additionalInfoSections\": [{\"description\": \"x\"}]}}"),
                400,
                "REQUIRED",
                "product.additionalInfoSections[0].title");
    }

    @Test
    void digitalFilesPreorderAndEligibilityAreStoredAndDerived() {
        Api store = newStore();
        JsonObject created = ok(store.post(PRODUCTS, """
                {"product": {"name": "E-book", "productType": "DIGITAL",
                 "media": {"itemsInfo": {"items": [{"id": "pdf.jpg", "url": "https://example.com/pdf.jpg"}]}},
                 "options": [{"name": "Format", "choicesSettings": {"choices": [{"name": "PDF"}, {"name": "EPUB"}]}}],
                 "variantsInfo": {"variants": [
                   {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "PDF"}}],
                    "media": {"url": "https://example.com/pdf.jpg"},
                    "inventoryStatus": {"preorderEnabled": true},
                    "digitalProperties": {"digitalFile": {"id": "f1.pdf", "fileName": "book.pdf",
                      "fileType": "SECURE_DOCUMENT", "fileSize": 204800}}},
                   {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "EPUB"}}]}]}}}""")).getJsonObject("product");
        String id = created.getString("id");
        assertThat(v3(store, id, "")).as("stored as answered").isEqualTo(created);

        JsonObject pdf =
                created.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(0);
        assertThat(pdf.getJsonObject("media").getString("id")).isEqualTo("pdf.jpg");
        assertThat(pdf.getJsonObject("digitalProperties")
                        .getJsonObject("digitalFile")
                        .getString("fileSize"))
                .isEqualTo("204800");
        assertThat(created.getJsonObject("inventory").getString("preorderStatus"))
                .isEqualTo("PARTIALLY_ENABLED");
        assertThat(created.getJsonObject("inventory").getString("preorderAvailability"))
                .isEqualTo("NO_VARIANTS");

        // out of stock: the variant on preorder is still purchasable, the other not
        ok(store.patch(
                V1_PRODUCTS + id, "{\"product\": {\"stock\": {\"trackInventory\": false, \"inStock\": false}}}"));
        JsonObject out = v3(store, id);
        assertThat(out.getJsonObject("inventory").toString())
                .isEqualTo("{\"availabilityStatus\":\"OUT_OF_STOCK\",\"preorderStatus\":\"PARTIALLY_ENABLED\","
                        + "\"preorderAvailability\":\"SOME_VARIANTS\"}");
        assertThat(out.getJsonObject("purchaseEligibility").toString())
                .isEqualTo("{\"eligibleForPurchase\":true,\"eligibleForPreorder\":true}");
        assertThat(ok(store.post(
                                V1_PRODUCTS + id + "/productOptionsAvailability",
                                "{\"options\": {\"Format\": \"PDF\"}}"))
                        .getBoolean("availableForPurchase"))
                .isTrue();
        assertThat(ok(store.post(
                                V1_PRODUCTS + id + "/productOptionsAvailability",
                                "{\"options\": {\"Format\": \"EPUB\"}}"))
                        .getBoolean("availableForPurchase"))
                .isFalse();

        // a refused write changes nothing
        assertError(
                store.patch(PRODUCTS + "/" + id, """
                        {"product": {"revision": "%s", "infoSections": [{"title": "About"}],
                         "variantsInfo": {"variants": [
                           {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "PDF"}}],
                            "media": {"id": "missing.jpg"}},
                           {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "EPUB"}}]}]}}}""".formatted(out.getString("revision"))),
                400,
                "UNKNOWN_MEDIA",
                "product.variantsInfo.variants[0].media");
        assertThat(v3(store, id)).isEqualTo(out);

        // physical: the files go
        ok(store.patch(V1_PRODUCTS + id, "{\"product\": {\"productType\": \"physical\"}}"));
        JsonObject physical = v3(store, id)
                .getJsonObject("variantsInfo")
                .getJsonArray("variants")
                .getJsonObject(0);
        assertThat(physical.containsKey("digitalProperties")).isFalse();
        assertThat(physical.getJsonObject("inventoryStatus").getBoolean("preorderEnabled"))
                .isTrue();
    }
}
