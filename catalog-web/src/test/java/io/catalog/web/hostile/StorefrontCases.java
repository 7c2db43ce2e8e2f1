package io.catalog.web.hostile;

import java.util.List;

/**
 * A storefront (a READ_PRODUCTS-only token) reaching for what it must not see or change: hidden products asked for
 * by id on every read path, writes that would show or hide things, filters on fields the query table does not
 * have (such as {@code visible}) and paging past its limits.
 */
final class StorefrontCases implements HostileCases {

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String hidden = "/stores/v1/products/" + store.hiddenProductId();
        String visible = "/stores/v1/products/" + store.productId();
        String query = "/stores/v1/products/query";
        return List.of(
                HostileRequest.get("a hidden product by id", hidden)
                        .bearer(store.readToken())
                        .expect(404, "PRODUCT_NOT_FOUND"),
                HostileRequest.get("a hidden product with its variants", hidden + "?includeVariants=true")
                        .bearer(store.readToken())
                        .expect(404, "PRODUCT_NOT_FOUND"),
                HostileRequest.get(
                                "a hidden product's inventory item",
                                "/stores/v2/inventoryItems/product/" + store.hiddenProductId())
                        .bearer(store.readToken())
                        .expect(404, "PRODUCT_NOT_FOUND"),
                HostileRequest.post("a hidden product's options availability", hidden + "/productOptionsAvailability")
                        .bearer(store.readToken())
                        .json("{\"options\": {}}")
                        .expect(404, "PRODUCT_NOT_FOUND"),
                HostileRequest.post("a hidden product's variants", hidden + "/variants/query")
                        .bearer(store.readToken())
                        .json("{}")
                        .expect(404, "PRODUCT_NOT_FOUND"),
                HostileRequest.patch("showing a hidden product", hidden)
                        .bearer(store.readToken())
                        .json("{\"product\": {\"visible\": true}}")
                        .expect(403),
                HostileRequest.patch("hiding a collection", "/stores/v1/collections/" + store.collectionId())
                        .bearer(store.readToken())
                        .json("{\"collection\": {\"visible\": false}}")
                        .expect(403),
                HostileRequest.patch("showing hidden variants", visible + "/variants")
                        .bearer(store.readToken())
                        .json("{\"variants\": [{\"choices\": {\"Size\": \"S\"}, \"visible\": true}]}")
                        .expect(403),
                HostileRequest.post("a filter on visible", query)
                        .bearer(store.readToken())
                        .json("{\"query\": {\"filter\": {\"visible\": false}}}")
                        .expect(400),
                HostileRequest.post("a filter on visible inside $or", query)
                        .bearer(store.readToken())
                        .json(
                                "{\"query\": {\"filter\": {\"$or\": [{\"name\": \"x\"}, {\"visible\": {\"$ne\": true}}]}}}")
                        .expect(400),
                HostileRequest.post("a sort on visible", query)
                        .bearer(store.readToken())
                        .json("{\"query\": {\"sort\": [{\"visible\": \"asc\"}]}}")
                        .expect(400),
                HostileRequest.post("an sku filter of the wrong type", query)
                        .bearer(store.readToken())
                        .json("{\"query\": {\"filter\": {\"sku\": {\"$startsWith\": 5}}}}")
                        .expect(400),
                HostileRequest.post("a lastUpdated that is no instant", query)
                        .bearer(store.readToken())
                        .json("{\"query\": {\"filter\": {\"lastUpdated\": {\"$gte\": \"yesterday\"}}}}")
                        .expect(400),
                HostileRequest.post("a product page over 100", query)
                        .bearer(store.readToken())
                        .json("{\"query\": {\"paging\": {\"limit\": 101}}}")
                        .expect(400),
                HostileRequest.post("a variant page over 100", visible + "/variants/query")
                        .bearer(store.readToken())
                        .json("{\"paging\": {\"limit\": 101}}")
                        .expect(400),
                HostileRequest.post(
                                "an unknown choice in options availability", visible + "/productOptionsAvailability")
                        .bearer(store.readToken())
                        .json("{\"options\": {\"Size\": \"XXL\"}}")
                        .expect(400, "UNKNOWN_CHOICE"));
    }
}
