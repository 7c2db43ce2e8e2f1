package io.catalog.web.hostile;

import java.util.List;

/** Requests the API refused cleanly from the start: kept so that they stay refused. */
final class BasicCases implements HostileCases {

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String product = "/stores/v1/products/" + store.productId();
        return List.of(
                HostileRequest.post("malformed JSON", "/stores/v1/products")
                        .bearer(store.modifyToken())
                        .json("{\"product\": {\"name\": ")
                        .expect(400, "MALFORMED_JSON"),
                HostileRequest.post("name of the wrong type", "/stores/v1/products")
                        .bearer(store.modifyToken())
                        .json("{\"product\": {\"name\": 12}}")
                        .expect(400, "INVALID_TYPE"),
                HostileRequest.patch("a name over 80 characters", product)
                        .bearer(store.modifyToken())
                        .json("{\"product\": {\"name\": \"" + "n".repeat(81) + "\"}}")
                        .expect(400),
                HostileRequest.patch("a write with a read-only token", product)
                        .bearer(store.readToken())
                        .json("{\"product\": {\"name\": \"Taken over\"}}")
                        .expect(403),
                HostileRequest.delete("another store's product", product)
                        .bearer(store.otherToken())
                        .expect(404),
                HostileRequest.patch("a stale revision", product)
                        .bearer(store.modifyToken())
                        .json("{\"product\": {\"name\": \"Stale\", \"revision\": \"999999\"}}")
                        .expect(409),
                HostileRequest.post("an unknown filter field", "/stores/v1/products/query")
                        .bearer(store.readToken())
                        .json("{\"query\": {\"filter\": \"{\\\"nope\\\": 1}\"}}")
                        .expect(400));
    }
}
