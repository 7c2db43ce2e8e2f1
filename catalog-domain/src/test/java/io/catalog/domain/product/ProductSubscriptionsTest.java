package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.subscription.NewSubscription;
import io.catalog.domain.product.subscription.SubscriptionDetails;
import io.catalog.domain.product.subscription.SubscriptionFrequency;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductSubscriptionsTest {

    private static NewSubscription amountOff(String amount) {
        return new NewSubscription(
                null,
                "Weekly",
                null,
                null,
                SubscriptionFrequency.WEEK,
                null,
                null,
                null,
                DiscountType.AMOUNT,
                new BigDecimal(amount),
                null);
    }

    @Test
    void subscriptionsAreSetReplacedAndRemovedAndTheChangeIsRecorded() {
        Product product = aProduct().pricedAt("10").build();

        product.changeSubscriptions(List.of(amountOff("2")), true, T1);

        assertThat(product.subscriptionDetails().subscriptions()).hasSize(1);
        assertThat(product.subscriptionDetails().allowOneTimePurchases()).isTrue();
        assertThat(product.changedFields()).contains("subscriptionDetails");
        assertThat(Product.reconstitute(product.state()).subscriptionDetails())
                .isEqualTo(product.subscriptionDetails());

        product.changeSubscriptions(List.of(), true, T1);
        assertThat(product.subscriptionDetails()).isEqualTo(SubscriptionDetails.NONE);
    }

    @Test
    void amountsOffAreCheckedAgainstTheLowestVariantPriceHiddenVariantsIncluded() {
        Product product =
                aProduct().withOption(ProductBuilder.dropDown("Size", "S", "L")).build();
        product.writeVariants(
                List.of(
                        new VariantWrite(Map.of("Size", "S"), new BigDecimal("4"), null, null, false),
                        new VariantWrite(Map.of("Size", "L"), new BigDecimal("12"), null, null, null)),
                T1);
        product.changeSubscriptions(List.of(amountOff("4")), false, T1);
        product.requireSubscriptionDiscountsWithinPrices();

        product.changeSubscriptions(List.of(amountOff("4.01")), false, T1);
        assertInvalid(
                product::requireSubscriptionDiscountsWithinPrices,
                "subscriptionDetails.subscriptions[0].discount.amountOff",
                ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void aV1PriceCutBelowAnAmountOffMakesThatSubscriptionPriceZero() {
        Product product = aProduct().pricedAt("10").build();
        product.changeSubscriptions(List.of(amountOff("6")), false, T1);

        product.changePrice(new BigDecimal("5"), T1);

        Variant only = product.variants().page(0, 1).get(0);
        assertThat(product.subscriptionDetails()
                        .pricesFor(PriceRange.actualPrice(only))
                        .get(0)
                        .price()
                        .isZero())
                .isTrue();
        assertThat(product.subscriptionDetails().subscriptions()).hasSize(1);
    }
}
