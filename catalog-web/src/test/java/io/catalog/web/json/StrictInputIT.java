package io.catalog.web.json;

import static io.catalog.web.support.ApiChecks.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonObject;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * Request bodies on the real server: what is valid is read as before (text beyond the Basic Multilingual Plane, large
 * bodies within the limit, an explicit UTF-8 charset, empty bodies), what is not is refused with the error shape, the
 * offending path and a short message. The hostile corpus (StrictInputCases) sends the rest byte for byte.
 */
class StrictInputIT extends CatalogIT {

    private static final String PRODUCTS = "/stores/v1/products";

    @Test
    void validTextIsStoredAsSent() {
        Api store = newStore();
        String name = "Caf\u00e9 \uD83D\uDC55 \u65E5\u672C \\\"quoted\\\"";
        JsonObject product = ApiChecks.createProduct(
                store,
                "{\"product\": {\"name\": \"" + name + "\","
                        + " \"priceData\": {\"price\": 12.50}, \"weight\": 1e-2}}");

        JsonObject read =
                store.get(PRODUCTS + "/" + product.getString("id")).json().getJsonObject("product");
        assertThat(read.getString("name")).isEqualTo("Caf\u00e9 \uD83D\uDC55 \u65E5\u672C \"quoted\"");
        assertThat(read.getJsonObject("priceData").getJsonNumber("price").bigDecimalValue())
                .isEqualByComparingTo("12.5");
        assertThat(read.getJsonNumber("weight").bigDecimalValue()).isEqualByComparingTo("0.01");
    }

    @Test
    void aBodyNearTheLimitIsReadAndAnExplicitUtf8CharsetIsAccepted() {
        Api store = newStore().withHeader("Content-Type", "application/json; charset=UTF-8");
        String padded = "{\"product\": {\"name\": \"Padded\", \"priceData\": {\"price\": 1}}}" + " ".repeat(1_000_000);

        Api.Response created = store.post(PRODUCTS, padded);

        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }

    @Test
    void emptyBodiesStillReadAsEmptyObjects() {
        Api store = newStore();
        Api.Response collections = store.send("POST", "/stores/v1/collections/query", "");
        assertThat(collections.status()).as(collections.body()).isEqualTo(200);
        Api.Response products = store.send("POST", PRODUCTS + "/query", "  ");
        assertThat(products.status()).as(products.body()).isEqualTo(200);
    }

    @Test
    void aHugeNumberIsRefusedWithAShortAnswer() {
        Api.Response answer =
                newStore().post(PRODUCTS, "{\"product\": {\"name\":\"N\", \"priceData\": {\"price\": 1e1000000}}}");

        assertError(answer, 400, "NUMBER_OUT_OF_RANGE", "product.priceData.price");
        assertThat(answer.body().length()).isLessThan(1_000);
        assertThat(answer.json().getString("message")).contains("1e1000000");
    }

    @Test
    void aDuplicateKeyIsRefusedNamingItsPathAndNothingIsStored() {
        Api store = newStore();
        Api.Response answer = store.post(
                PRODUCTS,
                "{\"product\": {\"name\": \"First\", \"priceData\": {\"price\": 1}," + " \"name\": \"Last\"}}");

        assertError(answer, 400, "DUPLICATE_KEY", "product.name");
        assertThat(store.post(PRODUCTS + "/query", "{}").json().getJsonArray("products"))
                .isEmpty();
    }

    @Test
    void aFilterOfUpTo100PartsIsReadAndOneOfMoreIsRefused() {
        Api store = newStore();
        ApiChecks.createProduct(store, "{\"product\": {\"name\": \"x\", \"priceData\": {\"price\": 1}}}");
        String hundred = "{\"query\": {\"filter\": {\"$or\": ["
                + String.join(", ", Collections.nCopies(99, "{\"name\": \"x\"}")) + "]}}}";
        String hundredAndOne = "{\"query\": {\"filter\": {\"$or\": ["
                + String.join(", ", Collections.nCopies(100, "{\"name\": \"x\"}")) + "]}}}";

        Api.Response found = store.post(PRODUCTS + "/query", hundred);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json().getJsonArray("products")).hasSize(1);
        assertError(store.post(PRODUCTS + "/query", hundredAndOne), 400, "FILTER_TOO_LARGE", "query.filter");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        Api.Response answer = newStore()
                .post(
                        PRODUCTS,
                        "{\"product\": {\"name\": \"Big\", \"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}");

        assertError(answer, 413, "BODY_TOO_LARGE", null);
    }
}
