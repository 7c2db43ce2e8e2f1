package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Catalog V3 writes over the same products as v1: create, update at a revision, delete, and what is refused. */
class V3ProductWriteIT extends CatalogIT {

    private static final String PRODUCTS = "/stores/v3/products";
    private static final String V1_PRODUCTS = "/stores/v1/products/";

    private static final String T_SHIRT = """
            {"product": {
              "name": "T-shirt", "productType": "PHYSICAL", "plainDescription": "<p>nice <b>summer</b> t-shirt</p>",
              "options": [
                {"name": "Size", "optionRenderType": "TEXT_CHOICES",
                 "choicesSettings": {"choices": [{"name": "S"}, {"name": "L"}]}},
                {"name": "Color", "optionRenderType": "SWATCH_CHOICES",
                 "choicesSettings": {"choices": [{"name": "Green", "colorCode": "#008000"}]}}
              ],
              "variantsInfo": {"variants": [
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}},
                             {"optionChoiceNames": {"optionName": "Color", "choiceName": "Green"}}],
                 "price": {"actualPrice": {"amount": "10.50"}}, "sku": "TS", "physicalProperties": {"weight": 0.2}},
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "L"}},
                             {"optionChoiceNames": {"optionName": "Color", "choiceName": "Green"}}],
                 "price": {"actualPrice": {"amount": "10.50"}}, "sku": "TS", "physicalProperties": {"weight": 0.2}}
              ]}}}""";

    private static JsonObject created(Api store, String body) {
        Api.Response response = store.post(PRODUCTS, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject v1(Api store, String id) {
        Api.Response response = store.get(V1_PRODUCTS + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    @Test
    void aProductCreatedInV3ReadsTheSameInV3AndInV1() {
        Api store = newStore();
        JsonObject product = created(store, T_SHIRT);
        String id = product.getString("id");

        Api.Response get = store.get(PRODUCTS + "/" + id);
        assertThat(get.status()).as(get.body()).isEqualTo(200);
        assertThat(get.json().getJsonObject("product")).isEqualTo(product);
        assertThat(product.getString("revision")).isEqualTo("1");
        assertThat(product.getString("plainDescription")).isEqualTo("<p>nice <b>summer</b> t-shirt</p>");
        JsonArray choices = product.getJsonArray("options")
                .getJsonObject(1)
                .getJsonObject("choicesSettings")
                .getJsonArray("choices");
        assertThat(choices.getJsonObject(0).getString("name")).isEqualTo("Green");
        assertThat(choices.getJsonObject(0).getString("colorCode")).isEqualTo("#008000");
        assertThat(product.getJsonObject("variantSummary").getInt("variantCount"))
                .isEqualTo(2);

        JsonObject old = v1(store, id);
        assertThat(old.getString("name")).isEqualTo("T-shirt");
        assertThat(old.getJsonObject("priceData").getJsonNumber("price").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("10.50"));
        assertThat(old.getString("sku")).isEqualTo("TS");
        assertThat(old.getBoolean("manageVariants")).isFalse();
        JsonArray options = old.getJsonArray("productOptions");
        assertThat(options).hasSize(2);
        assertThat(options.getJsonObject(0).getString("name")).isEqualTo("Size");
        assertThat(options.getJsonObject(1).getString("optionType")).isEqualTo("color");
        JsonObject green = options.getJsonObject(1).getJsonArray("choices").getJsonObject(0);
        assertThat(green.getString("value")).isEqualTo("#008000");
        assertThat(green.getString("description")).isEqualTo("Green");
    }

    @Test
    void aV1ProductChangesThroughV3AtItsRevisionWithAFieldMask() {
        Api store = newStore();
        JsonObject v1 = createProduct(store, """
                {"product": {"name": "Mug", "priceData": {"price": 4}, "sku": "MUG", "visible": true}}""");
        String id = v1.getString("id");
        String revision =
                store.get(PRODUCTS + "/" + id).json().getJsonObject("product").getString("revision");

        Api.Response patched = store.patch(PRODUCTS + "/" + id, """
                {"product": {"revision": "%s", "name": "Big mug", "visible": false,
                  "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "6.25"}}, "sku": "BIG"}]}},
                 "fieldMask": {"paths": ["name", "variantsInfo.variants"]}}""".formatted(revision));

        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonObject answer = patched.json().getJsonObject("product");
        assertThat(answer.getString("name")).isEqualTo("Big mug");
        assertThat(answer.getString("revision")).isNotEqualTo(revision);
        JsonObject after = v1(store, id);
        assertThat(after.getString("name")).isEqualTo("Big mug");
        assertThat(after.getBoolean("visible")).as("not in the mask").isTrue();
        assertThat(after.getString("sku")).isEqualTo("BIG");
        assertThat(after.getJsonObject("priceData").getJsonNumber("price").bigDecimalValue())
                .isEqualByComparingTo("6.25");

        assertError(
                store.patch(
                        PRODUCTS + "/" + id,
                        "{\"product\": {\"revision\": \"" + revision + "\", \"name\": \"Stale\"}}"),
                409,
                "STALE_REVISION",
                null);
        assertError(
                store.patch(PRODUCTS + "/" + id, "{\"product\": {\"name\": \"No revision\"}}"),
                400,
                "REQUIRED",
                "product.revision");
        assertThat(v1(store, id).getString("name")).isEqualTo("Big mug");
    }

    @Test
    void fieldsTheCatalogDoesNotKeepAreRefusedAndNothingIsWritten() {
        Api store = newStore();
        String name = "With info " + UUID.randomUUID();
        assertError(
                store.post(
                        PRODUCTS,
                        "{\"product\": {\"name\": \"" + name + "\", \"infoSections\": [{\"uniqueName\": \"care\"}]}}"),
                400,
                "UNSUPPORTED_FIELD",
                "product.infoSections");
        Api.Response count = store.post(PRODUCTS + "/count", "{}");
        assertThat(count.json().getInt("count")).isZero();

        String id = created(store, "{\"product\": {\"name\": \"Plain\"}}").getString("id");
        assertError(
                store.patch(
                        PRODUCTS + "/" + id,
                        "{\"product\": {\"revision\": \"1\", \"name\": \"Other\","
                                + " \"modifiers\": [{\"name\": \"Gift note\"}]}}"),
                400,
                "UNSUPPORTED_FIELD",
                "product.modifiers");
        assertThat(v1(store, id).getString("name")).isEqualTo("Plain");
    }

    @Test
    void theVariantsOfAProductWithManagedVariantsAreNotWrittenThroughV3() {
        Api store = newStore();
        String id = createProduct(store, """
                        {"product": {"name": "Cap", "priceData": {"price": 8}, "manageVariants": true,
                          "productOptions": [{"name": "Size", "choices": [{"value": "S"}, {"value": "M"}]}]}}""").getString("id");
        String revision =
                store.get(PRODUCTS + "/" + id).json().getJsonObject("product").getString("revision");

        assertError(
                store.patch(PRODUCTS + "/" + id, """
                        {"product": {"revision": "%s",
                          "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "9"}}}]}}}""".formatted(revision)),
                409,
                "VARIANTS_MANAGED",
                "product.variantsInfo.variants");
        Api.Response renamed = store.patch(
                PRODUCTS + "/" + id, "{\"product\": {\"revision\": \"" + revision + "\", \"name\": \"Cap 2\"}}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(v1(store, id)
                        .getJsonObject("priceData")
                        .getJsonNumber("price")
                        .bigDecimalValue())
                .isEqualByComparingTo("8");
    }

    @Test
    void writesNeedThePermissionToModify() {
        String storeName = "store-" + UUID.randomUUID();
        Api reader = store(storeName, READ);
        Api admin = store(storeName, READ, MODIFY);
        String id = created(admin, "{\"product\": {\"name\": \"Kept\"}}").getString("id");

        assertThat(reader.post(PRODUCTS, "{\"product\": {\"name\": \"No\"}}").status())
                .isEqualTo(403);
        assertThat(reader.patch(PRODUCTS + "/" + id, "{\"product\": {\"revision\": \"1\", \"name\": \"No\"}}")
                        .status())
                .isEqualTo(403);
        assertThat(reader.delete(PRODUCTS + "/" + id).status()).isEqualTo(403);
        assertThat(v1(admin, id).getString("name")).isEqualTo("Kept");
    }

    @Test
    void aProductIsDeletedAtItsRevisionOrAtAny() {
        Api store = newStore();
        String id = created(store, "{\"product\": {\"name\": \"Gone\"}}").getString("id");
        String other = created(store, "{\"product\": {\"name\": \"Gone too\"}}").getString("id");

        assertError(store.delete(PRODUCTS + "/" + id + "?revision=7"), 409, "STALE_REVISION", null);
        Api.Response deleted = store.delete(PRODUCTS + "/" + id + "?revision=1");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json()).isEmpty();
        assertThat(store.get(PRODUCTS + "/" + id).status()).isEqualTo(404);
        assertThat(store.delete(PRODUCTS + "/" + other).status()).isEqualTo(200);
        assertThat(store.get(V1_PRODUCTS + other).status()).isEqualTo(404);
    }
}
