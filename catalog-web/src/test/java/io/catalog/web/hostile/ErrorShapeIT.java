package io.catalog.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Errors that JAX-RS or the server find, and query values no database stores, answer the one error shape with a
 * stable code: the framework's message ids and the resources' Java signatures never show, headers such as
 * {@code Allow} stay.
 */
class ErrorShapeIT extends CatalogIT {

    private static final String NO_PRODUCT = "/stores/v1/products/" + UUID.randomUUID();

    @Test
    void aMethodThePathDoesNotTakeIs405WithItsAllowHeader() {
        Api.Response response = newStore().send("PUT", NO_PRODUCT, "{}");

        assertShape(response, 405, "METHOD_NOT_ALLOWED", null);
        assertThat(response.header("Allow")).contains("GET").contains("PATCH").contains("DELETE");
    }

    @Test
    void unknownPathsUnacceptableAcceptAndUnsupportedContentTypeHaveTheirCodes() {
        Api store = newStore();

        assertShape(store.get("/stores/v1/nothing/here"), 404, "NOT_FOUND", null);
        assertShape(store.withHeader("Accept", "text/csv").get(NO_PRODUCT), 406, "NOT_ACCEPTABLE", null);
        Api.Response plain = store.withHeader("Content-Type", "text/plain").send("POST", "/stores/v1/products", null);
        assertShape(plain, 415, "UNSUPPORTED_MEDIA_TYPE", null);
    }

    @Test
    void aQueryParameterThatIsNoNumberIs400NamingIt() {
        Api store = newStore();
        String id = ApiChecks.createProduct(store, "{\"product\": {\"name\": \"Kept\", \"priceData\": {\"price\": 1}}}")
                .getString("id");

        assertShape(store.delete("/stores/v1/products/" + id + "?revision=abc"), 400, "INVALID_PARAMETER", "revision");
        assertThat(store.get("/stores/v1/products/" + id).status()).isEqualTo(200);
        Api.Response subscription = store.post(
                "/stores/v1/webhooks/subscriptions",
                "{\"subscription\": {\"targetUrl\": \"http://localhost:9/hooks\"}}");
        String subscriptionId =
                subscription.json().getJsonObject("subscription").getString("id");
        assertShape(
                store.get("/stores/v1/webhooks/subscriptions/" + subscriptionId + "/deliveries?limit=ten"),
                400,
                "INVALID_PARAMETER",
                "limit");
    }

    @Test
    void aPathWithAnEncodedSlashDotOrBackslashIs400InTheErrorShape() {
        Api store = newStore();

        assertShape(store.get("/stores/v1/products/..%2F..%2Fetc%2Fpasswd"), 400, "BAD_REQUEST", null);
        assertShape(store.get("/stores/v1/products/%2E%2E"), 400, "BAD_REQUEST", null);
        assertShape(store.delete("/stores/v1/products/a%5Cb"), 400, "BAD_REQUEST", null);
    }

    @Test
    void pathsTheJaxRsRuntimeCannotReadAre400InTheErrorShape() {
        RawHttp.Answer answer = RawHttp.send(
                baseUri().getHost(),
                baseUri().getPort(),
                HostileRequest.get("braces", "/stores/v1/products/{<id>}")
                        .bearer(token("store-" + UUID.randomUUID(), READ)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text())
                .doesNotContain("RESTEASY")
                .doesNotContain("ProductResource")
                .doesNotContain("java.");
        assertThat(json(answer.text()).getString("code")).isEqualTo("BAD_REQUEST");
    }

    @Test
    void aCollectionSortKeyThatNamesNoFieldIs400() {
        Api store = newStore();

        assertShape(
                store.post("/stores/v1/collections/query", "{\"query\": {\"sort\": [{}]}}"),
                400,
                "INVALID_TYPE",
                "query.sort[0]");
        assertShape(
                store.post("/stores/v1/collections/query", "{\"query\": {\"sort\": [{\"name\": 1}]}}"),
                400,
                "INVALID_TYPE",
                "query.sort[0].name");
        assertShape(
                store.post("/stores/v1/collections/query", "{\"query\": {\"sort\": [{\"fieldName\": 5}]}}"),
                400,
                "INVALID_TYPE",
                "query.sort[0].fieldName");
        Api.Response sorted = store.post(
                "/stores/v1/collections/query",
                "{\"query\": {\"sort\": [{\"fieldName\": \"name\", \"order\": \"desc\"}]}}");
        assertThat(sorted.status()).as(sorted.body()).isEqualTo(200);
    }

    @Test
    void aTimeNoDatabaseStoresIs400NamingTheField() {
        Api store = newStore();

        assertShape(
                store.post(
                        "/stores/v1/products/query",
                        "{\"query\": {\"filter\": {\"lastUpdated\": {\"$gt\": \"+999999999-12-31T00:00:00Z\"}}}}"),
                400,
                "OUT_OF_RANGE",
                "query.filter.lastUpdated.$gt");
        assertShape(
                store.post(
                        "/stores/v1/products/query",
                        "{\"query\": {\"filter\": {\"lastUpdated\": {\"$lt\": \"+10000-01-01T00:00:00Z\"}}}}"),
                400,
                "OUT_OF_RANGE",
                "query.filter.lastUpdated.$lt");
        Api.Response latest = store.post(
                "/stores/v1/products/query",
                "{\"query\": {\"filter\": {\"lastUpdated\": {\"$lt\": \"9999-12-31T23:59:59Z\"}}}}");
        assertThat(latest.status()).as(latest.body()).isEqualTo(200);
    }

    /**
     * What the server refuses before any application sees the request: a header or request line over its limits and
     * a space in the path (its HTTP transport answers with no body), a path it cannot decode (its web container
     * answers in its own words). No configuration gives these the error shape; they name no Java all the same.
     */
    @Test
    void theServersOwnRefusalsNameNoJava() {
        String host = baseUri().getHost();
        int port = baseUri().getPort();
        String token = token("store-" + UUID.randomUUID(), READ);

        RawHttp.Answer hugeHeader = RawHttp.send(
                host,
                port,
                HostileRequest.get("a 64 KiB header", NO_PRODUCT)
                        .bearer(token)
                        .header("X-Padding", "a".repeat(64 * 1024)));
        RawHttp.Answer hugeLine = RawHttp.send(
                host,
                port,
                HostileRequest.get("a 64 KiB request line", NO_PRODUCT + "?q=" + "a".repeat(64 * 1024))
                        .bearer(token));
        RawHttp.Answer space = RawHttp.send(
                host,
                port,
                HostileRequest.get("a space in the path", "/stores/v1/products/a b")
                        .bearer(token));
        RawHttp.Answer nul = RawHttp.send(
                host,
                port,
                HostileRequest.get("an encoded NUL", "/stores/v1/products/a%00b")
                        .bearer(token));

        assertThat(hugeHeader.status()).isEqualTo(400);
        assertThat(hugeLine.status()).isEqualTo(400);
        assertThat(space.status()).isEqualTo(505);
        assertThat(nul.status()).isEqualTo(400);
        for (RawHttp.Answer answer : new RawHttp.Answer[] {hugeHeader, hugeLine, space, nul}) {
            assertThat(answer.text())
                    .doesNotContain("java.")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    private static void assertShape(Api.Response response, int status, String code, String field) {
        ApiChecks.assertError(response, status, code, field);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body())
                .doesNotContain("RESTEASY")
                .doesNotContain("SRVE")
                .doesNotContain("java.")
                .doesNotContain("jakarta.");
        JsonObject details = response.json().getJsonObject("details").getJsonObject("applicationError");
        assertThat(details.getString("code")).isEqualTo(code);
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
