package io.catalog.web.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * A product is read with a fixed number of SQL statements, whatever its number of variants: the integration-test
 * servers report each request's statement count in a response header. (These are first reads; a read of an
 * unchanged product costs one statement, see {@link ProductAnswersIT}.)
 */
class ProductSqlCostIT extends CatalogIT {

    private static final String HEADER = "X-Catalog-Sql-Statements";

    /** A product without options and media. */
    private static final String PLAIN =
            ProductBody.named("Plain").productType("physical").json();

    @Test
    void readingAProductWith300VariantsCostsAsManyStatementsAsReadingOneWith2() {
        Api store = newStore();
        JsonObject small = ProductApiIT.create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants()
                        .options(ProductOptions.generated(1, 2))
                        .json());
        JsonObject large = ProductApiIT.create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants()
                        .option("Size", ProductOptions.values("v", 10))
                        .option("Color", ProductOptions.values("v", 10))
                        .option("Fit", ProductOptions.values("v", 3))
                        .json());
        assertThat(large.getJsonArray("variants")).hasSize(300);

        Api.Response smallRead = store.get("/stores/v1/products/" + small.getString("id") + "?includeVariants=true");
        Api.Response largeRead = store.get("/stores/v1/products/" + large.getString("id") + "?includeVariants=true");

        assertThat(largeRead.json().getJsonObject("product").getJsonArray("variants"))
                .hasSize(300);
        int smallCost = Integer.parseInt(smallRead.header(HEADER));
        int largeCost = Integer.parseInt(largeRead.header(HEADER));
        // The product's revision, its row, choices, variants and media, its collections and the store's settings.
        assertThat(largeCost).isEqualTo(smallCost).isBetween(1, 7);
    }

    @Test
    void readingAProductWithoutManagedVariantsSkipsTheVariantTable() {
        Api store = newStore();
        JsonObject unmanaged = ProductApiIT.create(
                store,
                ProductBody.named("Optioned")
                        .manageVariants(false)
                        .options(ProductOptions.generated(6, 30))
                        .json());

        Api.Response read = store.get("/stores/v1/products/" + unmanaged.getString("id"));

        assertThat(Integer.parseInt(read.header(HEADER))).isBetween(1, 6);
    }

    @Test
    void aPageWithoutVariantsLeavesTheVariantTableUnread() {
        Api store = newStore();
        for (int i = 0; i < 3; i++) {
            ProductApiIT.create(
                    store,
                    ProductBody.named("Optioned")
                            .manageVariants()
                            .options(ProductOptions.generated(2, 3))
                            .json());
        }

        Api.Response withVariants = store.post("/stores/v1/products/query", "{\"includeVariants\": true}");
        Api.Response without = store.post("/stores/v1/products/query", "{}");

        assertThat(withVariants.json().getJsonArray("products")).hasSize(3);
        assertThat(without.json().getJsonArray("products")).hasSize(3);
        // The choices' stored availability stands in for the variants.
        assertThat(Integer.parseInt(without.header(HEADER)))
                .isEqualTo(Integer.parseInt(withVariants.header(HEADER)) - 1);
    }

    @Test
    void aCrawlPageReadsItsProductRowsWithItsMatches() {
        Api store = newStore();
        for (int i = 0; i < 3; i++) {
            ProductApiIT.create(
                    store,
                    ProductBody.named("Optioned")
                            .manageVariants()
                            .options(ProductOptions.generated(2, 3))
                            .json());
        }
        String crawlPage = """
                {"query": {"filter": "{\\"numericId\\": {\\"$gt\\": 0}}", "sort": "[{\\"numericId\\": \\"asc\\"}]"}}""";

        Api.Response unread = store.post("/stores/v1/products/query", crawlPage);
        Api.Response kept = store.post("/stores/v1/products/query", crawlPage);

        assertThat(unread.json().getJsonArray("products")).hasSize(3);
        assertThat(kept.json()).isEqualTo(unread.json());
        // Kept answers spare the products' choices, memberships and the store's settings (they have no media, so
        // media are not looked up); the rows themselves came with the matches, so no statement looks them up again.
        assertThat(Integer.parseInt(unread.header(HEADER)) - Integer.parseInt(kept.header(HEADER)))
                .isEqualTo(3);
    }

    @Test
    void aPageLooksUpChoicesAndMediaOnlyWhenOneOfItsProductsHasSome() {
        Api plain = newStore();
        Api rich = newStore();
        for (int i = 0; i < 3; i++) {
            ProductApiIT.create(plain, PLAIN);
        }
        String withMedia = null;
        for (int i = 0; i < 3; i++) {
            String id = ProductApiIT.create(
                            rich,
                            i == 0
                                    ? ProductBody.named("Optioned")
                                            .manageVariants()
                                            .options(ProductOptions.generated(2, 3))
                                            .json()
                                    : PLAIN)
                    .getString("id");
            if (i == 1) {
                withMedia = id;
                assertThat(rich.post("/stores/v1/products/" + id + "/media", "{\"media\": [{\"mediaId\": \"a.jpg\"}]}")
                                .status())
                        .isEqualTo(200);
            }
        }

        Api.Response plainPage = plain.post("/stores/v1/products/query", "{}");
        Api.Response richPage = rich.post("/stores/v1/products/query", "{}");

        assertThat(plainPage.json().getJsonArray("products")).hasSize(3);
        assertThat(richPage.json().getJsonArray("products")).hasSize(3);
        // One statement for the choices of the product with options and one for the media of the one with media.
        assertThat(Integer.parseInt(richPage.header(HEADER))).isEqualTo(Integer.parseInt(plainPage.header(HEADER)) + 2);
        String mediaId = withMedia;
        JsonObject answered = richPage.json().getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .filter(product -> product.getString("id").equals(mediaId))
                .findFirst()
                .orElseThrow();
        assertThat(answered.getJsonObject("media").getJsonArray("items")).hasSize(1);

        // Its last media item removed, the page shows it without media.
        assertThat(rich.post("/stores/v1/products/" + mediaId + "/media/delete", "{\"mediaIds\": [\"a.jpg\"]}")
                        .status())
                .isEqualTo(200);
        Api.Response after = rich.post("/stores/v1/products/query", "{}");
        JsonObject without = after.json().getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .filter(product -> product.getString("id").equals(mediaId))
                .findFirst()
                .orElseThrow();
        assertThat(without.getJsonObject("media").getJsonArray("items")).isEmpty();
    }
}
