package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.createProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pagingMetadata.cursors.prev} of V3 queries and searches: paging back gives the pages paged forward. */
class V3PagingBackIT extends CatalogIT {

    private static final String QUERY = "/stores/v3/products/query";
    private static final String SEARCH = "/stores/v3/products/search";

    /** A page: its product names and its metadata. */
    private record Page(List<String> names, JsonObject metadata) {

        String cursor(String which) {
            JsonObject cursors = metadata.getJsonObject("cursors");
            return cursors.containsKey(which) ? cursors.getString(which) : null;
        }
    }

    private static Page page(Api store, String path, String root, String body) {
        Api.Response response = store.post(path, "{\"" + root + "\": " + body + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> names = response.json().getJsonArray("products").stream()
                .map(p -> p.asJsonObject().getString("name"))
                .toList();
        return new Page(names, response.json().getJsonObject("pagingMetadata"));
    }

    private static Page at(Api store, String path, String root, String cursor) {
        return page(store, path, root, "{\"cursorPaging\": {\"cursor\": \"" + cursor + "\"}}");
    }

    /** Pages forward from {@code first} to the end, then back by {@code prev} to the start, checking each page. */
    private static void forwardAndBack(Api store, String path, String root, String first) {
        List<Page> forward = new ArrayList<>();
        Page page = page(store, path, root, first);
        assertThat(page.cursor("prev")).as("the first page has none before it").isNull();
        forward.add(page);
        while (page.cursor("next") != null) {
            page = at(store, path, root, page.cursor("next"));
            assertThat(page.cursor("prev")).isNotNull();
            forward.add(page);
        }
        assertThat(forward).hasSizeGreaterThan(2);
        assertThat(page.metadata().getBoolean("hasNext")).isFalse();

        List<Page> backward = new ArrayList<>();
        backward.add(page);
        while (page.cursor("prev") != null) {
            Page before = at(store, path, root, page.cursor("prev"));
            assertThat(before.metadata().getBoolean("hasNext")).isTrue();
            assertThat(at(store, path, root, before.cursor("next")).names())
                    .as("next after going back is the page we came from")
                    .isEqualTo(page.names());
            page = before;
            backward.add(page);
        }
        Collections.reverse(backward);
        assertThat(backward.stream().map(Page::names).toList())
                .isEqualTo(forward.stream().map(Page::names).toList());
    }

    @Test
    void queriesPageBackToTheFirstPage() {
        Api store = newStore();
        for (String name : List.of("d", "a", "g", "c", "b", "e", "f", "h")) {
            createProduct(store, "{\"product\": {\"name\": \"" + name + "\", \"priceData\": {\"price\": 5}}}");
        }

        forwardAndBack(store, QUERY, "query", "{\"cursorPaging\": {\"limit\": 3}}");
        forwardAndBack(
                store,
                QUERY,
                "query",
                "{\"sort\": [{\"fieldName\": \"name\", \"order\": \"DESC\"}], \"cursorPaging\": {\"limit\": 2}}");
        forwardAndBack(
                store,
                QUERY,
                "query",
                "{\"filter\": {\"name\": {\"$in\": [\"a\", \"b\", \"c\", \"d\", \"e\"]}},"
                        + " \"sort\": [{\"fieldName\": \"actualPriceRange.minValue.amount\"}],"
                        + " \"cursorPaging\": {\"limit\": 2}}");
    }

    @Test
    void searchesPageBackAndPrevCursorsAreTamperProof() {
        Api store = newStore();
        for (int i = 0; i < 7; i++) {
            createProduct(
                    store, "{\"product\": {\"name\": \"Shirt " + i + "\", \"priceData\": {\"price\": " + i + "}}}");
        }
        createProduct(store, "{\"product\": {\"name\": \"Mug\"}}");

        forwardAndBack(
                store,
                SEARCH,
                "search",
                "{\"search\": {\"expression\": \"shirt\"},"
                        + " \"sort\": [{\"fieldName\": \"actualPriceRange.minValue.amount\", \"order\": \"DESC\"}],"
                        + " \"cursorPaging\": {\"limit\": 3}}");

        Page first = page(
                store, SEARCH, "search", "{\"search\": {\"expression\": \"shirt\"}, \"cursorPaging\": {\"limit\": 3}}");
        String prev = at(store, SEARCH, "search", first.cursor("next")).cursor("prev");
        String altered = prev.substring(0, 5) + (prev.charAt(5) == 'A' ? 'B' : 'A') + prev.substring(6);
        assertError(
                store.post(SEARCH, "{\"search\": {\"cursorPaging\": {\"cursor\": \"" + altered + "\"}}}"),
                400,
                "INVALID_CURSOR",
                "search.cursorPaging.cursor");
        assertError(
                store.post(QUERY, "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + prev + "\"}}}"),
                400,
                "INVALID_CURSOR",
                "query.cursorPaging.cursor");
        assertError(
                newStore().post(SEARCH, "{\"search\": {\"cursorPaging\": {\"cursor\": \"" + prev + "\"}}}"),
                400,
                "INVALID_CURSOR",
                "search.cursorPaging.cursor");
    }
}
