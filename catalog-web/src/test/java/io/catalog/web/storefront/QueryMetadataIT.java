package io.catalog.web.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * {@code metadata} of the three queries, as the seed's examples answer it: {@code items} is the page size asked for
 * ({@code paging.limit}, 100 by default), not the number of items the page holds, and {@code offset} the offset
 * asked for; {@code totalResults} counts the matches.
 */
class QueryMetadataIT extends CatalogIT {

    @Test
    void productCollectionAndVariantQueriesAnswerTheLimitAndOffsetAskedFor() {
        Api store = newStore();
        JsonObject shirt = ApiChecks.createProduct(
                store,
                ProductBody.named("Shirt")
                        .manageVariants()
                        .option("Size", "S", "M", "L")
                        .json());
        ApiChecks.createProduct(store, ProductBody.named("Hat").json());
        Api.Response collection = store.post(
                "/stores/v1/collections", CollectionBody.named("Summer").json());
        assertThat(collection.status()).as(collection.body()).isEqualTo(200);
        String variants = "/stores/v1/products/" + shirt.getString("id") + "/variants/query";

        assertPage(store.post("/stores/v1/products/query", "{}"), "products", 100, 0, 2, 2);
        assertPage(
                store.post("/stores/v1/products/query", "{\"query\": {\"paging\": {\"limit\": 7, \"offset\": 1}}}"),
                "products",
                7,
                1,
                1,
                2);
        assertPage(store.post("/stores/v1/collections/query", "{}"), "collections", 100, 0, 2, 2);
        assertPage(
                store.post("/stores/v1/collections/query", "{\"query\": {\"paging\": {\"limit\": 7, \"offset\": 1}}}"),
                "collections",
                7,
                1,
                1,
                2);
        assertPage(store.post(variants, "{}"), "variants", 100, 0, 3, 3);
        assertPage(store.post(variants, "{\"paging\": {\"limit\": 7, \"offset\": 1}}"), "variants", 7, 1, 2, 3);
    }

    private static void assertPage(Api.Response response, String items, int limit, int offset, int listed, int total) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonObject page = response.json();
        assertThat(page.getJsonObject("metadata"))
                .as(items)
                .isEqualTo(ApiChecks.parse("{\"items\": " + limit + ", \"offset\": " + offset + "}"));
        assertThat(page.getJsonArray(items)).as(items).hasSize(listed);
        assertThat(page.getJsonNumber("totalResults").longValue()).as(items).isEqualTo(total);
    }
}
