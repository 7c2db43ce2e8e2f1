package io.catalog.web.products;

import static io.catalog.web.products.ProductApiIT.SEED_CREATE;
import static io.catalog.web.products.ProductApiIT.assertError;
import static io.catalog.web.products.ProductApiIT.assertSameShape;
import static io.catalog.web.products.ProductApiIT.create;
import static io.catalog.web.products.ProductApiIT.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The variant endpoints of seed 002 (Query Variants, Update Variants, Reset All Variant Data, Product Options
 * Availability), replayed with the seed's examples, with their paging, visibility and error rules.
 */
class VariantApiIT extends CatalogIT {

    static final String SEED_QUERY_RESPONSE = """
            {
             "variants": [ {
             "id": "00000000-0000-0001-0005-7c2f8071346c",
             "choices": {"Color": "Green"},
             "variant": {
             "priceData": {
             "currency": "ILS",
             "price": 35.95,
             "discountedPrice": 35.95,
             "formatted": {
             "price": "35.95 ₪",
             "discountedPrice": "35.95 ₪"
             }
             },
             "weight": 0,
             "sku": "K301",
             "visible": true
             }
             }],
             "metadata": {
             "items": 1,
             "offset": 0
             },
             "totalResults": 1
            }""";

    /** The seed's Update Variants body, with the single quotes of its curl example (a typo) made JSON. */
    static final String SEED_UPDATE = """
            {
             "variants": [
             {
             "choices": {
             "Size": "S",
             "Color": "Blue"
             },
             "price": 100
             }
             ]
             }""";

    static final String SEED_UPDATE_RESPONSE = """
            {"variants": [{
             "id": "00000000-0000-0020-0005-92338aaf6c4a",
             "choices": {
             "Size": "S",
             "Color": "Blue"
             },
             "variant": {
             "priceData": {
             "currency": "USD",
             "price": 100,
             "discountedPrice": 100,
             "formatted": {
             "price": "$100.00",
             "discountedPrice": "$100.00"
             }
             },
             "weight": 0,
             "sku": "",
             "visible": true
             }
            }]}""";

    static final String SEED_AVAILABILITY = """
            {
             "options": {
             "Size": "S",
             "Color": "Green"
             }
             }""";

    static final String SEED_AVAILABILITY_RESPONSE = """
            {
             "productOptions": [ {
             "optionType": "color",
             "name": "Color",
             "choices": [
             {
             "value": "#008000",
             "description": "Green",
             "inStock": true,
             "visible": true
             },
             {
             "value": "#800080",
             "description": "Purple",
             "inStock": true,
             "visible": true
             }
             ]
             }],
             "availableForPurchase": false
            }""";

    /** A visible product with managed variants: Size S, M, L x Color Green (#008000), Purple (#800080), at $20. */
    static final String SHIRT = """
            {"product": {"name": "Shirt", "visible": true, "manageVariants": true, "priceData": {"price": 20},
              "sku": "SH", "weight": 0.3,
              "productOptions": [
                {"name": "Size", "choices": [{"value": "S"}, {"value": "M"}, {"value": "L"}]},
                {"name": "Color", "optionType": "color",
                 "choices": [{"value": "#008000", "description": "Green"}, {"value": "#800080", "description": "Purple"}]}
              ]}}""";

    // --- Query Variants ----------------------------------------------------------------------------------------

    @Test
    void theSeedsQueryExampleAnswersWithTheSeedsShapeAndValues() {
        Api store = newStore();
        JsonObject cactus = create(store, """
                {"product": {"name": "C A C T I", "visible": true, "manageVariants": true, "priceData": {"price": 35.95},
                  "productOptions": [{"name": "Color", "optionType": "color",
                                      "choices": [{"value": "#008000", "description": "Green"}]}]}}""");
        assertThat(store.patch(variantsPath(cactus), "{\"variants\": [{\"sku\": \"K301\"}]}")
                        .status())
                .isEqualTo(200);

        Api.Response answer = store.post(variantsQuery(cactus), "{}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertSameShape(parse(SEED_QUERY_RESPONSE), answer.json(), "");
        JsonObject body = answer.json();
        JsonObject variant = body.getJsonArray("variants").getJsonObject(0);
        assertThat(variant.getString("id"))
                .isEqualTo(cactus.getJsonArray("variants").getJsonObject(0).getString("id"));
        assertThat(variant.getJsonObject("choices")).isEqualTo(parse("{\"Color\": \"Green\"}"));
        assertThat(variant.getJsonObject("variant")).isEqualTo(parse("""
                {"priceData": {"currency": "USD", "price": 35.95, "discountedPrice": 35.95,
                               "formatted": {"price": "$35.95", "discountedPrice": "$35.95"}},
                 "weight": 0, "sku": "K301", "visible": true, "stock": {"trackInventory": false, "inStock": true}}"""));
        assertThat(body.getJsonObject("metadata"))
                .as("items: the page size asked for, 100 by default, as product" + " and collection queries answer")
                .isEqualTo(parse("{\"items\": 100, \"offset\": 0}"));
        assertThat(body.getInt("totalResults")).isEqualTo(1);
    }

    @Test
    void anEmptyQueryAnswersEveryVariantAsTheProductListsThem() {
        Api store = newStore();
        JsonObject created = create(store, SEED_CREATE);

        JsonObject body = store.post(variantsQuery(created), "{}").json();

        assertThat(body.getJsonArray("variants")).isEqualTo(created.getJsonArray("variants"));
        assertThat(body.getJsonObject("metadata")).isEqualTo(parse("{\"items\": 100, \"offset\": 0}"));
        assertThat(body.getInt("totalResults")).isEqualTo(2);
        assertThat(store.post(variantsQuery(created), "").json())
                .as("the body may be left out")
                .isEqualTo(body);
    }

    @Test
    void partialChoicesSelectEveryMatchingVariant() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);

        JsonObject green = store.post(variantsQuery(shirt), "{\"choices\": {\"Color\": \"Green\"}}")
                .json();
        JsonObject byValue = store.post(variantsQuery(shirt), "{\"choices\": {\"color\": \"#008000\"}}")
                .json();
        JsonObject one = store.post(variantsQuery(shirt), "{\"choices\": {\"Size\": \"M\", \"Color\": \"Purple\"}}")
                .json();

        assertThat(green.getInt("totalResults")).isEqualTo(3);
        assertThat(sizesOf(green)).containsExactly("S", "M", "L");
        assertThat(green.getJsonArray("variants"))
                .allSatisfy(variant -> assertThat(
                                variant.asJsonObject().getJsonObject("choices").getString("Color"))
                        .isEqualTo("Green"));
        assertThat(byValue).isEqualTo(green);
        assertThat(one.getInt("totalResults")).isEqualTo(1);
        JsonObject variant = one.getJsonArray("variants").getJsonObject(0);
        assertThat(variant.getJsonObject("choices")).isEqualTo(parse("{\"Size\": \"M\", \"Color\": \"Purple\"}"));
        assertThat(variant.getJsonObject("variant")
                        .getJsonObject("priceData")
                        .getJsonObject("formatted")
                        .getString("price"))
                .isEqualTo("$20.00");
        assertThat(variant.getJsonObject("variant").getJsonObject("stock"))
                .isEqualTo(parse("{\"trackInventory\": false, \"inStock\": true}"));
    }

    @Test
    void queriesArePaged() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);
        String path = variantsQuery(shirt);

        JsonObject first = store.post(path, "{\"paging\": {\"limit\": 4}}").json();
        JsonObject second =
                store.post(path, "{\"paging\": {\"limit\": 4, \"offset\": 4}}").json();
        JsonObject past =
                store.post(path, "{\"paging\": {\"limit\": 4, \"offset\": 6}}").json();
        JsonObject countOnly = store.post(path, "{\"paging\": {\"limit\": 0}}").json();
        JsonObject all = store.post(path, "{\"paging\": {\"limit\": 100, \"offset\": 0}}")
                .json();

        assertThat(first.getJsonObject("metadata")).isEqualTo(parse("{\"items\": 4, \"offset\": 0}"));
        assertThat(second.getJsonObject("metadata")).isEqualTo(parse("{\"items\": 4, \"offset\": 4}"));
        assertThat(second.getJsonArray("variants")).hasSize(2);
        assertThat(past.getJsonObject("metadata")).isEqualTo(parse("{\"items\": 4, \"offset\": 6}"));
        assertThat(past.getJsonArray("variants")).isEmpty();
        assertThat(countOnly.getJsonArray("variants")).isEmpty();
        assertThat(List.of(first, second, past, countOnly, all))
                .allSatisfy(page -> assertThat(page.getInt("totalResults")).isEqualTo(6));
        assertThat(sizesOf(first)).containsExactly("S", "S", "M", "M");
        assertThat(concat(first.getJsonArray("variants"), second.getJsonArray("variants")))
                .isEqualTo(all.getJsonArray("variants"));

        assertError(store.post(path, "{\"paging\": {\"limit\": 101}}"), 400, "OUT_OF_RANGE", "paging.limit");
        assertError(store.post(path, "{\"paging\": {\"limit\": -1}}"), 400, "OUT_OF_RANGE", "paging.limit");
        assertError(store.post(path, "{\"paging\": {\"offset\": -1}}"), 400, "OUT_OF_RANGE", "paging.offset");
        assertError(store.post(path, "{\"paging\": {\"limit\": \"ten\"}}"), 400, "INVALID_TYPE", "paging.limit");
        assertError(store.post(path, "{\"paging\": 5}"), 400, "INVALID_TYPE", "paging");
    }

    @Test
    void variantIdsSelectThoseVariantsSkippingOthers() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);
        JsonArray variants = shirt.getJsonArray("variants");
        String third = variants.getJsonObject(2).getString("id");
        String first = variants.getJsonObject(0).getString("id");
        String foreign = "00000000-0000-0000-0000-000005a0005b";

        JsonObject found = store.post(variantsQuery(shirt), """
                {"variantIds": ["%s", "%s", "%s", "%s"]}""".formatted(third, foreign, first.toUpperCase(), third))
                .json();

        assertThat(found.getInt("totalResults")).isEqualTo(2);
        assertThat(found.getJsonArray("variants")).containsExactly(variants.get(2), variants.get(0));
        assertThat(store.post(
                                variantsQuery(shirt),
                                "{\"variantIds\": [\"%s\", \"%s\"], \"paging\": {\"offset\": 1}}"
                                        .formatted(third, first))
                        .json()
                        .getJsonArray("variants"))
                .containsExactly(variants.get(0));
    }

    @Test
    void badQueriesAreA400NamingTheField() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);
        String path = variantsQuery(shirt);
        String id = shirt.getJsonArray("variants").getJsonObject(0).getString("id");

        assertError(
                store.post(path, "{\"choices\": {\"Material\": \"Wool\"}}"), 400, "UNKNOWN_OPTION", "choices.Material");
        assertError(store.post(path, "{\"choices\": {\"Size\": \"XXL\"}}"), 400, "UNKNOWN_CHOICE", "choices.Size");
        assertError(store.post(path, "{\"choices\": {\"Size\": 1}}"), 400, "INVALID_TYPE", "choices.Size");
        assertError(
                store.post(path, "{\"variantIds\": [\"" + id + "\", \"not-an-id\"]}"),
                400,
                "INVALID_ID",
                "variantIds[1]");
        assertError(store.post(path, "{\"variantIds\": [7]}"), 400, "INVALID_TYPE", "variantIds[0]");
        assertError(
                store.post(path, "{\"choices\": {\"Size\": \"S\"}, \"variantIds\": [\"" + id + "\"]}"),
                400,
                "CONFLICTING_SELECTORS",
                "variantIds");
        assertError(store.post(path, "{\"choices\": "), 400, "MALFORMED_JSON", null);
        assertError(store.post(path, "[]"), 400, "INVALID_TYPE", "body");
        assertError(
                store.post("/stores/v1/products/" + UUID.randomUUID() + "/variants/query", "{}"),
                404,
                "PRODUCT_NOT_FOUND",
                null);
        assertError(store.post("/stores/v1/products/nope/variants/query", "{}"), 400, "INVALID_ID", "id");
    }

    @Test
    void readersSeeNeitherHiddenVariantsNorHiddenProducts() {
        String storeId = "store-" + UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        JsonObject shirt = create(owner, SHIRT);
        JsonObject hiddenProduct = create(owner, SEED_CREATE);
        assertThat(owner.patch(
                                variantsPath(shirt),
                                "{\"variants\": [{\"choices\": {\"Color\": \"Purple\"}, \"visible\": false}]}")
                        .status())
                .isEqualTo(200);

        JsonObject readerView = reader.post(variantsQuery(shirt), "{}").json();
        JsonObject ownerView = owner.post(variantsQuery(shirt), "{}").json();
        JsonObject readerPurple = reader.post(variantsQuery(shirt), "{\"choices\": {\"Color\": \"Purple\"}}")
                .json();
        String hiddenId = ownerView.getJsonArray("variants").getJsonObject(1).getString("id");

        assertThat(readerView.getInt("totalResults")).isEqualTo(3);
        assertThat(readerView.getJsonArray("variants"))
                .allSatisfy(variant -> assertThat(
                                variant.asJsonObject().getJsonObject("variant").getBoolean("visible"))
                        .isTrue());
        assertThat(ownerView.getInt("totalResults")).isEqualTo(6);
        assertThat(readerPurple.getInt("totalResults")).isZero();
        assertThat(reader.post(variantsQuery(shirt), "{\"variantIds\": [\"" + hiddenId + "\"]}")
                        .json()
                        .getJsonArray("variants"))
                .isEmpty();
        assertError(reader.post(variantsQuery(hiddenProduct), "{}"), 404, "PRODUCT_NOT_FOUND", null);
        assertError(reader.post(availabilityPath(hiddenProduct), "{\"options\": {}}"), 404, "PRODUCT_NOT_FOUND", null);
        assertThat(owner.post(variantsQuery(hiddenProduct), "{}").status()).isEqualTo(200);
        assertThat(reader.patch(variantsPath(shirt), SEED_UPDATE).status()).isEqualTo(403);
        assertThat(reader.post(variantsPath(shirt) + "/resetToDefault", "{}").status())
                .isEqualTo(403);
        assertThat(anonymous().post(variantsQuery(shirt), "{}").status()).isEqualTo(401);
    }

    // --- Update Variants ---------------------------------------------------------------------------------------

    @Test
    void theSeedsUpdateExampleAnswersTheChangedVariantInTheSeedsShape() {
        Api store = newStore();
        JsonObject product = create(store, """
                {"product": {"name": "Shirt", "manageVariants": true, "priceData": {"price": 10},
                  "productOptions": [{"name": "Size", "choices": [{"value": "S"}, {"value": "L"}]},
                                     {"name": "Color", "choices": [{"value": "Blue"}, {"value": "Red"}]}]}}""");

        Api.Response updated = store.patch(variantsPath(product), SEED_UPDATE);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertSameShape(parse(SEED_UPDATE_RESPONSE), updated.json(), "");
        JsonObject variant = updated.json().getJsonArray("variants").getJsonObject(0);
        assertThat(updated.json().getJsonArray("variants")).hasSize(1);
        assertThat(variant.getJsonObject("choices")).isEqualTo(parse("{\"Size\": \"S\", \"Color\": \"Blue\"}"));
        assertThat(variant.getJsonObject("variant").getJsonObject("priceData")).isEqualTo(parse("""
                {"currency": "USD", "price": 100, "discountedPrice": 100,
                 "formatted": {"price": "$100.00", "discountedPrice": "$100.00"}}"""));
        assertThat(variant.getJsonObject("variant").getString("sku")).isEmpty();
        assertThat(variant.getJsonObject("variant").getBoolean("visible")).isTrue();
        JsonArray after = store.get(productPath(product) + "?includeVariants=true")
                .json()
                .getJsonObject("product")
                .getJsonArray("variants");
        assertThat(after.getJsonObject(0)).isEqualTo(variant);
        assertThat(after.subList(1, 4))
                .isEqualTo(product.getJsonArray("variants").subList(1, 4));
    }

    @Test
    void updatesApplyInOrderAndAnswerOnlyTheVariantsChanged() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);
        JsonArray variants = shirt.getJsonArray("variants");
        String mGreen = variants.getJsonObject(2).getString("id");

        Api.Response updated = store.patch(variantsPath(shirt), """
                {"variants": [
                  {"choices": {"Size": "M"}, "price": 25, "sku": "M-SH"},
                  {"variantIds": ["%s"], "weight": 1.5, "visible": false, "sku": "M-G"}
                ]}""".formatted(mGreen));

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonArray changed = updated.json().getJsonArray("variants");
        assertThat(changed)
                .extracting(v -> v.asJsonObject().getString("id"))
                .containsExactly(mGreen, variants.getJsonObject(3).getString("id"));
        JsonObject green = changed.getJsonObject(0).getJsonObject("variant");
        assertThat(green.getJsonObject("priceData").getJsonNumber("price").intValue())
                .isEqualTo(25);
        assertThat(green.getString("sku")).isEqualTo("M-G");
        assertThat(green.getJsonNumber("weight").doubleValue()).isEqualTo(1.5);
        assertThat(green.getBoolean("visible")).isFalse();
        assertThat(changed.getJsonObject(1).getJsonObject("variant").getString("sku"))
                .isEqualTo("M-SH");

        Api.Response again =
                store.patch(variantsPath(shirt), "{\"variants\": [{\"choices\": {\"Size\": \"M\"}, \"price\": 25}]}");
        assertThat(again.json()).as("nothing changed").isEqualTo(parse("{\"variants\": []}"));
        JsonObject everyVariant = store.patch(variantsPath(shirt), "{\"variants\": [{\"weight\": 2}]}")
                .json();
        assertThat(everyVariant.getJsonArray("variants"))
                .as("no selector selects every variant")
                .hasSize(6);
    }

    @Test
    void aRefusedUpdateChangesNothing() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);
        String path = variantsPath(shirt);
        String id = shirt.getJsonArray("variants").getJsonObject(0).getString("id");

        assertError(store.patch(path, """
                {"variants": [{"choices": {"Size": "S"}, "price": 1}, {"choices": {"Size": "XXL"}, "price": 2}]}"""), 400, "UNKNOWN_CHOICE", "variants[1].choices.Size");
        assertError(
                store.patch(
                        path, "{\"variants\": [{\"price\": 1}, {\"choices\": {\"Fabric\": \"Silk\"}, \"price\": 2}]}"),
                400,
                "UNKNOWN_OPTION",
                "variants[1].choices.Fabric");
        assertError(
                store.patch(
                        path,
                        "{\"variants\": [{\"variantIds\": [\"00000000-0000-0000-0000-000005a0005b\"], \"price\": 1}]}"),
                400,
                "UNKNOWN_VARIANT",
                "variants[0].variantIds[0]");
        assertError(
                store.patch(path, "{\"variants\": [{\"variantIds\": [\"bad\"], \"price\": 1}]}"),
                400,
                "INVALID_ID",
                "variants[0].variantIds[0]");
        assertError(
                store.patch(
                        path, "{\"variants\": [{\"variantIds\": [\"" + id + "\"], \"choices\": {\"Size\": \"S\"}}]}"),
                400,
                "CONFLICTING_SELECTORS",
                "variants[0].choices");
        assertError(
                store.patch(path, "{\"variants\": [{\"price\": 1}, {\"price\": -1}]}"),
                400,
                "OUT_OF_RANGE",
                "variants[1].price");
        assertError(
                store.patch(path, "{\"variants\": [{\"sku\": \"" + "x".repeat(41) + "\"}]}"), 400, "TOO_LONG", null);
        assertError(
                store.patch(path, "{\"variants\": [{\"visible\": \"no\"}]}"),
                400,
                "INVALID_TYPE",
                "variants[0].visible");
        assertError(store.patch(path, "{}"), 400, "REQUIRED", "variants");
        assertError(store.patch(path, """
                {"variants": [{"choices": {"Size": 'S', "Color": 'Blue'}, "price": 100}]}"""), 400, "MALFORMED_JSON", null);

        JsonObject after =
                store.get(productPath(shirt) + "?includeVariants=true").json().getJsonObject("product");
        assertThat(after.getString("revision")).isEqualTo(shirt.getString("revision"));
        assertThat(after.getJsonArray("variants")).isEqualTo(shirt.getJsonArray("variants"));
    }

    @Test
    void unmanagedVariantsCannotBeUpdatedOrReset() {
        Api store = newStore();
        JsonObject unmanaged = create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants(false)
                        .options(ProductOptions.generated(2, 3))
                        .json());

        assertError(
                store.patch(variantsPath(unmanaged), "{\"variants\": [{\"price\": 5}]}"),
                409,
                "VARIANTS_NOT_MANAGED",
                null);
        assertError(store.post(variantsPath(unmanaged) + "/resetToDefault", "{}"), 409, "VARIANTS_NOT_MANAGED", null);
        assertError(
                store.patch("/stores/v1/products/" + UUID.randomUUID() + "/variants", "{\"variants\": []}"),
                404,
                "PRODUCT_NOT_FOUND",
                null);
    }

    // --- Reset All Variant Data --------------------------------------------------------------------------------

    @Test
    void resetRestoresTheProductsValuesToEveryVariant() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);
        assertThat(store.patch(variantsPath(shirt), """
                {"variants": [{"choices": {"Size": "L"}, "price": 99, "sku": "L", "weight": 9, "visible": false}]}""").status()).isEqualTo(200);

        Api.Response reset = store.post(variantsPath(shirt) + "/resetToDefault", "{}");

        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json()).isEmpty();
        JsonArray variants = store.get(productPath(shirt) + "?includeVariants=true")
                .json()
                .getJsonObject("product")
                .getJsonArray("variants");
        assertThat(variants)
                .extracting(variant -> variant.asJsonObject().getString("id"))
                .isEqualTo(shirt.getJsonArray("variants").stream()
                        .map(v -> v.asJsonObject().getString("id"))
                        .toList());
        assertThat(variants).allSatisfy(variant -> {
            JsonObject data = variant.asJsonObject().getJsonObject("variant");
            assertThat(data.getJsonObject("priceData").getJsonNumber("price").intValue())
                    .isEqualTo(20);
            assertThat(data.getJsonNumber("weight").doubleValue()).isEqualTo(0.3);
            assertThat(data.getString("sku"))
                    .as("the product's SKU, as the seed's reset says")
                    .isEqualTo("SH");
            assertThat(data.getBoolean("visible")).isTrue();
        });
        assertThat(store.post(variantsPath(shirt) + "/resetToDefault", "").status())
                .as("the body may be left out")
                .isEqualTo(200);
    }

    // --- Product Options Availability
    // --------------------------------------------------------------------------

    @Test
    void theSeedsAvailabilityExampleAnswersWithTheSeedsShape() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);

        Api.Response answer = store.post(availabilityPath(shirt), SEED_AVAILABILITY);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertSameShape(parse(SEED_AVAILABILITY_RESPONSE), answer.json(), "");
        JsonObject body = answer.json();
        assertThat(body.getJsonArray("productOptions").getJsonObject(1)).isEqualTo(parse("""
                {"optionType": "color", "name": "Color", "choices": [
                  {"value": "#008000", "description": "Green", "inStock": true, "visible": true},
                  {"value": "#800080", "description": "Purple", "inStock": true, "visible": true}]}"""));
        assertThat(body.getBoolean("availableForPurchase")).isTrue();
        assertThat(body.getJsonObject("selectedVariant"))
                .isEqualTo(shirt.getJsonArray("variants").getJsonObject(0));
        assertThat(body.containsKey("media")).as("no media yet").isFalse();
    }

    @Test
    void aPartialSelectionTellsWhichChoicesRemainAvailable() {
        String storeId = "store-" + UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        JsonObject shirt = create(owner, SHIRT);
        assertThat(owner.patch(
                                variantsPath(shirt),
                                "{\"variants\": [{\"choices\": {\"Size\": \"S\", \"Color\": \"Purple\"}, "
                                        + "\"visible\": false}]}")
                        .status())
                .isEqualTo(200);

        JsonObject small = owner.post(availabilityPath(shirt), "{\"options\": {\"Size\": \"S\"}}")
                .json();
        JsonObject purple = owner.post(availabilityPath(shirt), "{\"options\": {\"Color\": \"#800080\"}}")
                .json();
        JsonObject nothing = store(storeId, READ)
                .post(availabilityPath(shirt), "{\"options\": {}}")
                .json();

        assertThat(small.containsKey("selectedVariant")).isFalse();
        assertThat(small.getBoolean("availableForPurchase")).isFalse();
        assertThat(choices(small, 1)).containsExactly("Green:true:true", "Purple:false:false");
        assertThat(choices(small, 0)).containsExactly("S:true:true", "M:true:true", "L:true:true");
        assertThat(choices(purple, 0)).containsExactly("S:false:false", "M:true:true", "L:true:true");
        assertThat(choices(nothing, 0)).containsExactly("S:true:true", "M:true:true", "L:true:true");
        assertThat(nothing.getJsonArray("productOptions"))
                .isEqualTo(owner.get(productPath(shirt))
                        .json()
                        .getJsonObject("product")
                        .getJsonArray("productOptions"));
    }

    @Test
    void aFullSelectionSelectsTheVariantWhichReadersSeeOnlyWhenVisible() {
        String storeId = "store-" + UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        JsonObject shirt = create(owner, SHIRT);
        assertThat(owner.patch(
                                variantsPath(shirt),
                                "{\"variants\": [{\"choices\": {\"Size\": \"L\", \"Color\": \"Green\"}, "
                                        + "\"visible\": false, \"price\": 30}]}")
                        .status())
                .isEqualTo(200);
        String hidden = "{\"options\": {\"Size\": \"l\", \"Color\": \"green\"}}";

        JsonObject ownerView = owner.post(availabilityPath(shirt), hidden).json();
        JsonObject readerView = reader.post(availabilityPath(shirt), hidden).json();
        JsonObject visible = reader.post(
                        availabilityPath(shirt), "{\"options\": {\"Size\": \"L\", \"Color\": \"Purple\"}}")
                .json();

        assertThat(ownerView
                        .getJsonObject("selectedVariant")
                        .getJsonObject("variant")
                        .getBoolean("visible"))
                .isFalse();
        assertThat(ownerView
                        .getJsonObject("selectedVariant")
                        .getJsonObject("variant")
                        .getJsonObject("priceData")
                        .getJsonNumber("price")
                        .intValue())
                .isEqualTo(30);
        assertThat(ownerView.getBoolean("availableForPurchase")).isFalse();
        assertThat(readerView.containsKey("selectedVariant")).isFalse();
        assertThat(readerView.getBoolean("availableForPurchase")).isFalse();
        assertThat(visible.getJsonObject("selectedVariant").getJsonObject("choices"))
                .isEqualTo(parse("{\"Size\": \"L\", \"Color\": \"Purple\"}"));
        assertThat(visible.getBoolean("availableForPurchase")).isTrue();
    }

    @Test
    void outOfStockVariantsCannotBeBought() {
        Api store = newStore();
        JsonObject soldOut = create(
                store,
                SHIRT.replace(
                        "\"sku\": \"SH\"", "\"sku\": \"SH\", \"stock\": {\"trackInventory\": true, \"quantity\": 0}"));

        JsonObject answer =
                store.post(availabilityPath(soldOut), SEED_AVAILABILITY).json();

        assertThat(answer.getJsonObject("selectedVariant")).isNotNull();
        assertThat(answer.getBoolean("availableForPurchase")).isFalse();
        assertThat(choices(answer, 0)).containsExactly("S:true:false", "M:true:false", "L:true:false");
    }

    @Test
    void badSelectionsAreA400NamingTheField() {
        Api store = newStore();
        JsonObject shirt = create(store, SHIRT);
        String path = availabilityPath(shirt);

        assertError(
                store.post(path, "{\"options\": {\"Material\": \"Wool\"}}"), 400, "UNKNOWN_OPTION", "options.Material");
        assertError(store.post(path, "{\"options\": {\"Color\": \"Blue\"}}"), 400, "UNKNOWN_CHOICE", "options.Color");
        assertError(store.post(path, "{\"options\": {\"Color\": true}}"), 400, "INVALID_TYPE", "options.Color");
        assertError(store.post(path, "{}"), 400, "REQUIRED", "options");
        assertError(
                store.post(
                        "/stores/v1/products/" + UUID.randomUUID() + "/productOptionsAvailability", SEED_AVAILABILITY),
                404,
                "PRODUCT_NOT_FOUND",
                null);
    }

    // --- Unmanaged 6 x 30 --------------------------------------------------------------------------------------

    @Test
    void anUnmanagedProductOfSixOptionsOfThirtyChoicesIsQueriedWithoutMaterialising() {
        String storeId = "store-" + UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        JsonObject product = create(
                owner,
                ProductBody.named("Optioned")
                        .visible(true)
                        .price(7)
                        .manageVariants(false)
                        .options(ProductOptions.generated(6, 30))
                        .json());
        String path = variantsQuery(product);

        JsonObject first = reader.post(path, "{}").json();
        JsonObject last =
                reader.post(path, "{\"paging\": {\"offset\": 728999950}}").json();
        JsonObject matching = reader.post(
                        path,
                        "{\"choices\": {\"o0\": \"c3\", \"o5\": \"c29\"}, \"paging\": {\"limit\": 10, \"offset\": 809995}}")
                .json();
        String lastId = last.getJsonArray("variants").getJsonObject(49).getString("id");
        JsonObject byId =
                reader.post(path, "{\"variantIds\": [\"" + lastId + "\"]}").json();

        assertThat(first.getJsonNumber("totalResults").longValue()).isEqualTo(729_000_000L);
        assertThat(first.getJsonArray("variants")).hasSize(100);
        assertThat(first.getJsonObject("metadata")).isEqualTo(parse("{\"items\": 100, \"offset\": 0}"));
        assertThat(last.getJsonArray("variants")).hasSize(50);
        assertThat(last.getJsonObject("metadata")).isEqualTo(parse("{\"items\": 100, \"offset\": 728999950}"));
        assertThat(last.getJsonArray("variants")
                        .getJsonObject(49)
                        .getJsonObject("choices")
                        .values())
                .containsOnly(Json.string("c29"));
        assertThat(matching.getJsonNumber("totalResults").longValue()).isEqualTo(810_000L);
        assertThat(matching.getJsonArray("variants")).hasSize(5).allSatisfy(variant -> {
            JsonObject choices = variant.asJsonObject().getJsonObject("choices");
            assertThat(choices.getString("o0")).isEqualTo("c3");
            assertThat(choices.getString("o5")).isEqualTo("c29");
        });
        assertThat(byId.getJsonArray("variants"))
                .containsExactly(last.getJsonArray("variants").get(49));
        assertThat(first.getJsonArray("variants")
                        .getJsonObject(0)
                        .getJsonObject("variant")
                        .getJsonObject("priceData")
                        .getJsonNumber("price")
                        .intValue())
                .isEqualTo(7);

        JsonObject full = reader.post(availabilityPath(product), """
                {"options": {"o0": "c1", "o1": "c2", "o2": "c3", "o3": "c4", "o4": "c5", "o5": "c29"}}""").json();
        JsonObject partial = reader.post(availabilityPath(product), "{\"options\": {\"o2\": \"c3\"}}")
                .json();
        assertThat(full.getBoolean("availableForPurchase")).isTrue();
        assertThat(full.getJsonObject("selectedVariant")
                        .getJsonObject("choices")
                        .getString("o5"))
                .isEqualTo("c29");
        assertThat(full.getJsonArray("productOptions"))
                .hasSize(6)
                .allSatisfy(option -> assertThat(option.asJsonObject().getJsonArray("choices"))
                        .hasSize(30));
        assertThat(partial.containsKey("selectedVariant")).isFalse();
        assertThat(partial.getBoolean("availableForPurchase")).isFalse();
        assertError(
                owner.patch(variantsPath(product), "{\"variants\": [{\"price\": 1}]}"),
                409,
                "VARIANTS_NOT_MANAGED",
                null);
    }

    // --- OpenAPI ------------------------------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentDescribesTheVariantEndpoints() {
        Api.Response document =
                anonymous().withHeader("Accept", "application/json").get("/openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body())
                .contains(
                        "\"/stores/v1/products/{id}/variants/query\"",
                        "\"/stores/v1/products/{id}/variants\"",
                        "\"/stores/v1/products/{id}/variants/resetToDefault\"",
                        "\"/stores/v1/products/{id}/productOptionsAvailability\"")
                .contains(
                        "\"QueryVariantsRequest\"",
                        "\"QueryVariantsResponse\"",
                        "\"UpdateVariantsRequest\"",
                        "\"UpdateVariantsResponse\"",
                        "\"ProductOptionsAvailabilityRequest\"",
                        "\"ProductOptionsAvailabilityResponse\"")
                .contains("K301", "VARIANTS_NOT_MANAGED", "#800080");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    static String productPath(JsonObject product) {
        return "/stores/v1/products/" + product.getString("id");
    }

    static String variantsPath(JsonObject product) {
        return productPath(product) + "/variants";
    }

    static String variantsQuery(JsonObject product) {
        return variantsPath(product) + "/query";
    }

    static String availabilityPath(JsonObject product) {
        return productPath(product) + "/productOptionsAvailability";
    }

    static List<String> sizesOf(JsonObject page) {
        return page.getJsonArray("variants").stream()
                .map(variant -> variant.asJsonObject().getJsonObject("choices").getString("Size"))
                .toList();
    }

    /** The choices of option {@code index} as "description:visible:inStock". */
    static List<String> choices(JsonObject availability, int index) {
        return availability.getJsonArray("productOptions").getJsonObject(index).getJsonArray("choices").stream()
                .map(JsonValue::asJsonObject)
                .map(choice -> choice.getString("description") + ":" + choice.getBoolean("visible") + ":"
                        + choice.getBoolean("inStock"))
                .toList();
    }

    static JsonArray concat(JsonArray first, JsonArray second) {
        var builder = jakarta.json.Json.createArrayBuilder();
        first.forEach(builder::add);
        second.forEach(builder::add);
        return builder.build();
    }

    /** JSON string values, for comparisons. */
    private static final class Json {
        static JsonValue string(String value) {
            return jakarta.json.Json.createValue(value);
        }
    }
}
