package io.catalog.domain.application;

/**
 * One item of a stock decrement or increment, in API terms: the variant's stock changes by {@code amount}
 * (1..99999999; the sign comes from the call).
 */
public record StockAdjustmentCommand(String productId, String variantId, Integer amount) {}
