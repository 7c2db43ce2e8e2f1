package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Catalog V3 Search Products: free text over names, description text and SKUs; filters with it; each facet's counts
 * over a known set of products; cursor paging through the matches; what storefront callers see; errors.
 */
class V3SearchIT extends CatalogIT {

    private static final String SEARCH = "/stores/v3/products/search";

    /** The store's products: five, one hidden, one with a variant SKU of its own. */
    private record Shop(Api admin, Api reader, Map<String, String> ids) {}

    private static Shop shop() {
        String name = "store-" + UUID.randomUUID();
        Api admin = store(name, MODIFY);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("Red Shirt", create(admin, """
                {"product": {"name": "Red Shirt", "priceData": {"price": 10},
                  "description": "<p>A <strong>soft</strong> cotton tee</p>", "sku": "RS-100",
                  "productOptions": [
                    {"name": "Size", "choices": [{"value": "S", "description": "S"}, {"value": "M", "description": "M"}]},
                    {"name": "Color", "optionType": "color", "choices": [{"value": "#ff0000", "description": "Red"}]}
                  ]}}"""));
        ids.put("Blue Shirt", create(admin, """
                {"product": {"name": "Blue Shirt", "priceData": {"price": 25},
                  "description": "<p>Ocean blue, 100% cotton</p>", "sku": "BS_200",
                  "productOptions": [
                    {"name": "Size", "choices": [{"value": "M", "description": "M"}, {"value": "L", "description": "L"}]},
                    {"name": "Color", "optionType": "color", "choices": [{"value": "#0000ff", "description": "Blue"}]}
                  ]}}"""));
        ids.put("Red Mug", create(admin, """
                {"product": {"name": "Red Mug", "priceData": {"price": 8}, "description": "<p>Ceramic &amp; stoneware</p>",
                  "sku": "MUG-1", "stock": {"inStock": false}}}"""));
        ids.put("Hidden Shirt", create(admin, """
                {"product": {"name": "Hidden Shirt", "priceData": {"price": 40}, "visible": false, "sku": "HS-1",
                  "productOptions": [{"name": "Size", "choices": [{"value": "S", "description": "S"}]}]}}"""));
        ids.put("Green Hat", create(admin, """
                {"product": {"name": "Green Hat", "priceData": {"price": 15}, "sku": "HAT", "manageVariants": true,
                  "productOptions": [{"name": "Size", "choices": [{"value": "XL", "description": "XL"}]}]}}"""));
        Api.Response variants = admin.patch(
                "/stores/v1/products/" + ids.get("Green Hat") + "/variants",
                "{\"variants\": [{\"choices\": {\"Size\": \"XL\"}, \"sku\": \"HAT-XL-SPECIAL\"}]}");
        assertThat(variants.status()).as(variants.body()).isEqualTo(200);
        return new Shop(admin, store(name, READ), ids);
    }

    private static String create(Api store, String body) {
        return createProduct(store, body).getString("id");
    }

    private static JsonObject search(Api store, String search) {
        Api.Response response = store.post(SEARCH, "{\"search\": " + search + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> names(JsonObject answer) {
        return answer.getJsonArray("products").stream()
                .map(p -> p.asJsonObject().getString("name"))
                .toList();
    }

    private static List<String> found(Api store, String expression) {
        return names(search(store, "{\"search\": {\"expression\": \"" + expression + "\"}}"));
    }

    @Test
    void everyWordIsFoundInTheNameTheDescriptionTextOrASku() {
        Shop shop = shop();
        Api admin = shop.admin();

        assertThat(found(admin, "shirt")).containsExactly("Red Shirt", "Blue Shirt", "Hidden Shirt");
        assertThat(found(admin, "SHIRT red")).containsExactly("Red Shirt");
        assertThat(found(admin, "  red   ")).containsExactly("Red Shirt", "Red Mug");
        assertThat(found(admin, "cotton")).containsExactly("Red Shirt", "Blue Shirt");
        assertThat(found(admin, "soft cotton")).containsExactly("Red Shirt");
        assertThat(found(admin, "ocean")).containsExactly("Blue Shirt");
        // Markup is not text; entities are their characters.
        assertThat(found(admin, "strong")).isEmpty();
        assertThat(found(admin, "&")).containsExactly("Red Mug");
        assertThat(found(admin, "ceramic red")).containsExactly("Red Mug");
        // SKUs, ignoring case; a variant's own SKU.
        assertThat(found(admin, "rs-1")).containsExactly("Red Shirt");
        assertThat(found(admin, "special")).containsExactly("Green Hat");
        assertThat(found(admin, "")).hasSize(5);
        // LIKE's wildcards are plain characters.
        assertThat(found(admin, "%")).containsExactly("Blue Shirt");
        assertThat(found(admin, "100%")).containsExactly("Blue Shirt");
        assertThat(found(admin, "_")).containsExactly("Blue Shirt");
        assertThat(found(admin, "s%2")).isEmpty();
        assertThat(found(admin, "r_d")).isEmpty();
        assertThat(found(admin, "\\\\")).isEmpty();
        // fields narrows what is read.
        assertThat(names(search(admin, "{\"search\": {\"expression\": \"cotton\", \"fields\": [\"name\"]}}")))
                .isEmpty();
        assertThat(names(search(
                        admin,
                        "{\"search\": {\"expression\": \"special\", \"fields\": [\"variantsInfo.variants.sku\"]}}")))
                .containsExactly("Green Hat");
    }

    @Test
    void theFilterAndSortOfAQueryApplyWithTheWords() {
        Shop shop = shop();
        JsonObject answer = search(
                shop.admin(),
                "{\"search\": {\"expression\": \"shirt\"},"
                        + " \"filter\": {\"actualPriceRange.minValue.amount\": {\"$lte\": \"30\"}, \"visible\": true},"
                        + " \"sort\": [{\"fieldName\": \"actualPriceRange.minValue.amount\", \"order\": \"DESC\"}]}");
        assertThat(names(answer)).containsExactly("Blue Shirt", "Red Shirt");
        assertThat(answer.getJsonObject("pagingMetadata").getBoolean("hasNext")).isFalse();
        assertThat(answer.getJsonObject("aggregationData").getJsonArray("results"))
                .isEmpty();
    }

    private static final String FACETS = """
            "aggregations": [
              {"name": "choices", "type": "VALUE", "fieldPath": "options.choicesSettings.choices.name",
               "value": {"limit": 100}},
              {"name": "inStock", "type": "VALUE", "fieldPath": "inventory.inStock"},
              {"type": "VALUE", "fieldPath": "visible", "value": {"sortType": "VALUE"}},
              {"name": "min", "type": "SCALAR", "fieldPath": "actualPriceRange.minValue.amount",
               "scalar": {"type": "MIN"}},
              {"name": "max", "type": "SCALAR", "fieldPath": "actualPriceRange.minValue.amount",
               "scalar": {"type": "max"}},
              {"name": "prices", "type": "RANGE", "fieldPath": "actualPriceRange.minValue.amount",
               "range": {"buckets": [{"to": 20}, {"from": "20", "to": 50}, {"from": 50}]}}
            ]""";

    /** An aggregation's result by name. */
    private static JsonObject result(JsonObject answer, String name) {
        return answer.getJsonObject("aggregationData").getJsonArray("results").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result " + name + " in " + answer));
    }

    /** "option:value=count" (or "value=count") of a VALUE result, in its order. */
    private static List<String> counts(JsonObject result) {
        List<String> counts = new ArrayList<>();
        for (JsonValue value : result.getJsonObject("values").getJsonArray("results")) {
            JsonObject v = value.asJsonObject();
            counts.add((v.containsKey("optionName") ? v.getString("optionName") + ":" : "") + v.getString("value") + "="
                    + v.getJsonNumber("count").longValue());
        }
        return counts;
    }

    @Test
    void facetsCountTheProductsTheSearchMatches() {
        Shop shop = shop();
        JsonObject answer = search(shop.admin(), "{\"search\": {\"expression\": \"shirt\"}, " + FACETS + "}");

        assertThat(names(answer)).hasSize(3);
        JsonObject choices = result(answer, "choices");
        assertThat(choices.getString("type")).isEqualTo("VALUE");
        assertThat(choices.getString("fieldPath")).isEqualTo("options.choicesSettings.choices.name");
        assertThat(counts(choices)).containsExactly("Size:M=2", "Size:S=2", "Color:Blue=1", "Color:Red=1", "Size:L=1");
        assertThat(counts(result(answer, "inStock"))).containsExactly("true=3");
        assertThat(counts(result(answer, "visible"))).containsExactly("false=1", "true=2");
        assertThat(result(answer, "min").getJsonObject("scalar").toString())
                .isEqualTo("{\"type\":\"MIN\",\"value\":10}");
        assertThat(result(answer, "max")
                        .getJsonObject("scalar")
                        .getJsonNumber("value")
                        .intValue())
                .isEqualTo(40);
        JsonArray buckets = result(answer, "prices").getJsonObject("ranges").getJsonArray("results");
        assertThat(buckets.stream()
                        .map(b -> b.asJsonObject().getJsonNumber("count").longValue())
                        .toList())
                .containsExactly(1L, 2L, 0L);
        assertThat(buckets.getJsonObject(0).containsKey("from")).isFalse();
        assertThat(buckets.getJsonObject(1).getJsonNumber("from").intValue()).isEqualTo(20);

        // Over the whole store, with a filter: the mug is out of stock.
        JsonObject all = search(
                shop.admin(),
                "{\"filter\": {\"actualPriceRange.minValue.amount\": {\"$lt\": 20}}, "
                        + FACETS.replace("\"value\": {\"limit\": 100}", "\"value\": {\"limit\": 2}")
                        + "}");
        assertThat(names(all)).containsExactlyInAnyOrder("Red Shirt", "Red Mug", "Green Hat");
        assertThat(counts(result(all, "inStock"))).containsExactly("true=2", "false=1");
        assertThat(counts(result(all, "choices"))).hasSize(2);
        assertThat(result(all, "max")
                        .getJsonObject("scalar")
                        .getJsonNumber("value")
                        .intValue())
                .isEqualTo(15);

        // Nothing matches: counts are empty, scalars have no value.
        JsonObject none = search(shop.admin(), "{\"search\": {\"expression\": \"zzz\"}, " + FACETS + "}");
        assertThat(counts(result(none, "choices"))).isEmpty();
        assertThat(result(none, "min").getJsonObject("scalar").containsKey("value"))
                .isFalse();
    }

    @Test
    void brandsAreSearchedAndBrandsAndRibbonsCounted() {
        Api admin = store("store-" + UUID.randomUUID(), MODIFY);
        for (String product : List.of(
                "{\"name\": \"Trail Shoe\", \"brand\": {\"name\": \"Northwind\"}, \"ribbon\": {\"name\": \"Sale\"}}",
                "{\"name\": \"Road Shoe\", \"brand\": {\"name\": \"Northwind\"}}",
                "{\"name\": \"Sandal\", \"brand\": {\"name\": \"Southgate\"}, \"ribbon\": {\"name\": \"Sale\"}}",
                "{\"name\": \"Plain Sock\"}")) {
            Api.Response created = admin.post("/stores/v3/products", "{\"product\": " + product + "}");
            assertThat(created.status()).as(created.body()).isEqualTo(200);
        }

        assertThat(found(admin, "northwind")).containsExactlyInAnyOrder("Trail Shoe", "Road Shoe");
        assertThat(found(admin, "shoe NORTH")).containsExactlyInAnyOrder("Trail Shoe", "Road Shoe");
        assertThat(names(search(admin, "{\"search\": {\"expression\": \"south\", \"fields\": [\"name\"]}}")))
                .isEmpty();
        JsonObject answer = search(admin, """
                {"aggregations": [
                  {"name": "brands", "type": "VALUE", "fieldPath": "brand.name"},
                  {"name": "ribbons", "type": "VALUE", "fieldPath": "ribbon.name"}]}""");
        assertThat(names(answer)).hasSize(4);
        assertThat(counts(result(answer, "brands")))
                .as("products without a brand are not a brand")
                .containsExactly("Northwind=2", "Southgate=1");
        assertThat(counts(result(answer, "ribbons"))).containsExactly("Sale=2");
    }

    @Test
    void storefrontCallersSearchAndCountVisibleProductsOnly() {
        Shop shop = shop();
        JsonObject answer = search(shop.reader(), "{\"search\": {\"expression\": \"shirt\"}, " + FACETS + "}");
        assertThat(names(answer)).containsExactly("Red Shirt", "Blue Shirt");
        assertThat(counts(result(answer, "visible"))).containsExactly("true=2");
        assertThat(counts(result(answer, "choices")))
                .containsExactly("Size:M=2", "Color:Blue=1", "Color:Red=1", "Size:L=1", "Size:S=1");
        assertThat(result(answer, "max")
                        .getJsonObject("scalar")
                        .getJsonNumber("value")
                        .intValue())
                .isEqualTo(25);
        assertThat(found(shop.reader(), "hs-1")).isEmpty();
        // Another store finds nothing of these.
        assertThat(found(newStore(), "shirt")).isEmpty();
    }

    @Test
    void cursorsPageThroughTheSearchEachProductOnce() {
        Shop shop = shop();
        JsonObject page = search(
                shop.admin(),
                "{\"search\": {\"expression\": \"shirt\"}, \"sort\": [{\"fieldName\": \"name\"}],"
                        + " \"cursorPaging\": {\"limit\": 1}}");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            seen.addAll(names(page));
            JsonObject metadata = page.getJsonObject("pagingMetadata");
            if (!metadata.getBoolean("hasNext")) {
                break;
            }
            String next = metadata.getJsonObject("cursors").getString("next");
            page = search(
                    shop.admin(),
                    "{\"cursorPaging\": {\"cursor\": \"" + next + "\"}, \"aggregations\": [{\"name\": \"n\","
                            + " \"type\": \"VALUE\", \"fieldPath\": \"visible\"}]}");
            // Facets asked with a cursor count the whole search, not what is left of it.
            assertThat(counts(result(page, "n"))).containsExactly("true=2", "false=1");
        }
        assertThat(seen).containsExactly("Blue Shirt", "Hidden Shirt", "Red Shirt");

        // The cursor carries the search: it is not sent again; a query's cursor is not a search's.
        String cursor = search(
                        shop.admin(), "{\"search\": {\"expression\": \"shirt\"}, \"cursorPaging\": {\"limit\": 1}}")
                .getJsonObject("pagingMetadata")
                .getJsonObject("cursors")
                .getString("next");
        assertError(
                shop.admin()
                        .post(
                                SEARCH,
                                "{\"search\": {\"search\": {\"expression\": \"red\"}, \"cursorPaging\":"
                                        + " {\"cursor\": \"" + cursor + "\"}}}"),
                400,
                "NOT_ALLOWED",
                "search.search");
        String queryCursor = shop.admin()
                .post("/stores/v3/products/query", "{\"query\": {\"cursorPaging\": {\"limit\": 1}}}")
                .json()
                .getJsonObject("pagingMetadata")
                .getJsonObject("cursors")
                .getString("next");
        assertError(
                shop.admin().post(SEARCH, "{\"search\": {\"cursorPaging\": {\"cursor\": \"" + queryCursor + "\"}}}"),
                400,
                "INVALID_CURSOR",
                "search.cursorPaging.cursor");
        assertError(
                shop.admin()
                        .post(
                                "/stores/v3/products/query",
                                "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + cursor + "\"}}}"),
                400,
                "INVALID_CURSOR",
                "query.cursorPaging.cursor");
    }

    @Test
    void malformedSearchesAreRefusedNamingTheField() {
        Api store = newStore();
        assertError(
                store.post(
                        SEARCH,
                        "{\"search\": {\"aggregations\": [{\"type\": \"VALUE\", \"fieldPath\": \"brand.secret\"}]}}"),
                400,
                "UNKNOWN_FIELD",
                "search.aggregations[0].fieldPath");
        assertError(
                store.post(
                        SEARCH,
                        "{\"search\": {\"aggregations\": [{\"type\": \"VALUE\", \"fieldPath\": \"visible\"},"
                                + " {\"type\": \"VALUE\", \"fieldPath\": \"visible\", \"value\": {\"limit\": 101}}]}}"),
                400,
                "OUT_OF_RANGE",
                "search.aggregations[1].value.limit");
        assertError(
                store.post(
                        SEARCH,
                        "{\"search\": {\"aggregations\": [{\"type\": \"RANGE\", \"fieldPath\": \"visible\"}]}}"),
                400,
                "NOT_ALLOWED",
                "search.aggregations[0].type");
        assertError(
                store.post(SEARCH, "{\"search\": {\"search\": {\"expression\": \"" + "a".repeat(201) + "\"}}}"),
                400,
                "OUT_OF_RANGE",
                "search.search.expression");
        assertError(
                store.post(SEARCH, "{\"search\": {\"search\": {\"expression\": \"a b c d e f g h i j k\"}}}"),
                400,
                "OUT_OF_RANGE",
                "search.search.expression");
        assertError(
                store.post(SEARCH, "{\"search\": {\"search\": {\"expression\": \"a\", \"fields\": [\"slug\"]}}}"),
                400,
                "UNKNOWN_FIELD",
                "search.search.fields[0]");
        String eleven = String.join(
                ", ", java.util.Collections.nCopies(11, "{\"type\": \"VALUE\", \"fieldPath\": \"visible\"}"));
        assertError(
                store.post(SEARCH, "{\"search\": {\"aggregations\": [" + eleven + "]}}"),
                400,
                "OUT_OF_RANGE",
                "search.aggregations");
        assertError(
                store.post(
                        SEARCH,
                        "{\"search\": {\"aggregations\": [{\"type\": \"VALUE\", \"fieldPath\": \"visible\"},"
                                + " {\"type\": \"VALUE\", \"fieldPath\": \"visible\"}]}}"),
                400,
                "NOT_ALLOWED",
                "search.aggregations[1].name");
        assertError(
                store.post(SEARCH, "{\"search\": {\"filter\": {\"color\": \"red\"}}}"),
                400,
                "UNKNOWN_FIELD",
                "search.filter.color");
        assertThat(anonymous().post(SEARCH, "{}").status()).isEqualTo(401);
    }
}
