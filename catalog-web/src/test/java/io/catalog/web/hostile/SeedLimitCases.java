package io.catalog.web.hostile;

import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Requests that break one of seed 002's limits by themselves, whatever the store holds: invalid (400) with the limit's
 * code, never a 409 conflict and never a database error. Limits in characters count code points: a 4-byte emoji is
 * one character.
 */
final class SeedLimitCases implements HostileCases {

    private static final String EMOJI = "\uD83D\uDE00";

    private static String media(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "{\"mediaId\": \"m" + i + ".jpg\"}")
                .collect(Collectors.joining(", ", "{\"media\": [", "]}"));
    }

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String products = "/stores/v1/products";
        String product = products + "/" + store.productId();
        String token = store.modifyToken();
        return List.of(
                HostileRequest.post("343 managed variants on create", products)
                        .bearer(token)
                        .json(ProductBody.named("Big")
                                .manageVariants()
                                .options(ProductOptions.generated(3, 7))
                                .json())
                        .expect(400, "TOO_MANY_VARIANTS"),
                HostileRequest.patch("343 managed variants sent with manageVariants", product)
                        .bearer(token)
                        .json(ProductBody.changes()
                                .manageVariants()
                                .options(ProductOptions.generated(3, 7))
                                .json())
                        .expect(400, "TOO_MANY_VARIANTS"),
                HostileRequest.post("7 options", products)
                        .bearer(token)
                        .json(ProductBody.named("Seven")
                                .options(ProductOptions.generated(7, 1))
                                .json())
                        .expect(400, "TOO_MANY_OPTIONS"),
                HostileRequest.post("16 media items in one call", product + "/media")
                        .bearer(token)
                        .json(media(16))
                        .expect(400, "TOO_MANY_MEDIA"),
                HostileRequest.post("one media id twice in one call", product + "/media")
                        .bearer(token)
                        .json("{\"media\": [{\"mediaId\": \"a.jpg\"}, {\"mediaId\": \"a.jpg\"}]}")
                        .expect(400, "MEDIA_ALREADY_ADDED"),
                HostileRequest.patch("a name of 81 emoji", product)
                        .bearer(token)
                        .json("{\"product\": {\"name\": \"" + EMOJI.repeat(81) + "\"}}")
                        .expect(400, "TOO_LONG"),
                HostileRequest.patch("a description of 8001 emoji", product)
                        .bearer(token)
                        .json("{\"product\": {\"description\": \"" + EMOJI.repeat(8001) + "\"}}")
                        .expect(400, "TOO_LONG"),
                HostileRequest.patch("a description over 8000 characters once sanitized", product)
                        .bearer(token)
                        .json("{\"product\": {\"description\": \"" + "<".repeat(2001) + "\"}}")
                        .expect(400, "TOO_LONG"),
                HostileRequest.patch("a SKU of 41 emoji", product)
                        .bearer(token)
                        .json("{\"product\": {\"sku\": \"" + EMOJI.repeat(41) + "\"}}")
                        .expect(400, "TOO_LONG"),
                HostileRequest.patch("a collection name of 81 emoji", "/stores/v1/collections/" + store.collectionId())
                        .bearer(token)
                        .json("{\"collection\": {\"name\": \"" + EMOJI.repeat(81) + "\"}}")
                        .expect(400, "TOO_LONG"),
                HostileRequest.patch("a product type the seed does not list", product)
                        .bearer(token)
                        .json("{\"product\": {\"productType\": \"service\"}}")
                        .expect(400, "UNKNOWN_ENUM_VALUE"));
    }
}
