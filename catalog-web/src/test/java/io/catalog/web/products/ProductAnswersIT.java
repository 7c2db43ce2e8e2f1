package io.catalog.web.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.InventoryItemBody;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Product reads answer from the server's kept answers while the product's revision is unchanged, and never after it
 * changed: every change of what a product shows (its fields, variants, stock, collections) is seen by the next read.
 * (Both runs keep revisions by default: the embedded run trusts the revisions it read until the server changes the
 * product; the PostgreSQL run trusts them on notifications.)
 */
class ProductAnswersIT extends CatalogIT {

    private static final String HEADER = "X-Catalog-Sql-Statements";
    private static final String QUERY = "/stores/v1/products/query";

    @Test
    void aSecondReadOfAnUnchangedProductCostsNoStatementOrOneAndAnswersTheSame() {
        Api store = newStore();
        String id = ProductApiIT.create(
                        store,
                        ProductBody.named("Optioned")
                                .manageVariants()
                                .options(ProductOptions.generated(2, 3))
                                .json())
                .getString("id");

        Api.Response first = store.get("/stores/v1/products/" + id + "?includeVariants=true");
        Api.Response second = store.get("/stores/v1/products/" + id + "?includeVariants=true");

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        if ("postgresql".equals(System.getProperty("catalog.it.database"))) {
            // That run trusts kept revisions on notifications (the default there): none, or the revision's statement
            // while it may not
            // (ProductChangeNoticesIT).
            assertThat(Integer.parseInt(second.header(HEADER))).isBetween(0, 1);
        } else {
            // The embedded database is the server's alone: only its own writes change products, so the revision
            // read first is trusted until one does.
            assertThat(Integer.parseInt(second.header(HEADER))).isZero();
        }
        assertThat(Integer.parseInt(first.header(HEADER))).isGreaterThan(1);
    }

    @Test
    void everyChangeIsSeenByTheNextRead() {
        Api store = newStore();
        JsonObject created = ProductApiIT.create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants()
                        .options(ProductOptions.generated(1, 2))
                        .json());
        String path = "/stores/v1/products/" + created.getString("id");
        JsonObject before = read(store, path);

        assertThat(store.patch(path, ProductBody.changes().name("Renamed").json())
                        .status())
                .isEqualTo(200);
        JsonObject renamed = read(store, path);
        assertThat(renamed.getString("name")).isEqualTo("Renamed");
        assertThat(renamed.getString("revision")).isNotEqualTo(before.getString("revision"));

        String collection = store.post(
                        "/stores/v1/collections", CollectionBody.named("Sale").json())
                .json()
                .getJsonObject("collection")
                .getString("id");
        assertThat(store.post(
                                "/stores/v1/collections/" + collection + "/productIds",
                                CollectionBody.productIds(created.getString("id")))
                        .status())
                .isEqualTo(200);
        JsonObject inCollection = read(store, path);
        assertThat(inCollection.getJsonArray("collectionIds").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .contains(collection);
        assertThat(inCollection.getString("revision")).isNotEqualTo(renamed.getString("revision"));

        String variantId = created.getJsonArray("variants").getJsonObject(0).getString("id");
        assertThat(store.patch(
                                "/stores/v2/inventoryItems/product/" + created.getString("id"),
                                InventoryItemBody.update()
                                        .trackQuantity(true)
                                        .quantity(variantId, 7)
                                        .json())
                        .status())
                .isEqualTo(200);
        JsonObject stocked = store.get(path + "?includeVariants=true").json().getJsonObject("product");
        assertThat(stocked.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                        .filter(v -> v.getString("id").equals(variantId))
                        .map(v -> v.getJsonObject("variant")
                                .getJsonObject("stock")
                                .getInt("quantity")))
                .containsExactly(7);

        assertThat(store.delete(path).status()).isEqualTo(200);
        assertThat(store.get(path).status()).isEqualTo(404);
    }

    @Test
    void storefrontsAndOwnersGetTheirOwnAnswers() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        Api storefront = store(storeId, READ);
        JsonObject created = ProductApiIT.create(
                owner,
                ProductBody.named("Optioned")
                        .manageVariants()
                        .options(ProductOptions.generated(1, 2))
                        .json());
        String path = "/stores/v1/products/" + created.getString("id");
        String hidden = created.getJsonArray("variants").getJsonObject(1).getString("id");
        assertThat(owner.patch(
                                path + "/variants",
                                "{\"variants\": [{\"variantIds\": [\"" + hidden + "\"], \"visible\": false}]}")
                        .status())
                .isEqualTo(200);

        for (int i = 0; i < 2; i++) {
            assertThat(owner.get(path + "?includeVariants=true")
                            .json()
                            .getJsonObject("product")
                            .getJsonArray("variants"))
                    .hasSize(2);
            assertThat(storefront
                            .get(path + "?includeVariants=true")
                            .json()
                            .getJsonObject("product")
                            .getJsonArray("variants"))
                    .hasSize(1);
        }

        assertThat(owner.patch(path, ProductBody.changes().visible(false).json())
                        .status())
                .isEqualTo(200);
        assertThat(storefront.get(path).status()).isEqualTo(404);
        assertThat(owner.get(path).status()).isEqualTo(200);
    }

    @Test
    void aRepeatedPageReadsOnlyTheMatchesAndShowsChangesAtOnce() {
        Api store = newStore();
        String managed = ProductBody.named("Optioned")
                .manageVariants()
                .options(ProductOptions.generated(2, 3))
                .json();
        String first = ProductApiIT.create(store, managed).getString("id");
        for (int i = 0; i < 4; i++) {
            ProductApiIT.create(store, managed);
        }
        String page = "{\"query\": {\"sort\": \"[{\\\"numericId\\\": \\\"asc\\\"}]\"}, \"includeVariants\": true}";

        Api.Response cold = store.post(QUERY, page);
        Api.Response warm = store.post(QUERY, page);

        assertThat(warm.body()).isEqualTo(cold.body());
        assertThat(warm.json().getJsonArray("products")).hasSize(5);
        assertThat(warm.json().getInt("totalResults")).isEqualTo(5);
        // The store's product-set stamp (for the kept crawl counts) and the page's ids and revisions; nothing else.
        assertThat(Integer.parseInt(warm.header(HEADER))).isEqualTo(2);

        assertThat(store.patch(
                                "/stores/v1/products/" + first,
                                ProductBody.changes().name("Changed").json())
                        .status())
                .isEqualTo(200);
        Api.Response changed = store.post(QUERY, page);
        assertThat(changed.json().getJsonArray("products").getJsonObject(0).getString("name"))
                .isEqualTo("Changed");
        assertThat(changed.json().getJsonArray("products").getJsonObject(1))
                .isEqualTo(cold.json().getJsonArray("products").getJsonObject(1));
    }

    @Test
    void keptAnswersAreSentWholeWithTheirLengthInBytes() {
        Api store = newStore();
        String id = ProductApiIT.create(
                        store,
                        ProductBody.named("Optioned")
                                .manageVariants()
                                .options(ProductOptions.generated(2, 3))
                                .json())
                .getString("id");
        String path = "/stores/v1/products/" + id;
        // Letters of two and four bytes in UTF-8: the length sent is of bytes, not of characters.
        assertThat(store.patch(
                                path,
                                ProductBody.changes()
                                        .name("Crème brûlée \uD83C\uDF70")
                                        .json())
                        .status())
                .isEqualTo(200);
        String page = "{\"query\": {\"sort\": \"[{\\\"numericId\\\": \\\"asc\\\"}]\"}, \"includeVariants\": true}";

        for (int i = 0; i < 2; i++) {
            Api.Response read = store.get(path + "?includeVariants=true");
            assertWhole(read);
            assertThat(read.json().getJsonObject("product").getString("name")).isEqualTo("Crème brûlée \uD83C\uDF70");
            Api.Response query = store.post(QUERY, page);
            assertWhole(query);
            assertThat(query.json().getJsonArray("products").getJsonObject(0).getString("id"))
                    .isEqualTo(id);
        }
    }

    private static void assertWhole(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.header("Content-Length"))
                .isEqualTo(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(response.header("Transfer-Encoding")).isNull();
    }

    private static JsonObject read(Api store, String path) {
        Api.Response response = store.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }
}
