package io.catalog.web.hostile;

import io.catalog.web.support.CatalogIT;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Errors a client provokes before or beside the catalog's own rules: a token missing or refused, a path the server
 * will not decode, a method, media type or parameter the path does not take, a query value no database stores. Each
 * answers the error shape with a stable code, naming no Java or framework.
 *
 * <p>Left out, because the server refuses them before any application sees them and no configuration gives them a
 * body (see ErrorShapeIT#theServersOwnRefusalsNameNoJava): a path with {@code %00}, a malformed escape or
 * {@code ;}, a header or request line over the server's limits, a space in the path.
 */
final class ErrorShapeCases implements HostileCases {

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String product = "/stores/v1/products/" + store.productId();
        String tampered = store.readToken().substring(0, store.readToken().lastIndexOf('.') + 1) + "AAAA";
        return List.of(
                HostileRequest.get("no token", product).expect(401, "UNAUTHORIZED"),
                HostileRequest.get("a token signed by another key", product)
                        .bearer(tampered)
                        .expect(401, "UNAUTHORIZED"),
                HostileRequest.get("an expired token", product)
                        .bearer(CatalogIT.expiredToken(store.id(), "READ_PRODUCTS"))
                        .expect(401, "UNAUTHORIZED"),
                HostileRequest.get("a token without a store", product)
                        .bearer(store.tokens().token(null, "READ_PRODUCTS"))
                        .expect(401, "UNAUTHORIZED"),
                HostileRequest.delete("a token that is no JWT", product)
                        .bearer("not.a.token")
                        .expect(401, "UNAUTHORIZED"),
                HostileRequest.get("an encoded slash", "/stores/v1/products/..%2F..%2Fetc%2Fpasswd")
                        .bearer(store.readToken())
                        .expect(400, "BAD_REQUEST"),
                HostileRequest.delete("an encoded dot", "/stores/v1/products/%2E%2E")
                        .bearer(store.modifyToken())
                        .expect(400, "BAD_REQUEST"),
                HostileRequest.get("an encoded backslash", "/stores/v1/products/..%5C..%5Cetc")
                        .bearer(store.readToken())
                        .expect(400, "BAD_REQUEST"),
                HostileRequest.get("an escape that is no UTF-8", "/stores/v1/products/%C3")
                        .bearer(store.readToken())
                        .expect(400, "BAD_REQUEST"),
                HostileRequest.get("braces in the path", "/stores/v1/products/{<id>}")
                        .bearer(store.readToken())
                        .expect(400, "BAD_REQUEST"),
                HostileRequest.delete("a revision that is no number", product + "?revision=abc")
                        .bearer(store.modifyToken())
                        .expect(400, "INVALID_PARAMETER"),
                HostileRequest.get(
                                "a delivery-log limit that is no number",
                                "/stores/v1/webhooks/subscriptions/" + store.subscriptionId() + "/deliveries?limit=abc")
                        .bearer(store.modifyToken())
                        .expect(400, "INVALID_PARAMETER"),
                HostileRequest.get("a path that names nothing", "/stores/v1/nothing")
                        .bearer(store.readToken())
                        .expect(404, "NOT_FOUND"),
                HostileRequest.of("a method the path does not take", "PUT", product)
                        .bearer(store.modifyToken())
                        .json("{\"product\": {\"name\": \"Put\"}}")
                        .expect(405, "METHOD_NOT_ALLOWED"),
                HostileRequest.get("an Accept the API does not answer", product)
                        .bearer(store.readToken())
                        .header("Accept", "text/csv")
                        .expect(406, "NOT_ACCEPTABLE"),
                HostileRequest.post("a body that is not JSON", "/stores/v1/products")
                        .bearer(store.modifyToken())
                        .header("Content-Type", "text/plain")
                        .body("name=Plain".getBytes(StandardCharsets.UTF_8))
                        .expect(415, "UNSUPPORTED_MEDIA_TYPE"),
                HostileRequest.post("an empty collection sort key", "/stores/v1/collections/query")
                        .bearer(store.readToken())
                        .json("{\"query\": {\"sort\": [{}]}}")
                        .expect(400, "INVALID_TYPE"),
                HostileRequest.post("a collection sort order that is no string", "/stores/v1/collections/query")
                        .bearer(store.readToken())
                        .json("{\"query\": {\"sort\": [{\"name\": 1}]}}")
                        .expect(400, "INVALID_TYPE"),
                HostileRequest.post("a lastUpdated in year 999999999", "/stores/v1/products/query")
                        .bearer(store.readToken())
                        .json("{\"query\": {\"filter\": {\"lastUpdated\": {\"$gt\": \"+999999999-12-31T00:00:00Z\"}}}}")
                        .expect(400, "OUT_OF_RANGE"),
                HostileRequest.post("a lastUpdated in year 10000", "/stores/v1/products/query")
                        .bearer(store.readToken())
                        .json(
                                "{\"query\": {\"filter\": \"{\\\"lastUpdated\\\": {\\\"$lt\\\": \\\"+10000-01-01T00:00:00Z\\\"}}\"}}")
                        .expect(400, "OUT_OF_RANGE"),
                HostileRequest.post(
                                "a replay since year 999999999",
                                "/stores/v1/webhooks/subscriptions/" + store.subscriptionId() + "/replay")
                        .bearer(store.modifyToken())
                        .json("{\"since\": \"+999999999-12-31T00:00:00Z\"}")
                        .expect(400, "OUT_OF_RANGE"));
    }
}
