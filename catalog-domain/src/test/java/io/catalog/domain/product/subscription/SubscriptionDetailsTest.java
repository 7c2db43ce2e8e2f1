package io.catalog.domain.product.subscription;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionDetailsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final String ID = "4b9c3f0e-3c1a-4e8b-9a51-5d0f6f7d2a10";

    static NewSubscription monthly(String title) {
        return new NewSubscription(
                null, title, null, null, SubscriptionFrequency.MONTH, null, null, null, null, null, null);
    }

    static NewSubscription percentOff(String percent) {
        return new NewSubscription(
                ID,
                "Monthly",
                "Every month",
                null,
                SubscriptionFrequency.MONTH,
                2,
                null,
                6,
                DiscountType.PERCENT,
                null,
                new BigDecimal(percent));
    }

    static NewSubscription amountOff(String amount) {
        return new NewSubscription(
                null,
                "Weekly",
                null,
                false,
                SubscriptionFrequency.WEEK,
                null,
                true,
                null,
                DiscountType.AMOUNT,
                new BigDecimal(amount),
                null);
    }

    private static SubscriptionDetails of(NewSubscription... sent) {
        return SubscriptionDetails.of(List.of(sent), true, USD);
    }

    @Test
    void subscriptionsAreCheckedWithTheirDefaultsAndAnIdEach() {
        SubscriptionDetails details = of(percentOff("10"), amountOff("2.5"), monthly(" Plain "));

        assertThat(details.allowOneTimePurchases()).isTrue();
        Subscription first = details.subscriptions().get(0);
        assertThat(first.id()).isEqualTo(ID);
        assertThat(first.interval()).isEqualTo(2);
        assertThat(first.billingCycles()).isEqualTo(6);
        assertThat(first.autoRenewal()).isFalse();
        assertThat(first.visible()).isTrue();
        Subscription second = details.subscriptions().get(1);
        assertThat(second.autoRenewal()).isTrue();
        assertThat(second.visible()).isFalse();
        assertThat(second.discount().amountOff()).isEqualTo(new Money(new BigDecimal("2.50"), USD));
        Subscription third = details.subscriptions().get(2);
        assertThat(third.title()).isEqualTo("Plain");
        assertThat(third.interval()).isEqualTo(1);
        assertThat(third.discount()).isNull();
        assertThat(List.of(second.id(), third.id())).doesNotContain(ID).doesNotHaveDuplicates();
    }

    @Test
    void withoutSubscriptionsThereIsNoOneTimePurchaseToAllow() {
        assertThat(SubscriptionDetails.of(List.of(), true, USD)).isEqualTo(SubscriptionDetails.NONE);
    }

    @Test
    void limitsNameTheSubscriptionAndItsField() {
        List<NewSubscription> seven = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            seven.add(monthly("S" + i));
        }
        assertInvalid(
                () -> SubscriptionDetails.of(seven, false, USD),
                "subscriptionDetails.subscriptions",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> of(monthly("ok"), monthly("x".repeat(21))),
                "subscriptionDetails.subscriptions[1].title",
                ErrorCodes.TOO_LONG);
        assertInvalid(() -> of(monthly("  ")), "subscriptionDetails.subscriptions[0].title", ErrorCodes.REQUIRED);
        assertInvalid(
                () -> of(new NewSubscription(
                        null,
                        "t",
                        "d".repeat(61),
                        null,
                        SubscriptionFrequency.DAY,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                "subscriptionDetails.subscriptions[0].description",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> of(new NewSubscription(null, "t", null, null, null, null, null, null, null, null, null)),
                "subscriptionDetails.subscriptions[0].frequency",
                ErrorCodes.REQUIRED);
        for (int interval : new int[] {0, 51}) {
            assertInvalid(
                    () -> of(new NewSubscription(
                            null, "t", null, null, SubscriptionFrequency.DAY, interval, null, null, null, null, null)),
                    "subscriptionDetails.subscriptions[0].interval",
                    ErrorCodes.OUT_OF_RANGE);
        }
        for (int cycles : new int[] {1, 1000}) {
            assertInvalid(
                    () -> of(new NewSubscription(
                            null, "t", null, null, SubscriptionFrequency.DAY, null, null, cycles, null, null, null)),
                    "subscriptionDetails.subscriptions[0].billingCycles",
                    ErrorCodes.OUT_OF_RANGE);
        }
        assertInvalid(
                () -> of(new NewSubscription(
                        null, "t", null, null, SubscriptionFrequency.DAY, null, false, null, null, null, null)),
                "subscriptionDetails.subscriptions[0].autoRenewal",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> of(new NewSubscription(
                        null, "t", null, null, SubscriptionFrequency.DAY, null, true, 3, null, null, null)),
                "subscriptionDetails.subscriptions[0].billingCycles",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> of(new NewSubscription(
                        "nope", "t", null, null, SubscriptionFrequency.DAY, null, null, null, null, null, null)),
                "subscriptionDetails.subscriptions[0].id",
                ErrorCodes.INVALID_ID);
        assertInvalid(
                () -> of(percentOff("5"), percentOff("6")),
                "subscriptionDetails.subscriptions[1].id",
                ErrorCodes.NOT_ALLOWED);
    }

    @Test
    void discountsAreOneOfAnAmountOrAPercentage() {
        for (String percent : new String[] {"0.99", "100.01", "0"}) {
            assertInvalid(
                    () -> of(percentOff(percent)),
                    "subscriptionDetails.subscriptions[0].discount.percentOff",
                    ErrorCodes.OUT_OF_RANGE);
        }
        assertInvalid(
                () -> of(percentOff("12.345")),
                "subscriptionDetails.subscriptions[0].discount.percentOff",
                ErrorCodes.TOO_MANY_DECIMALS);
        assertInvalid(
                () -> of(amountOff("0")),
                "subscriptionDetails.subscriptions[0].discount.amountOff",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> of(amountOff("-1")),
                "subscriptionDetails.subscriptions[0].discount.amountOff",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> of(new NewSubscription(
                        null,
                        "t",
                        null,
                        null,
                        SubscriptionFrequency.DAY,
                        null,
                        null,
                        null,
                        DiscountType.AMOUNT,
                        null,
                        BigDecimal.TEN)),
                "subscriptionDetails.subscriptions[0].discount.amountOff",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> of(new NewSubscription(
                        null,
                        "t",
                        null,
                        null,
                        SubscriptionFrequency.DAY,
                        null,
                        null,
                        null,
                        DiscountType.PERCENT,
                        BigDecimal.ONE,
                        BigDecimal.TEN)),
                "subscriptionDetails.subscriptions[0].discount.amountOff",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> of(new NewSubscription(
                        null,
                        "t",
                        null,
                        null,
                        SubscriptionFrequency.DAY,
                        null,
                        null,
                        null,
                        null,
                        BigDecimal.ONE,
                        null)),
                "subscriptionDetails.subscriptions[0].discount.type",
                ErrorCodes.REQUIRED);
    }

    @Test
    void pricesAreEachVariantPriceLessTheDiscountRoundedToTheCurrency() {
        SubscriptionDetails details = of(percentOff("12.5"), amountOff("2.5"), monthly("Full"));
        Money price = new Money(new BigDecimal("9.99"), USD);

        List<SubscriptionPrice> prices = details.pricesFor(price);

        // 9.99 * 0.875 = 8.74125 -> 8.74; 9.99 - 2.50 = 7.49; no discount: the price
        assertThat(prices).extracting(p -> p.price().amount().toPlainString()).containsExactly("8.74", "7.49", "9.99");
        assertThat(prices)
                .extracting(SubscriptionPrice::subscriptionId)
                .containsExactlyElementsOf(
                        details.subscriptions().stream().map(Subscription::id).toList());
        // rounded half-up: 0.05 * 0.9 = 0.045 -> 0.05
        assertThat(of(percentOff("10"))
                        .pricesFor(new Money(new BigDecimal("0.05"), USD))
                        .get(0)
                        .price()
                        .amount())
                .isEqualByComparingTo("0.05");
        // a currency without minor unit: 999 * 0.67 = 669.33 -> 669
        SubscriptionDetails yen = SubscriptionDetails.of(List.of(percentOff("33")), false, JPY);
        assertThat(yen.pricesFor(new Money(new BigDecimal("999"), JPY))
                        .get(0)
                        .price()
                        .amount())
                .isEqualByComparingTo("669");
        // never below zero
        assertThat(of(amountOff("5"))
                        .pricesFor(new Money(new BigDecimal("3"), USD))
                        .get(0)
                        .price()
                        .isZero())
                .isTrue();
        assertThat(of(percentOff("100")).pricesFor(price).get(0).price().isZero())
                .isTrue();
    }

    @Test
    void anAmountOffMayNotBeAboveTheLowestPrice() {
        SubscriptionDetails details = of(percentOff("50"), amountOff("5"));

        details.requireDiscountsWithin(new Money(new BigDecimal("5"), USD));
        assertInvalid(
                () -> details.requireDiscountsWithin(new Money(new BigDecimal("4.99"), USD)),
                "subscriptionDetails.subscriptions[1].discount.amountOff",
                ErrorCodes.OUT_OF_RANGE);
    }
}
