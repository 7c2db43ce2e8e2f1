package io.catalog.web.products;

import static io.catalog.web.support.ApiChecks.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;

/** {@code POST /stores/v1/bulk/products}: many products in one call, each created or refused on its own. */
class BulkProductIT extends CatalogIT {

    private static final String BULK = "/stores/v1/bulk/products";

    @Test
    void eachItemIsCreatedOrRefusedOnItsOwn() {
        Api store = newStore();

        Api.Response answer = store.post(BULK, """
                {"products": [
                  {"name": "Mug", "priceData": {"price": 7}},
                  {"name": "%s"},
                  {"name": "Mug", "manageVariants": true, "productOptions": %s},
                  {"name": "Mug", "priceData": {"price": 8}}
                ], "returnEntity": true}""".formatted("x".repeat(81), ProductApiIT.options(3, 7)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonObject> results = answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).extracting(r -> r.getJsonObject("itemMetadata").getBoolean("success"))
                .containsExactly(true, false, false, true);
        assertThat(results.get(1).getJsonObject("itemMetadata").getJsonObject("error").getString("field"))
                .isEqualTo("products[1].name");
        assertThat(results.get(2).getJsonObject("itemMetadata").getJsonObject("error").getString("code"))
                .isEqualTo("TOO_MANY_VARIANTS");
        assertThat(answer.json().getJsonObject("bulkActionMetadata"))
                .isEqualTo(ProductApiIT.parse("{\"totalSuccesses\": 2, \"totalFailures\": 2}"));
        JsonObject first = results.get(0).getJsonObject("item");
        JsonObject last = results.get(3).getJsonObject("item");
        assertThat(List.of(first.getString("slug"), last.getString("slug"))).containsExactly("mug", "mug-1");
        assertThat(Long.parseLong(last.getString("numericId"))).isGreaterThan(Long.parseLong(first.getString("numericId")));
        assertThat(store.get("/stores/v1/products/" + results.get(3).getJsonObject("itemMetadata").getString("id"))
                .status()).isEqualTo(200);
        assertThat(store.post("/stores/v1/products/query", "{}").json().getJsonNumber("totalResults").longValue())
                .isEqualTo(2);
    }

    @Test
    void withoutReturnEntityOnlyIdsComeBack() {
        Api.Response answer = newStore().post(BULK, "{\"products\": [{\"name\": \"A\"}, {\"name\": \"B\"}]}");

        JsonObject result = answer.json().getJsonArray("results").getJsonObject(0);
        assertThat(result.getJsonObject("itemMetadata").getString("id")).isNotBlank();
        assertThat(result.containsKey("item")).isFalse();
    }

    @Test
    void aCallTakesOneToAHundredProducts() {
        Api store = newStore();
        String hundredAndOne = IntStream.range(0, 101).mapToObj(i -> "{\"name\": \"p" + i + "\"}")
                .collect(Collectors.joining(",", "{\"products\": [", "]}"));

        assertError(store.post(BULK, hundredAndOne), 400, "OUT_OF_RANGE", "products");
        assertError(store.post(BULK, "{\"products\": []}"), 400, "OUT_OF_RANGE", "products");
        assertError(store.post(BULK, "{\"products\": [{\"name\": 5}]}"), 400, "INVALID_TYPE", "products[0].name");
        assertThat(store(java.util.UUID.randomUUID().toString(), READ).post(BULK, "{\"products\": [{\"name\": \"A\"}]}")
                .status()).isEqualTo(403);
    }
}
