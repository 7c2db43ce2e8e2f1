package io.catalog.web.products;

import static io.catalog.web.products.InventoryApiIT.DEFAULT;
import static io.catalog.web.products.InventoryApiIT.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.InventoryItemBody;
import io.catalog.web.support.ProductBody;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code totalResults} of a filtered query is counted once and kept while nothing it depends on changes: every
 * change of which products a store has or shows, or of what a filter reads (names, SKUs, prices, options, collection
 * memberships...), makes the next query count again; stock changes do not. Pages of one product (limit 1) make
 * every query count, since a full page is not known to be the last.
 */
class QueryCountsIT extends CatalogIT {

    private static final String HEADER = "X-Catalog-Sql-Statements";
    private static final String BAND = "{\"price\": {\"$gt\": 20, \"$lte\": 40}}";

    @Test
    void keptCountsFollowEveryChangeThatFiltersRead() {
        String storeId = "store-" + UUID.randomUUID();
        Api admin = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        String a = create(admin, ProductBody.named("Alpha shirt").price(30).option("Size", "S", "M"));
        String b = create(admin, ProductBody.named("Beta").price(35));
        String c = create(admin, ProductBody.named("Alpha mug").price(50));

        assertThat(total(admin, BAND)).isEqualTo(2);
        assertThat(total(admin, BAND)).isEqualTo(2);
        changed(admin.patch(path(c), ProductBody.changes().price(39).json()));
        assertThat(total(admin, BAND)).as("a price moved into the band").isEqualTo(3);
        changed(admin.patch(path(a), ProductBody.changes().price(10).json()));
        assertThat(total(admin, BAND)).as("a price moved out of it").isEqualTo(2);

        String alpha = "{\"name\": {\"$startsWith\": \"alpha\"}}";
        assertThat(total(admin, alpha)).isEqualTo(2);
        changed(admin.patch(path(b), ProductBody.changes().name("Alpha beta").json()));
        assertThat(total(admin, alpha)).as("a name").isEqualTo(3);

        String small = "{\"options.Size\": \"S\"}";
        assertThat(total(admin, small)).isEqualTo(1);
        changed(admin.patch(path(b), ProductBody.changes().option("Size", "S").json()));
        assertThat(total(admin, small)).as("an option").isEqualTo(2);

        Api.Response collection = admin.post(
                "/stores/v1/collections", CollectionBody.named("Summer").json());
        assertThat(collection.status()).as(collection.body()).isEqualTo(200);
        String summer = collection.json().getJsonObject("collection").getString("id");
        String inSummer = "{\"collections.id\": \"" + summer + "\"}";
        changed(admin.post("/stores/v1/collections/" + summer + "/productIds", CollectionBody.productIds(a, b)));
        assertThat(total(admin, inSummer)).isEqualTo(2);
        changed(admin.post("/stores/v1/collections/" + summer + "/productIds/delete", CollectionBody.productIds(a)));
        assertThat(total(admin, inSummer)).as("a membership").isEqualTo(1);

        assertThat(total(reader, BAND)).isEqualTo(2);
        changed(admin.patch(path(b), ProductBody.changes().visible(false).json()));
        assertThat(total(reader, BAND)).as("hidden from readers").isEqualTo(1);
        assertThat(total(admin, BAND)).isEqualTo(2);

        changed(admin.delete(path(c)));
        assertThat(total(admin, BAND)).as("a deletion").isEqualTo(1);
        create(admin, ProductBody.named("Gamma").price(25));
        assertThat(total(admin, BAND)).as("a creation").isEqualTo(2);
    }

    @Test
    void aCountIsReadOnceWhileNothingItReadsChanges() {
        Api admin = newStore();
        create(admin, ProductBody.named("First").price(30));
        create(admin, ProductBody.named("Second").price(30));
        String third = create(admin, ProductBody.named("Third").price(30));

        Api.Response counted = query(admin, BAND);
        Api.Response kept = query(admin, BAND);
        changed(admin.patch(
                item(third),
                InventoryItemBody.update()
                        .trackQuantity(true)
                        .quantity(DEFAULT, 4)
                        .json()));
        Api.Response afterStock = query(admin, BAND);
        changed(admin.patch(path(third), ProductBody.changes().price(31).json()));
        Api.Response afterPrice = query(admin, BAND);

        assertThat(java.util.List.of(counted, kept, afterStock, afterPrice))
                .allSatisfy(r -> assertThat(r.json().getInt("totalResults")).isEqualTo(3));
        // The page shows the first product, unchanged: after the first query only the count may cost a statement.
        assertThat(cost(kept)).isLessThan(cost(counted));
        assertThat(cost(afterStock)).as("stock is not filtered on").isEqualTo(cost(kept));
        assertThat(cost(afterPrice)).as("a price is: counted again").isEqualTo(cost(kept) + 1);
    }

    private static String create(Api store, ProductBody product) {
        return ApiChecks.createProduct(store, product.json()).getString("id");
    }

    private static String path(String productId) {
        return "/stores/v1/products/" + productId;
    }

    private static void changed(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static Api.Response query(Api store, String filter) {
        Api.Response response = store.post(
                "/stores/v1/products/query",
                "{\"query\": {\"filter\": " + filter
                        + ", \"sort\": [{\"numericId\": \"asc\"}], \"paging\": {\"limit\": 1}}}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static int total(Api store, String filter) {
        return query(store, filter).json().getInt("totalResults");
    }

    private static int cost(Api.Response response) {
        return Integer.parseInt(response.header(HEADER));
    }
}
