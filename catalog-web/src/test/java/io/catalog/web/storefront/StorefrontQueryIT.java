package io.catalog.web.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operator of every field of the query table (README, Querying), and every sort, asked by a storefront (a
 * READ_PRODUCTS-only token) and by an editor (MODIFY_PRODUCTS) of the same store, checking the products answered:
 * the editor sees every product that matches, the storefront the same ones without the hidden product (and without
 * the hidden collection's members when it filters by that collection).
 */
class StorefrontQueryIT extends CatalogIT {

    private static final String QUERY = "/stores/v1/products/query";
    private static final String ALL_PRODUCTS = "00000000-000000-000000-000000000001";
    private static final String HIDDEN = "Hidden Shirt";

    private static Api editor;
    private static Api storefront;
    /** The products by name, as the editor created them. */
    private static Map<String, JsonObject> products;

    private static String summer;
    private static String secret;

    /** Five products (one hidden), a visible collection and a hidden one. */
    @BeforeAll
    static void catalog() {
        String store = "store-" + UUID.randomUUID();
        editor = store(store, READ, MODIFY);
        storefront = store(store, READ);
        products = new java.util.LinkedHashMap<>();
        create(ProductBody.named("Red Shirt")
                .sku("SH-RED")
                .description("Cotton shirt")
                .price(10)
                .option("Color", "red", "blue")
                .option("Size", "S", "M"));
        create(ProductBody.named("Blue Shirt")
                .sku("SH-BLUE")
                .description("Linen shirt")
                .price(20)
                .option("Color", "blue"));
        create(ProductBody.named("Green Hat")
                .sku("HAT-1")
                .description("Wool hat")
                .price(30));
        create(ProductBody.named("E-book").sku("BOOK").productType("digital").price("5.5"));
        create(ProductBody.named("Hidden Shirt")
                .sku("SH-GEM")
                .description("Silk shirt")
                .visible(false)
                .price(99)
                .option("Color", "red"));
        summer = collection("Summer", true, "Red Shirt", "Blue Shirt", HIDDEN);
        secret = collection("Secret", false, "Green Hat");
        // the memberships moved revisions and lastUpdated: read the products again
        for (String name : List.copyOf(products.keySet())) {
            Api.Response read =
                    editor.get("/stores/v1/products/" + products.get(name).getString("id"));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            products.put(name, read.json().getJsonObject("product"));
        }
    }

    @Test
    void textFieldsTakeEveryOperator() {
        matches("{\"name\": {\"$eq\": \"Red Shirt\"}}", "Red Shirt");
        matches("{\"name\": {\"$ne\": \"Red Shirt\"}}", "Blue Shirt", "Green Hat", "E-book", HIDDEN);
        matches("{\"name\": {\"$hasSome\": [\"Red Shirt\", \"Hidden Shirt\"]}}", "Red Shirt", HIDDEN);
        matches("{\"name\": {\"$contains\": \"SHIRT\"}}", "Red Shirt", "Blue Shirt", HIDDEN);
        matches("{\"name\": {\"$startsWith\": \"hid\"}}", HIDDEN);

        matches("{\"description\": {\"$eq\": \"Linen shirt\"}}", "Blue Shirt");
        matches("{\"description\": {\"$ne\": \"Linen shirt\"}}", "Red Shirt", "Green Hat", "E-book", HIDDEN);
        matches("{\"description\": {\"$hasSome\": [\"Wool hat\", \"Silk shirt\"]}}", "Green Hat", HIDDEN);
        matches("{\"description\": {\"$contains\": \"SHIRT\"}}", "Red Shirt", "Blue Shirt", HIDDEN);
        matches("{\"description\": {\"$startsWith\": \"silk\"}}", HIDDEN);

        matches("{\"sku\": {\"$eq\": \"SH-GEM\"}}", HIDDEN);
        matches("{\"sku\": {\"$ne\": \"BOOK\"}}", "Red Shirt", "Blue Shirt", "Green Hat", HIDDEN);
        matches("{\"sku\": {\"$hasSome\": [\"HAT-1\", \"BOOK\"]}}", "Green Hat", "E-book");
        matches("{\"sku\": {\"$contains\": \"-\"}}", "Red Shirt", "Blue Shirt", "Green Hat", HIDDEN);
        matches("{\"sku\": {\"$startsWith\": \"SH-\"}}", "Red Shirt", "Blue Shirt", HIDDEN);

        matches("{\"slug\": {\"$eq\": \"green-hat\"}}", "Green Hat");
        matches("{\"slug\": {\"$ne\": \"green-hat\"}}", "Red Shirt", "Blue Shirt", "E-book", HIDDEN);
        matches("{\"slug\": {\"$hasSome\": [\"e-book\", \"hidden-shirt\"]}}", "E-book", HIDDEN);
        matches("{\"slug\": {\"$contains\": \"SHIRT\"}}", "Red Shirt", "Blue Shirt", HIDDEN);
        matches("{\"slug\": {\"$startsWith\": \"hidden\"}}", HIDDEN);
    }

    @Test
    void idsAndTypesTakeEveryOperator() {
        String red = id("Red Shirt");
        String hidden = id(HIDDEN);

        matches("{\"id\": {\"$eq\": \"" + hidden + "\"}}", HIDDEN);
        matches("{\"id\": {\"$ne\": \"" + red + "\"}}", "Blue Shirt", "Green Hat", "E-book", HIDDEN);
        matches("{\"id\": {\"$hasSome\": [\"" + red + "\", \"" + hidden + "\"]}}", "Red Shirt", HIDDEN);

        matches("{\"productType\": {\"$eq\": \"digital\"}}", "E-book");
        matches("{\"productType\": {\"$ne\": \"digital\"}}", "Red Shirt", "Blue Shirt", "Green Hat", HIDDEN);
        matches("{\"productType\": {\"$hasSome\": [\"physical\"]}}", "Red Shirt", "Blue Shirt", "Green Hat", HIDDEN);
    }

    @Test
    void numbersAndTimesTakeEveryOperator() {
        matches("{\"price\": {\"$eq\": 99}}", HIDDEN);
        matches("{\"price\": {\"$ne\": 10}}", "Blue Shirt", "Green Hat", "E-book", HIDDEN);
        matches("{\"price\": {\"$hasSome\": [5.5, 99]}}", "E-book", HIDDEN);
        matches("{\"price\": {\"$lt\": 20}}", "Red Shirt", "E-book");
        matches("{\"price\": {\"$lte\": 20}}", "Red Shirt", "Blue Shirt", "E-book");
        matches("{\"price\": {\"$gt\": 20}}", "Green Hat", HIDDEN);
        matches("{\"price\": {\"$gte\": 30}}", "Green Hat", HIDDEN);

        String blue = numericId("Blue Shirt");
        String hidden = numericId(HIDDEN);
        matches("{\"numericId\": {\"$eq\": \"" + hidden + "\"}}", HIDDEN);
        matches("{\"numericId\": {\"$ne\": " + blue + "}}", "Red Shirt", "Green Hat", "E-book", HIDDEN);
        matches("{\"numericId\": {\"$hasSome\": [" + blue + ", " + hidden + "]}}", "Blue Shirt", HIDDEN);
        matches("{\"numericId\": {\"$lt\": " + blue + "}}", "Red Shirt");
        matches("{\"numericId\": {\"$lte\": " + blue + "}}", "Red Shirt", "Blue Shirt");
        matches("{\"numericId\": {\"$gt\": " + blue + "}}", "Green Hat", "E-book", HIDDEN);
        matches("{\"numericId\": {\"$gte\": " + blue + "}}", "Blue Shirt", "Green Hat", "E-book", HIDDEN);

        // every product has the lastUpdated its answer shows, to the millisecond, whatever the operator
        for (String name : products.keySet()) {
            String updated = products.get(name).getString("lastUpdated");
            List<String> same = namesWhere(p -> p.getString("lastUpdated").equals(updated));
            List<String> before = namesWhere(p -> instant(p).isBefore(java.time.Instant.parse(updated)));
            List<String> after = namesWhere(p -> instant(p).isAfter(java.time.Instant.parse(updated)));
            matches("{\"lastUpdated\": {\"$eq\": \"" + updated + "\"}}", same);
            matches("{\"lastUpdated\": {\"$hasSome\": [\"" + updated + "\"]}}", same);
            matches("{\"lastUpdated\": {\"$ne\": \"" + updated + "\"}}", union(before, after));
            matches("{\"lastUpdated\": {\"$lt\": \"" + updated + "\"}}", before);
            matches("{\"lastUpdated\": {\"$lte\": \"" + updated + "\"}}", union(before, same));
            matches("{\"lastUpdated\": {\"$gt\": \"" + updated + "\"}}", after);
            matches("{\"lastUpdated\": {\"$gte\": \"" + updated + "\"}}", union(same, after));
        }
    }

    @Test
    void collectionsTakeEveryOperatorAndTheHiddenOneHoldsNothingForStorefronts() {
        matches("{\"collections.id\": {\"$eq\": \"" + summer + "\"}}", "Red Shirt", "Blue Shirt", HIDDEN);
        matches("{\"collections.id\": {\"$ne\": \"" + summer + "\"}}", "Green Hat", "E-book");
        matches(
                "{\"collections.id\": {\"$hasSome\": [\"" + summer + "\", \"" + ALL_PRODUCTS + "\"]}}",
                "Red Shirt",
                "Blue Shirt",
                "Green Hat",
                "E-book",
                HIDDEN);
        matches(
                "{\"collections.id\": {\"$hasAll\": [\"" + summer + "\", \"" + ALL_PRODUCTS + "\"]}}",
                "Red Shirt",
                "Blue Shirt",
                HIDDEN);

        // the hidden collection: its member for the editor, nothing (or everything, for $ne) for the storefront
        matchesFor(editor, "{\"collections.id\": {\"$eq\": \"" + secret + "\"}}", "Green Hat");
        matchesFor(storefront, "{\"collections.id\": {\"$eq\": \"" + secret + "\"}}");
        matchesFor(
                storefront,
                "{\"collections.id\": {\"$hasSome\": [\"" + secret + "\", \"" + summer + "\"]}}",
                "Red Shirt",
                "Blue Shirt");
        matchesFor(storefront, "{\"collections.id\": {\"$hasAll\": [\"" + secret + "\"]}}");
        matchesFor(
                editor,
                "{\"collections.id\": {\"$ne\": \"" + secret + "\"}}",
                "Red Shirt",
                "Blue Shirt",
                "E-book",
                HIDDEN);
        matchesFor(
                storefront,
                "{\"collections.id\": {\"$ne\": \"" + secret + "\"}}",
                "Red Shirt",
                "Blue Shirt",
                "Green Hat",
                "E-book");
    }

    @Test
    void optionsTakeEveryOperator() {
        matches("{\"options.Color\": {\"$eq\": \"red\"}}", "Red Shirt", HIDDEN);
        matches("{\"options.color\": {\"$ne\": \"RED\"}}", "Blue Shirt", "Green Hat", "E-book");
        matches("{\"options.Color\": {\"$hasSome\": [\"blue\", \"green\"]}}", "Red Shirt", "Blue Shirt");
        matches("{\"options.Color\": {\"$hasAll\": [\"red\", \"blue\"]}}", "Red Shirt");
        matches("{\"options.Size\": \"M\"}", "Red Shirt");
    }

    @Test
    void combinationsOfConditions() {
        matches(
                "{\"$or\": [{\"name\": {\"$startsWith\": \"green\"}}, {\"sku\": {\"$contains\": \"GEM\"}}]}",
                "Green Hat",
                HIDDEN);
        matches("{\"$and\": [{\"options.Color\": \"red\"}, {\"price\": {\"$gt\": 50}}]}", HIDDEN);
        matches("{\"$not\": {\"name\": {\"$contains\": \"shirt\"}}}", "Green Hat", "E-book");
        matches("{\"collections.id\": \"" + summer + "\", \"description\": {\"$contains\": \"silk\"}}", HIDDEN);
    }

    @Test
    void everySortableFieldSortsBothWays() {
        Map<String, Comparator<JsonObject>> keys = Map.of(
                "name", Comparator.comparing(p -> p.getString("name")),
                "sku", Comparator.comparing(p -> p.getString("sku")),
                "id", Comparator.comparing(p -> p.getString("id")),
                "price",
                        Comparator.comparing(p -> p.getJsonObject("priceData")
                                .getJsonNumber("price")
                                .bigDecimalValue()),
                "numericId", Comparator.comparing(p -> Long.parseLong(p.getString("numericId"))),
                "productType", Comparator.comparing(p -> p.getString("productType")),
                "slug", Comparator.comparing(p -> p.getString("slug")),
                "lastUpdated", Comparator.comparing(StorefrontQueryIT::instant));
        Comparator<JsonObject> byNumericId = Comparator.comparing(p -> Long.parseLong(p.getString("numericId")));
        keys.forEach((field, key) -> {
            List<String> ascending = products.values().stream()
                    .sorted(key.thenComparing(byNumericId))
                    .map(p -> p.getString("name"))
                    .toList();
            List<String> descending = products.values().stream()
                    .sorted(key.thenComparing(byNumericId).reversed())
                    .map(p -> p.getString("name"))
                    .toList();
            for (Api caller : List.of(editor, storefront)) {
                assertThat(names(caller, "{\"query\": {\"sort\": [{\"" + field + "\": \"asc\"}]}}"))
                        .as("%s ascending, %s", field, who(caller))
                        .containsExactlyElementsOf(seenBy(caller, ascending));
                assertThat(names(caller, "{\"query\": {\"sort\": \"[{\\\"" + field + "\\\": \\\"desc\\\"}]\"}}"))
                        .as("%s descending, %s", field, who(caller))
                        .containsExactlyElementsOf(seenBy(caller, descending));
            }
        });
    }

    @Test
    void filteredSortedPagesCountWhatEachCallerSees() {
        String body =
                "{\"query\": {\"filter\": {\"name\": {\"$contains\": \"shirt\"}}, \"sort\": [{\"price\": \"desc\"}],"
                        + " \"paging\": {\"limit\": 2, \"offset\": 0}}}";
        JsonObject edited = query(editor, body);
        JsonObject shown = query(storefront, body);

        assertThat(names(edited)).containsExactly(HIDDEN, "Blue Shirt");
        assertThat(edited.getJsonNumber("totalResults").longValue()).isEqualTo(3);
        assertThat(names(shown)).containsExactly("Blue Shirt", "Red Shirt");
        assertThat(shown.getJsonNumber("totalResults").longValue()).isEqualTo(2);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** The editor gets {@code expected}; the storefront the same without the hidden product. */
    private static void matches(String filter, String... expected) {
        matches(filter, List.of(expected));
    }

    private static void matches(String filter, List<String> expected) {
        matchesFor(editor, filter, expected.toArray(String[]::new));
        matchesFor(storefront, filter, seenBy(storefront, expected).toArray(String[]::new));
    }

    private static void matchesFor(Api caller, String filter, String... expected) {
        // by numericId, the order the products were created in, so the expected names are listed in that order
        String body = "{\"query\": {\"filter\": " + filter + ", \"sort\": [{\"numericId\": \"asc\"}]}}";
        JsonObject answer = query(caller, body);
        assertThat(names(answer)).as("%s, %s", filter, who(caller)).containsExactly(expected);
        assertThat(answer.getJsonNumber("totalResults").longValue())
                .as("%s, %s", filter, who(caller))
                .isEqualTo(expected.length);
        // the same filter, given as JSON in a string as the Wix documentation sends it
        String quoted = "{\"query\": {\"filter\": " + jsonString(filter) + "}}";
        assertThat(names(query(caller, quoted)))
                .as("%s as a string, %s", filter, who(caller))
                .containsExactlyInAnyOrder(expected);
    }

    private static List<String> seenBy(Api caller, List<String> names) {
        return caller == storefront
                ? names.stream().filter(n -> !n.equals(HIDDEN)).toList()
                : names;
    }

    private static String who(Api caller) {
        return caller == storefront ? "READ_PRODUCTS only" : "MODIFY_PRODUCTS";
    }

    private static List<String> namesWhere(java.util.function.Predicate<JsonObject> test) {
        return products.values().stream()
                .filter(test)
                .map(p -> p.getString("name"))
                .toList();
    }

    /** The names of both lists, in creation order. */
    private static List<String> union(List<String> a, List<String> b) {
        return products.keySet().stream()
                .filter(n -> a.contains(n) || b.contains(n))
                .toList();
    }

    private static java.time.Instant instant(JsonObject product) {
        return java.time.Instant.parse(product.getString("lastUpdated"));
    }

    private static String id(String name) {
        return products.get(name).getString("id");
    }

    private static String numericId(String name) {
        return products.get(name).getString("numericId");
    }

    private static JsonObject query(Api caller, String body) {
        Api.Response response = caller.post(QUERY, body);
        assertThat(response.status()).as("%s: %s", body, response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> names(Api caller, String body) {
        return names(query(caller, body));
    }

    private static List<String> names(JsonObject answer) {
        return answer.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name"))
                .toList();
    }

    private static String jsonString(String json) {
        return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void create(ProductBody body) {
        JsonObject product = ApiChecks.createProduct(editor, body.json());
        products.put(product.getString("name"), product);
    }

    private static String collection(String name, boolean visible, String... members) {
        Api.Response created = editor.post(
                "/stores/v1/collections",
                CollectionBody.named(name).visible(visible).json());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().getJsonObject("collection").getString("id");
        List<String> ids = new ArrayList<>();
        for (String member : members) {
            ids.add(id(member));
        }
        Api.Response added =
                editor.post("/stores/v1/collections/" + id + "/productIds", CollectionBody.productIds(ids));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        return id;
    }
}
