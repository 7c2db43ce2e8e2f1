package io.catalog.web.hostile;

/**
 * The store the corpus attacks, made before the first request: a product with options and managed variants, a
 * hidden product, a collection and a webhook subscription, and tokens for it and for another store.
 *
 * @param id           the store's id (the tokens' {@code instanceId})
 * @param modifyToken  READ_PRODUCTS and MODIFY_PRODUCTS
 * @param readToken    READ_PRODUCTS only, as storefronts call
 * @param otherToken   both permissions, of another store (which holds two products)
 * @param v3Cursor     the next cursor of a V3 query of this store, one product a page, made with the modify token:
 *                     its next page is the hidden product
 * @param otherV3Cursor the same, of the other store
 * @param productId    a visible product with options Size (S, L) and Color (Red) and managed variants
 * @param hiddenProductId a hidden product
 * @param collectionId a collection holding the visible product
 * @param subscriptionId a webhook subscription of the store
 * @param tokens       issues tokens of any store claim (any JSON value: a string, a number, a {@code Map} as an
 *                     object), for cases about the claim itself
 */
public record HostileStore(
        String id,
        String modifyToken,
        String readToken,
        String otherToken,
        String v3Cursor,
        String otherV3Cursor,
        String productId,
        String hiddenProductId,
        String collectionId,
        String subscriptionId,
        Tokens tokens) {

    @FunctionalInterface
    public interface Tokens {
        String token(Object storeClaim, String... permissions);
    }
}
