package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
        Api.Response response = store.get(V1_PRODUCTS + id + "?includeVariants=true");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    @Test
    void aProductCreatedInV3ReadsTheSameInV3AndInV1() {
        Api store = newStore();
        JsonObject product =
                created(store, T_SHIRT.substring(0, T_SHIRT.length() - 1) + ", \"fields\": [\"PLAIN_DESCRIPTION\"]}");
        String id = product.getString("id");

        Api.Response get = store.get(PRODUCTS + "/" + id + "?fields=PLAIN_DESCRIPTION");
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
        String name = "With a variant id " + UUID.randomUUID();
        assertError(
                store.post(
                        PRODUCTS,
                        "{\"product\": {\"name\": \"" + name
                                + "\", \"variantsInfo\": {\"variants\": [{\"id\": \"1\"}]}}}"),
                400,
                "UNSUPPORTED_FIELD",
                "product.variantsInfo.variants[0].id");
        Api.Response count = store.post(PRODUCTS + "/count", "{}");
        assertThat(count.json().getInt("count")).isZero();

        String id = created(store, "{\"product\": {\"name\": \"Plain\"}}").getString("id");
        assertError(
                store.patch(
                        PRODUCTS + "/" + id,
                        "{\"product\": {\"revision\": \"1\", \"name\": \"Other\", \"options\": [{\"name\": \"Size\","
                                + " \"choicesSettings\": {\"choices\": [{\"name\": \"S\", \"linkedMedia\": [{}]}]}}]}}"),
                400,
                "UNSUPPORTED_FIELD",
                "product.options[0].choicesSettings.choices[0].linkedMedia");
        assertThat(v1(store, id).getString("name")).isEqualTo("Plain");
    }

    /** A T-shirt variant of size {@code size}, Green, with its price, SKU and visibility. */
    private static String shirtVariant(String size, String price, String sku, boolean visible) {
        return """
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "%s"}},
                             {"optionChoiceNames": {"optionName": "Color", "choiceName": "Green"}}],
                 "price": {"actualPrice": {"amount": "%s"}}, "sku": "%s", "visible": %s,
                 "physicalProperties": {"weight": 0.2}}""".formatted(size, price, sku, visible);
    }

    private static String shirtWith(String small, String large) {
        return T_SHIRT.substring(0, T_SHIRT.indexOf("\"variantsInfo\"")) + "\"variantsInfo\": {\"variants\": [" + small
                + ", " + large + "]}}}";
    }

    private static JsonObject byId(JsonArray variants, String id) {
        return variants.stream()
                .map(JsonValue::asJsonObject)
                .filter(v -> v.getString("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no variant " + id + " in " + variants));
    }

    private static BigDecimal v1Price(JsonObject v1Variant) {
        return v1Variant
                .getJsonObject("variant")
                .getJsonObject("priceData")
                .getJsonNumber("price")
                .bigDecimalValue();
    }

    private static String v3Price(JsonObject v3Variant) {
        return v3Variant.getJsonObject("price").getJsonObject("actualPrice").getString("amount");
    }

    @Test
    void variantsThatDifferBecomeManagedVariantsThatV1ReadsWithTheSameIdsAndValues() {
        Api store = newStore();
        JsonObject product = created(
                store, shirtWith(shirtVariant("S", "10.50", "TS-S", true), shirtVariant("L", "12.00", "TS-L", false)));
        String id = product.getString("id");
        JsonArray v3 = product.getJsonObject("variantsInfo").getJsonArray("variants");
        assertThat(v3).extracting(v -> v3Price(v.asJsonObject())).containsExactly("10.50", "12.00");
        assertThat(v3).extracting(v -> v.asJsonObject().getString("sku")).containsExactly("TS-S", "TS-L");
        assertThat(v3).extracting(v -> v.asJsonObject().getBoolean("visible")).containsExactly(true, false);
        assertThat(product.getJsonObject("actualPriceRange")
                        .getJsonObject("maxValue")
                        .getString("amount"))
                .as("over the visible variants")
                .isEqualTo("10.50");

        JsonObject old = v1(store, id);
        assertThat(old.getBoolean("manageVariants")).isTrue();
        JsonArray v1Variants = old.getJsonArray("variants");
        assertThat(v1Variants).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonObject v1Variant = byId(v1Variants, v3.getJsonObject(i).getString("id"));
            assertThat(v1Price(v1Variant)).isEqualByComparingTo(v3Price(v3.getJsonObject(i)));
            assertThat(v1Variant.getJsonObject("variant").getString("sku"))
                    .isEqualTo(v3.getJsonObject(i).getString("sku"));
            assertThat(v1Variant.getJsonObject("variant").getBoolean("visible"))
                    .isEqualTo(v3.getJsonObject(i).getBoolean("visible"));
        }

        Api.Response patched = store.patch(PRODUCTS + "/" + id, """
                {"product": {"revision": "%s", "variantsInfo": {"variants": [%s, %s]}}}""".formatted(
                        product.getString("revision"),
                        shirtVariant("S", "10.50", "TS-S", true),
                        shirtVariant("L", "13.25", "TS-L", true)));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonArray after = patched.json()
                .getJsonObject("product")
                .getJsonObject("variantsInfo")
                .getJsonArray("variants");
        assertThat(after)
                .extracting(v -> v.asJsonObject().getString("id"))
                .containsExactly(
                        v3.getJsonObject(0).getString("id"), v3.getJsonObject(1).getString("id"));
        assertThat(after).extracting(v -> v3Price(v.asJsonObject())).containsExactly("10.50", "13.25");
        JsonObject large =
                byId(v1(store, id).getJsonArray("variants"), v3.getJsonObject(1).getString("id"));
        assertThat(v1Price(large)).isEqualByComparingTo("13.25");
        assertThat(large.getJsonObject("variant").getBoolean("visible")).isTrue();
    }

    @Test
    void managedVariantsWrittenInV1ReadAndChangeThroughV3AndReadBackInV1() {
        Api store = newStore();
        JsonObject cap = createProduct(store, """
                {"product": {"name": "Cap", "priceData": {"price": 8}, "manageVariants": true,
                  "productOptions": [{"name": "Size", "choices": [{"value": "S"}, {"value": "M"}]}]}}""");
        String id = cap.getString("id");
        Api.Response v1Update = store.patch(V1_PRODUCTS + id + "/variants", """
                {"variants": [{"choices": {"Size": "M"}, "price": 9.5, "sku": "CAP-M"}]}""");
        assertThat(v1Update.status()).as(v1Update.body()).isEqualTo(200);

        JsonObject read = store.get(PRODUCTS + "/" + id).json().getJsonObject("product");
        JsonArray variants = read.getJsonObject("variantsInfo").getJsonArray("variants");
        JsonArray v1Variants = v1(store, id).getJsonArray("variants");
        assertThat(variants)
                .extracting(v -> v.asJsonObject().getString("id"))
                .containsExactlyElementsOf(v1Variants.stream()
                        .map(v -> v.asJsonObject().getString("id"))
                        .toList());
        assertThat(variants).extracting(v -> v3Price(v.asJsonObject())).containsExactly("8.00", "9.50");

        Api.Response patched = store.patch(PRODUCTS + "/" + id, """
                {"product": {"revision": "%s", "variantsInfo": {"variants": [
                  {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}}],
                   "price": {"actualPrice": {"amount": "7"}}},
                  {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "M"}}],
                   "sku": "CAP-M2", "visible": false}
                ]}}}""".formatted(read.getString("revision")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        JsonObject after = v1(store, id);
        assertThat(after.getBoolean("manageVariants")).isTrue();
        JsonObject small =
                byId(after.getJsonArray("variants"), variants.getJsonObject(0).getString("id"));
        JsonObject medium =
                byId(after.getJsonArray("variants"), variants.getJsonObject(1).getString("id"));
        assertThat(v1Price(small)).isEqualByComparingTo("7");
        assertThat(v1Price(medium)).as("not sent: kept").isEqualByComparingTo("9.5");
        assertThat(medium.getJsonObject("variant").getString("sku")).isEqualTo("CAP-M2");
        assertThat(medium.getJsonObject("variant").getBoolean("visible")).isFalse();

        assertError(
                store.patch(PRODUCTS + "/" + id, """
                        {"product": {"revision": "%s",
                          "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "9"}}}]}}}""".formatted(
                                patched.json().getJsonObject("product").getString("revision"))),
                400,
                "NOT_ALLOWED",
                "product.variantsInfo.variants[0].choices");
        Api.Response noOptions = store.patch(PRODUCTS + "/" + id, """
                {"product": {"revision": "%s"}, "fieldMask": {"paths": ["options"]}}""".formatted(
                        patched.json().getJsonObject("product").getString("revision")));
        assertThat(noOptions.status()).as(noOptions.body()).isEqualTo(200);
        assertThat(v1(store, id).getBoolean("manageVariants"))
                .as("options removed: the one default variant")
                .isFalse();
    }

    @Test
    void compareAtPricesCostsAndBarcodesReadBackInV3AndAsDiscountedPricesInV1() {
        String storeName = "store-" + UUID.randomUUID();
        Api admin = store(storeName, READ, MODIFY);
        Api reader = store(storeName, READ);
        JsonObject product = created(admin, """
                {"product": {"name": "Cap", "options": [{"name": "Size",
                  "choicesSettings": {"choices": [{"name": "S"}, {"name": "M"}]}}],
                 "variantsInfo": {"variants": [
                  {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}}],
                   "price": {"actualPrice": {"amount": "8"}, "compareAtPrice": {"amount": "10"}},
                   "revenueDetails": {"cost": {"amount": "6"}}, "barcode": "4006381333931"},
                  {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "M"}}],
                   "price": {"actualPrice": {"amount": "12"}}, "revenueDetails": {"cost": {"amount": "3"}}}
                ]}}, "fields": ["MERCHANT_DATA"]}""");
        String id = product.getString("id");
        JsonObject small =
                product.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(0);
        JsonObject medium =
                product.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(1);
        assertThat(small.getJsonObject("price").getJsonObject("compareAtPrice").getString("amount"))
                .isEqualTo("10.00");
        assertThat(v3Price(small)).isEqualTo("8.00");
        assertThat(small.getString("barcode")).isEqualTo("4006381333931");
        JsonObject revenue = small.getJsonObject("revenueDetails");
        assertThat(revenue.getJsonObject("cost").getString("amount")).isEqualTo("6.00");
        assertThat(revenue.getJsonObject("profit").getString("amount")).isEqualTo("2.00");
        assertThat(revenue.getJsonNumber("profitMargin").bigDecimalValue()).isEqualByComparingTo("0.25");
        assertThat(medium.getJsonObject("price").containsKey("compareAtPrice")).isFalse();
        assertThat(medium.containsKey("barcode")).isFalse();
        assertThat(product.getJsonObject("compareAtPriceRange")
                        .getJsonObject("minValue")
                        .getString("amount"))
                .isEqualTo("10.00");
        assertThat(product.getJsonObject("compareAtPriceRange")
                        .getJsonObject("maxValue")
                        .getString("amount"))
                .isEqualTo("12.00");
        assertThat(product.getJsonObject("costRange").getJsonObject("minValue").getString("amount"))
                .isEqualTo("3.00");
        assertThat(admin.get(PRODUCTS + "/" + id + "?fields=MERCHANT_DATA")
                        .json()
                        .getJsonObject("product"))
                .isEqualTo(product);
        assertThat(admin.get(PRODUCTS + "/" + id)
                        .json()
                        .getJsonObject("product")
                        .containsKey("costRange"))
                .as("merchant data only when asked")
                .isFalse();

        JsonObject read =
                reader.get(PRODUCTS + "/" + id + "?fields=MERCHANT_DATA").json().getJsonObject("product");
        assertThat(read.containsKey("costRange")).as("merchant data").isFalse();
        assertThat(read.getJsonObject("variantsInfo").getJsonArray("variants"))
                .allSatisfy(v -> assertThat(v.asJsonObject().containsKey("revenueDetails"))
                        .isFalse());

        JsonObject v1Small = byId(v1(admin, id).getJsonArray("variants"), small.getString("id"));
        JsonObject priceData = v1Small.getJsonObject("variant").getJsonObject("priceData");
        assertThat(priceData.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("10");
        assertThat(priceData.getJsonNumber("discountedPrice").bigDecimalValue()).isEqualByComparingTo("8");
        assertThat(v1Small.getJsonObject("variant").containsKey("barcode"))
                .as("no such v1 field")
                .isFalse();

        JsonObject plain = created(admin, """
                {"product": {"name": "Mug", "variantsInfo": {"variants": [
                  {"price": {"actualPrice": {"amount": "7.5"}, "compareAtPrice": {"amount": "9"}},
                   "revenueDetails": {"cost": {"amount": "9.25"}}, "barcode": "MUG-1"}]}},
                 "fields": ["MERCHANT_DATA"]}""");
        JsonObject mug =
                plain.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(0);
        assertThat(mug.getJsonObject("revenueDetails").getJsonObject("profit").getString("amount"))
                .isEqualTo("-1.75");
        assertThat(mug.getString("barcode")).isEqualTo("MUG-1");
        JsonObject v1Mug = v1(admin, plain.getString("id"));
        assertThat(v1Mug.getBoolean("manageVariants")).isFalse();
        assertThat(v1Mug.getJsonObject("priceData").getJsonNumber("price").bigDecimalValue())
                .isEqualByComparingTo("9");
        assertThat(v1Mug.getJsonObject("priceData")
                        .getJsonNumber("discountedPrice")
                        .bigDecimalValue())
                .isEqualByComparingTo("7.5");
        assertError(
                admin.post(PRODUCTS, """
                        {"product": {"name": "Bad", "variantsInfo": {"variants": [
                          {"price": {"actualPrice": {"amount": "5"}, "compareAtPrice": {"amount": "4"}}}]}}}"""),
                400,
                "NOT_ALLOWED",
                "product.variantsInfo.variants[0].price.compareAtPrice.amount");
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
