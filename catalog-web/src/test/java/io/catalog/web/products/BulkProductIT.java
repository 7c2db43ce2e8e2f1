package io.catalog.web.products;

import static io.catalog.web.support.ApiChecks.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.BulkProducts;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code POST /stores/v1/bulk/products}: many products in one call, each created or refused on its own. */
class BulkProductIT extends CatalogIT {

    private static final String BULK = "/stores/v1/bulk/products";

    @Test
    void eachItemIsCreatedOrRefusedOnItsOwn() {
        Api store = newStore();

        Api.Response answer = store.post(
                BULK,
                BulkProducts.of(
                                ProductBody.named("Mug").price(7),
                                ProductBody.named("x".repeat(81)),
                                ProductBody.named("Mug").manageVariants().options(ProductOptions.generated(3, 7)),
                                ProductBody.named("Mug").price(8))
                        .returnEntity()
                        .json());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonObject> results = answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results)
                .extracting(r -> r.getJsonObject("itemMetadata").getBoolean("success"))
                .containsExactly(true, false, false, true);
        assertThat(results.get(1)
                        .getJsonObject("itemMetadata")
                        .getJsonObject("error")
                        .getString("field"))
                .isEqualTo("products[1].name");
        assertThat(results.get(2)
                        .getJsonObject("itemMetadata")
                        .getJsonObject("error")
                        .getString("code"))
                .isEqualTo("TOO_MANY_VARIANTS");
        assertThat(answer.json().getJsonObject("bulkActionMetadata"))
                .isEqualTo(ProductApiIT.parse("{\"totalSuccesses\": 2, \"totalFailures\": 2}"));
        JsonObject first = results.get(0).getJsonObject("item");
        JsonObject last = results.get(3).getJsonObject("item");
        assertThat(List.of(first.getString("slug"), last.getString("slug"))).containsExactly("mug", "mug-1");
        assertThat(Long.parseLong(last.getString("numericId")))
                .isGreaterThan(Long.parseLong(first.getString("numericId")));
        assertThat(store.get("/stores/v1/products/"
                                + results.get(3).getJsonObject("itemMetadata").getString("id"))
                        .status())
                .isEqualTo(200);
        assertThat(store.post("/stores/v1/products/query", "{}")
                        .json()
                        .getJsonNumber("totalResults")
                        .longValue())
                .isEqualTo(2);
    }

    @Test
    void withoutReturnEntityOnlyIdsComeBack() {
        Api.Response answer = newStore()
                .post(
                        BULK,
                        BulkProducts.of(ProductBody.named("A"), ProductBody.named("B"))
                                .json());

        JsonObject result = answer.json().getJsonArray("results").getJsonObject(0);
        assertThat(result.getJsonObject("itemMetadata").getString("id")).isNotBlank();
        assertThat(result.containsKey("item")).isFalse();
    }

    @Test
    void aCallTakesOneToAHundredProducts() {
        Api store = newStore();
        String hundredAndOne =
                BulkProducts.of(101, i -> ProductBody.named("p" + i)).json();

        assertError(store.post(BULK, hundredAndOne), 400, "OUT_OF_RANGE", "products");
        assertError(store.post(BULK, "{\"products\": []}"), 400, "OUT_OF_RANGE", "products");
        assertError(store.post(BULK, "{\"products\": [{\"name\": 5}]}"), 400, "INVALID_TYPE", "products[0].name");
        assertThat(store(java.util.UUID.randomUUID().toString(), READ)
                        .post(BULK, BulkProducts.of(ProductBody.named("A")).json())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void eachMoreProductOfABulkCreationCostsOnlyItsOwnRows() {
        Api store = newStore();
        store.post(BULK, products("first", 1));

        Api.Response one = store.post(BULK, products("one", 1));
        Api.Response fifty = store.post(BULK, products("fifty", 50));

        assertThat(fifty.json().getJsonObject("bulkActionMetadata").getInt("totalSuccesses"))
                .isEqualTo(50);
        // A product of two options of three choices is 1 product row, 6 choice rows, 9 variant rows, its event and
        // its event counter: 18 inserts, which go to the database in batches of like rows. The store's lock, the
        // slug lookup and the rest are paid once per call, not once per product.
        assertThat(statements(fifty) - statements(one)).isEqualTo(49 * 18);
        assertThat(store.post("/stores/v1/products/query", "{}")
                        .json()
                        .getJsonNumber("totalResults")
                        .longValue())
                .isEqualTo(52);
    }

    private static int statements(Api.Response response) {
        return Integer.parseInt(response.header("X-Catalog-Sql-Statements"));
    }

    /** {@code count} products of two options of three choices, their variants managed. */
    private static String products(String name, int count) {
        return BulkProducts.of(
                        count,
                        i -> ProductBody.named(name + " " + i)
                                .price("9.99")
                                .options(ProductOptions.generated(2, 3))
                                .manageVariants())
                .json();
    }

    @Test
    void slugsAskedForAndDerivedInOneCallNeverCollide() {
        Api store = newStore();
        store.post(BULK, BulkProducts.of(ProductBody.named("Cap")).json());

        Api.Response answer = store.post(BULK, """
                {"products": [
                  {"name": "Cap"},
                  {"name": "Hat", "slug": "cap-2"},
                  {"name": "Cap"},
                  {"name": "Beanie", "slug": "cap-1"},
                  {"name": "Beanie", "slug": "hat"},
                  {"name": "Hat"}
                ], "returnEntity": true}""");

        List<JsonObject> results = answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results)
                .extracting(r -> r.getJsonObject("itemMetadata").getBoolean("success"))
                .containsExactly(true, true, true, false, true, true);
        assertThat(results.get(3)
                        .getJsonObject("itemMetadata")
                        .getJsonObject("error")
                        .getString("code"))
                .isEqualTo("SLUG_TAKEN");
        assertThat(results)
                .extracting(r -> r.containsKey("item") ? r.getJsonObject("item").getString("slug") : null)
                .containsExactly("cap-1", "cap-2", "cap-3", null, "hat", "hat-1");
    }

    @Test
    void productsOfOneNameInOneCallGetSuffixedSlugsInOrder() {
        Api store = newStore();
        store.post(BULK, BulkProducts.of(ProductBody.named("Bag")).json());
        String same = BulkProducts.of(45, i -> ProductBody.named("Tote"))
                .returnEntity()
                .json();

        Api.Response answer = store.post(BULK, same);

        assertThat(answer.json().getJsonArray("results").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonObject("item").getString("slug"))
                .containsExactlyElementsOf(IntStream.range(0, 45)
                        .mapToObj(i -> i == 0 ? "tote" : "tote-" + i)
                        .toList());
        // Each more product is its row, its event and its event counter; the slugs cost one lookup for all that
        // were asked for or derived, then one per twenty suffixed candidates ("tote-1" to "tote-20", ...).
        Api.Response single = store.post(
                BULK, BulkProducts.of(ProductBody.named("Box")).returnEntity().json());
        assertThat(statements(answer)).isEqualTo(statements(single) + 44 * 3 + 3);
    }
}
