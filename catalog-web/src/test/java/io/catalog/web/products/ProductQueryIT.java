package io.catalog.web.products;

import static io.catalog.web.products.ProductApiIT.assertError;
import static io.catalog.web.products.ProductApiIT.create;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code POST /stores/v1/products/query}: every field and operator of the seed's table, sorting, paging, crawling. */
class ProductQueryIT extends CatalogIT {

    private static final String QUERY = "/stores/v1/products/query";

    /** Five products of a store of their own; see the filters below for what tells them apart. */
    private static Api catalog() {
        Api store = newStore();
        create(
                store,
                ProductBody.named("Red Shirt")
                        .sku("SH-RED")
                        .description("cotton shirt")
                        .price(10)
                        .option("Color", "red", "blue")
                        .option("Size", "S", "M")
                        .json());
        create(
                store,
                ProductBody.named("Blue Shirt")
                        .sku("SH-BLUE")
                        .description("linen shirt")
                        .price(20)
                        .option("Color", "blue")
                        .json());
        create(store, ProductBody.named("Green Hat").sku("HAT-1").price(30).json());
        create(
                store,
                ProductBody.named("E-book")
                        .sku("BOOK")
                        .productType("digital")
                        .price("5.5")
                        .json());
        create(
                store,
                ProductBody.named("hidden gem")
                        .sku("GEM")
                        .visible(false)
                        .price(99)
                        .json());
        return store;
    }

    @Test
    void theSeedsExampleListsProductsWithVariants() {
        Api store = catalog();

        JsonObject answer = query(store, "{\"includeVariants\": true}");

        assertThat(answer.getJsonArray("products")).hasSize(5);
        assertThat(answer.getJsonObject("metadata")).isEqualTo(ProductApiIT.parse("{\"items\": 100, \"offset\": 0}"));
        assertThat(answer.getJsonNumber("totalResults").longValue()).isEqualTo(5);
        JsonObject first = answer.getJsonArray("products").getJsonObject(0);
        assertThat(first.getJsonArray("variants")).hasSize(4);
        assertThat(query(store, "{}").getJsonArray("products").getJsonObject(0).containsKey("variants"))
                .isFalse();
    }

    @Test
    void textFieldsTakeEveryOperatorOfTheTable() {
        Api store = catalog();

        assertThat(names(store, "{\"name\": \"Red Shirt\"}")).containsExactly("Red Shirt");
        assertThat(names(store, "{\"name\": {\"$eq\": \"Red Shirt\"}}")).containsExactly("Red Shirt");
        assertThat(names(store, "{\"name\": {\"$ne\": \"Red Shirt\"}}"))
                .hasSize(4)
                .doesNotContain("Red Shirt");
        assertThat(names(store, "{\"name\": {\"$hasSome\": [\"Red Shirt\", \"Green Hat\"]}}"))
                .containsExactly("Red Shirt", "Green Hat");
        assertThat(names(store, "{\"name\": {\"$contains\": \"SHIRT\"}}")).containsExactly("Red Shirt", "Blue Shirt");
        assertThat(names(store, "{\"name\": {\"$startsWith\": \"gree\"}}")).containsExactly("Green Hat");
        assertThat(names(store, "{\"sku\": {\"$startsWith\": \"SH-\"}}")).containsExactly("Red Shirt", "Blue Shirt");
        assertThat(names(store, "{\"description\": {\"$contains\": \"linen\"}}"))
                .containsExactly("Blue Shirt");
        assertThat(names(store, "{\"slug\": {\"$eq\": \"green-hat\"}}")).containsExactly("Green Hat");
        assertThat(names(store, "{\"name\": {\"$contains\": \"50%_\"}}"))
                .as("LIKE wildcards are literal")
                .isEmpty();
    }

    @Test
    void numbersTimesIdsAndTypesCompare() {
        Api store = catalog();
        List<JsonObject> all = products(store, "{}");
        String redId = all.get(0).getString("id");
        long secondNumericId = Long.parseLong(all.get(1).getString("numericId"));
        String thirdUpdated = all.get(2).getString("lastUpdated");

        assertThat(names(store, "{\"price\": {\"$gt\": 10, \"$lte\": 30}}")).containsExactly("Blue Shirt", "Green Hat");
        assertThat(names(store, "{\"price\": {\"$lt\": 10}}")).containsExactly("E-book");
        assertThat(names(store, "{\"price\": {\"$hasSome\": [5.5, 99]}}")).containsExactly("E-book", "hidden gem");
        assertThat(names(store, "{\"numericId\": {\"$gt\": " + secondNumericId + "}}"))
                .hasSize(3);
        assertThat(names(store, "{\"numericId\": {\"$gte\": \"" + secondNumericId + "\"}}"))
                .hasSize(4);
        assertThat(names(store, "{\"lastUpdated\": {\"$gte\": \"" + thirdUpdated + "\"}}"))
                .hasSize(3);
        assertThat(names(store, "{\"id\": {\"$hasSome\": [\"" + redId + "\"]}}"))
                .containsExactly("Red Shirt");
        assertThat(names(store, "{\"id\": {\"$ne\": \"" + redId + "\"}}")).hasSize(4);
        assertThat(names(store, "{\"productType\": \"digital\"}")).containsExactly("E-book");
        assertThat(names(store, "{\"productType\": {\"$ne\": \"digital\"}}")).hasSize(4);
    }

    @Test
    void optionsAndCollectionsTakeMembershipOperators() {
        Api store = catalog();

        assertThat(names(store, "{\"options.Color\": \"blue\"}")).containsExactly("Red Shirt", "Blue Shirt");
        assertThat(names(store, "{\"options.color\": {\"$hasAll\": [\"RED\", \"blue\"]}}"))
                .containsExactly("Red Shirt");
        assertThat(names(store, "{\"options.Color\": {\"$hasSome\": [\"red\", \"green\"]}}"))
                .containsExactly("Red Shirt");
        assertThat(names(store, "{\"options.Color\": {\"$ne\": \"red\"}}"))
                .hasSize(4)
                .doesNotContain("Red Shirt");
        assertThat(names(store, "{\"options.Size\": \"M\"}")).containsExactly("Red Shirt");
        assertThat(names(store, "{\"collections.id\": {\"$hasSome\": [\"00000000-0000-0000-0000-000000000001\"]}}"))
                .isEmpty();
        assertThat(names(store, "{\"collections.id\": {\"$ne\": \"00000000-0000-0000-0000-000000000001\"}}"))
                .hasSize(5);
    }

    @Test
    void filtersCombineWithAndOrNot() {
        Api store = catalog();

        assertThat(names(store, "{\"$or\": [{\"name\": \"Green Hat\"}, {\"sku\": \"BOOK\"}]}"))
                .containsExactly("Green Hat", "E-book");
        assertThat(names(store, "{\"$and\": [{\"name\": {\"$contains\": \"shirt\"}}, {\"price\": {\"$gt\": 15}}]}"))
                .containsExactly("Blue Shirt");
        assertThat(names(store, "{\"$not\": {\"name\": {\"$contains\": \"shirt\"}}}"))
                .containsExactly("Green Hat", "E-book", "hidden gem");
        assertThat(names(store, "{\"name\": {\"$contains\": \"shirt\"}, \"price\": 20}"))
                .containsExactly("Blue Shirt");
    }

    @Test
    void filterAndSortMayBeJsonInAString() {
        Api store = catalog();

        JsonObject answer = query(store, """
                {"query": {"filter": "{\\"price\\": {\\"$gte\\": 10}}", "sort": "[{\\"price\\": \\"desc\\"}]"}}""");

        assertThat(names(answer)).containsExactly("hidden gem", "Green Hat", "Blue Shirt", "Red Shirt");
    }

    @Test
    void sortsOnTheAllowedFields() {
        Api store = catalog();

        assertThat(namesSorted(store, "[{\"name\": \"asc\"}]"))
                .containsExactly("Blue Shirt", "E-book", "Green Hat", "Red Shirt", "hidden gem");
        assertThat(namesSorted(store, "[{\"price\": \"desc\"}]"))
                .containsExactly("hidden gem", "Green Hat", "Blue Shirt", "Red Shirt", "E-book");
        assertThat(namesSorted(store, "[{\"fieldName\": \"sku\", \"order\": \"ASC\"}]"))
                .first()
                .isEqualTo("E-book");
        assertThat(namesSorted(store, "[{\"numericId\": \"desc\"}]")).first().isEqualTo("hidden gem");
    }

    @Test
    void pagesAreBoundedAndEchoed() {
        Api store = catalog();

        JsonObject page = query(store, "{\"query\": {\"paging\": {\"limit\": 2, \"offset\": 2}}}");

        assertThat(names(page)).containsExactly("Green Hat", "E-book");
        assertThat(page.getJsonObject("metadata")).isEqualTo(ProductApiIT.parse("{\"items\": 2, \"offset\": 2}"));
        assertThat(page.getJsonNumber("totalResults").longValue()).isEqualTo(5);
        assertThat(names(query(store, "{\"query\": {\"paging\": {\"offset\": 5}}}")))
                .isEmpty();
        // the last, partial page knows the total without counting; a page past the end counts it
        JsonObject last = query(store, "{\"query\": {\"paging\": {\"limit\": 2, \"offset\": 4}}}");
        assertThat(names(last)).hasSize(1);
        assertThat(last.getJsonNumber("totalResults").longValue()).isEqualTo(5);
        assertThat(query(store, "{\"query\": {\"paging\": {\"offset\": 7}}}")
                        .getJsonNumber("totalResults")
                        .longValue())
                .isEqualTo(5);
        assertError(
                store.post(QUERY, "{\"query\": {\"paging\": {\"limit\": 101}}}"),
                400,
                "OUT_OF_RANGE",
                "query.paging.limit");
        assertError(
                store.post(QUERY, "{\"query\": {\"paging\": {\"offset\": -1}}}"),
                400,
                "OUT_OF_RANGE",
                "query.paging.offset");
        Api.Response tooFar = store.post(QUERY, "{\"query\": {\"paging\": {\"offset\": 10001}}}");
        assertError(tooFar, 400, "OFFSET_TOO_LARGE", "query.paging.offset");
        assertThat(tooFar.json().getString("message")).contains("numericId");
    }

    @Test
    void badQueriesAreA400NamingThePlace() {
        Api store = newStore();

        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"colour\": \"red\"}}}"),
                400,
                "UNKNOWN_FIELD",
                "query.filter.colour");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"description\": {\"$gt\": \"a\"}}}}"),
                400,
                "NOT_ALLOWED",
                "query.filter.description");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"name\": {\"$like\": \"a\"}}}}"),
                400,
                "UNKNOWN_OPERATOR",
                "query.filter.name.$like");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"price\": {\"$gt\": \"ten\"}}}}"),
                400,
                "INVALID_FORMAT",
                "query.filter.price.$gt");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"lastUpdated\": {\"$gt\": \"yesterday\"}}}}"),
                400,
                "INVALID_FORMAT",
                "query.filter.lastUpdated.$gt");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"name\": {\"$hasSome\": \"a\"}}}}"),
                400,
                "INVALID_TYPE",
                "query.filter.name.$hasSome");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"$or\": {\"name\": \"a\"}}}}"),
                400,
                "INVALID_TYPE",
                "query.filter.$or");
        assertError(store.post(QUERY, "{\"query\": {\"filter\": \"{name: \"}}"), 400, "INVALID_FORMAT", "query.filter");
        assertError(
                store.post(QUERY, "{\"query\": {\"sort\": [{\"description\": \"asc\"}]}}"),
                400,
                "NOT_ALLOWED",
                "query.sort[0].description");
        assertError(
                store.post(QUERY, "{\"query\": {\"sort\": [{\"name\": \"up\"}]}}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "query.sort[0].name");
        assertError(
                store.post(QUERY, "{\"query\": {\"filter\": {\"productType\": \"food\"}}}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "query.filter.productType.$eq");
    }

    @Test
    void readersNeverSeeHiddenProductsVariantsOrChoices() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        create(owner, ProductBody.named("shown").json());
        create(owner, ProductBody.named("hidden").visible(false).json());
        Api reader = store(storeId, READ);

        assertThat(names(reader, "{}")).containsExactly("shown");
        assertThat(query(reader, "{}").getJsonNumber("totalResults").longValue())
                .isEqualTo(1);
        assertThat(names(owner, "{}")).containsExactly("shown", "hidden");
        assertThat(names(reader, "{\"name\": \"hidden\"}")).isEmpty();
    }

    @Test
    void crawlingByNumericIdVisitsEveryProductOnceWhileWritesGoOn() throws Exception {
        Api store = newStore();
        for (int i = 0; i < 30; i++) {
            create(store, ProductBody.named("before " + i).json());
        }
        AtomicBoolean crawling = new AtomicBoolean(true);
        CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
            int created = 0;
            while (crawling.get() && created < 200) {
                create(store, ProductBody.named("during " + created++).json());
            }
            return created;
        });

        List<String> seen = new ArrayList<>();
        long last = 0;
        while (true) {
            JsonObject page = query(
                    store,
                    "{\"query\": {\"sort\": [{\"numericId\": \"asc\"}], \"paging\": {\"limit\": 7},"
                            + " \"filter\": {\"numericId\": {\"$gt\": " + last + "}}}}");
            JsonArray products = page.getJsonArray("products");
            if (products.isEmpty()) {
                break;
            }
            for (JsonObject product : products.getValuesAs(JsonObject.class)) {
                long numericId = Long.parseLong(product.getString("numericId"));
                assertThat(numericId).isGreaterThan(last);
                last = numericId;
                seen.add(product.getString("name"));
            }
            if (seen.size() >= 60) {
                crawling.set(false);
            }
        }
        crawling.set(false);
        int createdDuring = writer.get();

        Set<String> unique = new HashSet<>(seen);
        assertThat(unique).as("no product twice").hasSize(seen.size());
        for (int i = 0; i < 30; i++) {
            assertThat(unique).contains("before " + i);
        }
        assertThat(names(store, "{}")).hasSizeGreaterThanOrEqualTo(30 + createdDuring - 1);
        assertThat(seen.size()).isBetween(30, 30 + createdDuring);
    }

    @Test
    void everyCrawlPageCountsExactlyWhatIsLeftWhileProductsAreCreatedDeletedAndHidden() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        List<JsonObject> created = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            created.add(create(owner, ProductBody.named("p" + i).json()));
        }
        for (Api crawler : List.of(owner, reader)) {
            long last = 0;
            int pages = 0;
            while (true) {
                JsonObject page = query(
                        crawler,
                        "{\"query\": {\"sort\": [{\"numericId\": \"asc\"}],"
                                + " \"paging\": {\"limit\": 4}, \"filter\": {\"numericId\": {\"$gt\": " + last
                                + "}}}}");
                // The same products counted by a filter of another shape, which is always counted in full.
                JsonObject counted = query(
                        crawler,
                        "{\"query\": {\"paging\": {\"limit\": 1}, \"filter\": {\"$and\": ["
                                + "{\"numericId\": {\"$gt\": " + last + "}}, {\"numericId\": {\"$gt\": 0}}]}}}");
                assertThat(page.getJsonNumber("totalResults").longValue())
                        .as("page %d", pages)
                        .isEqualTo(counted.getJsonNumber("totalResults").longValue());
                List<JsonObject> products = page.getJsonArray("products").getValuesAs(JsonObject.class);
                if (products.size() < 4) {
                    break;
                }
                last = Long.parseLong(products.get(3).getString("numericId"));
                JsonObject ahead = created.get(Math.min(created.size() - 1, 4 * pages + 6));
                switch (pages++ % 3) {
                    case 0 ->
                        created.add(
                                create(owner, ProductBody.named("new " + pages).json()));
                    case 1 ->
                        owner.patch(
                                "/stores/v1/products/" + ahead.getString("id"),
                                ProductBody.changes().visible(false).json());
                    default -> owner.delete("/stores/v1/products/" + ahead.getString("id"));
                }
            }
            assertThat(pages).isGreaterThan(4);
        }
    }

    @Test
    void aPageOfProductsWithVariantsCostsAFixedNumberOfStatements() {
        Api store = newStore();
        String managed = ProductBody.named("Optioned")
                .manageVariants()
                .options(ProductOptions.generated(2, 5))
                .json();
        create(store, managed);
        create(store, managed);
        Api.Response two = store.post(QUERY, "{\"includeVariants\": true}");
        for (int i = 0; i < 18; i++) {
            create(store, managed);
        }

        Api.Response twenty = store.post(QUERY, "{\"includeVariants\": true}");

        assertThat(twenty.json().getJsonArray("products")).hasSize(20);
        assertThat(twenty.json().getJsonArray("products").getJsonObject(19).getJsonArray("variants"))
                .hasSize(25);
        assertThat(Integer.parseInt(twenty.header("X-Catalog-Sql-Statements")))
                .isEqualTo(Integer.parseInt(two.header("X-Catalog-Sql-Statements")))
                // the store's product-set stamp, the page's ids, the products' rows, choices, variants and media,
                // their collections, the store's settings (a last page is not counted)
                .isLessThanOrEqualTo(8);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static JsonObject query(Api store, String body) {
        Api.Response response = store.post(QUERY, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<JsonObject> products(Api store, String filter) {
        return query(store, "{\"query\": {\"filter\": " + filter + "}}")
                .getJsonArray("products")
                .getValuesAs(JsonObject.class);
    }

    private static List<String> names(Api store, String filter) {
        return products(store, filter).stream().map(p -> p.getString("name")).toList();
    }

    private static List<String> namesSorted(Api store, String sort) {
        return names(query(store, "{\"query\": {\"sort\": " + sort + "}}"));
    }

    private static List<String> names(JsonObject answer) {
        return answer.getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name"))
                .toList();
    }
}
