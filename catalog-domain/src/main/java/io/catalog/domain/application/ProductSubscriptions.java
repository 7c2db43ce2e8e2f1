package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.product.subscription.SubscriptionsChange;
import java.time.Instant;
import java.util.List;

/**
 * The subscriptions step of a product write: the subscriptions sent replace the product's, after its variants are
 * written; then, when either was written, no amount off may be above the lowest variant price. A write of neither
 * (every v1 write) leaves the subscriptions as they are and checks nothing: a v1 price cut below an amount off makes
 * that subscription's price 0, never negative.
 */
final class ProductSubscriptions {

    private ProductSubscriptions() {}

    static void write(Product product, List<VariantWrite> variants, SubscriptionsChange change, Instant now) {
        if (change != null) {
            product.changeSubscriptions(change.subscriptions(), change.allowOneTimePurchases(), now);
        }
        if (change != null || !variants.isEmpty()) {
            product.requireSubscriptionDiscountsWithinPrices();
        }
    }
}
