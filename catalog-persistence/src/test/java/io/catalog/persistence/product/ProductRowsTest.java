package io.catalog.persistence.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.money.Money;
import io.catalog.domain.product.Handle;
import io.catalog.domain.product.Merchandising;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductDetails;
import io.catalog.domain.product.ProductState;
import io.catalog.domain.product.ProductState.ChoiceState;
import io.catalog.domain.product.ProductState.MerchantState;
import io.catalog.domain.product.ProductState.OptionState;
import io.catalog.domain.product.ProductState.VariantState;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.product.subscription.Subscription;
import io.catalog.domain.product.subscription.SubscriptionDetails;
import io.catalog.domain.product.subscription.SubscriptionDiscount;
import io.catalog.domain.product.subscription.SubscriptionFrequency;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductRowsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private static ProductState state(List<VariantState> variants, MerchantState merchant) {
        return new ProductState(
                UUID.randomUUID(),
                "store",
                7,
                "cap",
                UUID.randomUUID(),
                "Cap",
                ProductType.PHYSICAL,
                "",
                "",
                BigDecimal.ZERO,
                true,
                "USD",
                new BigDecimal("10.00"),
                DiscountType.NONE,
                BigDecimal.ZERO,
                false,
                null,
                true,
                null,
                !variants.isEmpty(),
                List.of(new OptionState(
                        "Size", OptionType.DROP_DOWN, List.of(new ChoiceState(1, "S", "", true, true)))),
                variants,
                List.of(),
                2,
                T0,
                T0,
                1,
                merchant,
                Merchandising.initial(Handle.fromSlug(Slug.parse("cap"))),
                ProductDetails.NONE,
                Modifiers.NONE,
                SubscriptionDetails.NONE);
    }

    private static ProductState roundTrip(ProductState state) {
        String productId = state.id().toString();
        return ProductRows.toState(
                ProductRows.newProduct(state),
                ProductRows.choices(state),
                state.variants().stream()
                        .map(v -> ProductRows.variant(productId, v))
                        .toList(),
                List.of());
    }

    @Test
    void costsBarcodesAndDiscountedPricesAreStoredAndReadBack() {
        VariantState variant = new VariantState(
                "00000000-0000-0000-0000-000000000001",
                new BigDecimal("10.00"),
                "S",
                null,
                true,
                null,
                null,
                null,
                new BigDecimal("8.00"),
                new BigDecimal("6.50"),
                "4006381333931");
        ProductState state = state(List.of(variant), new MerchantState(new BigDecimal("3.25"), "CAP-1"));

        ProductState back = roundTrip(state);

        assertThat(back.merchant()).isEqualTo(state.merchant());
        assertThat(back.variants()).containsExactly(variant);
    }

    @Test
    void aProductWithoutThemReadsBackWithout() {
        ProductState back = roundTrip(state(List.of(), MerchantState.NONE));

        assertThat(back.merchant()).isEqualTo(MerchantState.NONE);
        assertThat(back.modifiers()).isEqualTo(Modifiers.NONE);
    }

    @Test
    void modifiersAreStoredWithTheProductRowAndReadBack() {
        ProductState plain = state(List.of(), MerchantState.NONE);
        Modifiers modifiers = Modifiers.NONE.replacedBy(
                List.of(ModifierSpec.freeText("Engraving", 20, true)), Currency.getInstance(plain.currency()));
        ProductState state = new ProductState(
                plain.id(),
                plain.storeId(),
                plain.numericId(),
                plain.slug(),
                plain.inventoryItemId(),
                plain.name(),
                plain.productType(),
                plain.description(),
                plain.sku(),
                plain.weight(),
                plain.visible(),
                plain.currency(),
                plain.price(),
                plain.discountType(),
                plain.discountValue(),
                plain.trackInventory(),
                plain.quantity(),
                plain.inStock(),
                plain.warningLimit(),
                plain.manageVariants(),
                plain.options(),
                plain.variants(),
                plain.media(),
                plain.nextChoiceKey(),
                plain.created(),
                plain.lastUpdated(),
                plain.revision(),
                plain.merchant(),
                plain.merchandising(),
                ProductDetails.NONE,
                modifiers,
                SubscriptionDetails.NONE);

        assertThat(ProductRows.newProduct(state).modifiers).contains("\"Engraving\"");
        assertThat(roundTrip(state).modifiers()).isEqualTo(modifiers);
    }

    @Test
    void subscriptionsAreStoredOnTheRowAndReadBack() {
        Currency usd = Currency.getInstance("USD");
        SubscriptionDetails subscriptions = new SubscriptionDetails(
                List.of(
                        new Subscription(
                                "4b9c3f0e-3c1a-4e8b-9a51-5d0f6f7d2a10",
                                "Monthly",
                                "Every \"month\"",
                                true,
                                SubscriptionFrequency.MONTH,
                                2,
                                12,
                                SubscriptionDiscount.percent(new BigDecimal("12.5"))),
                        new Subscription(
                                "0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11",
                                "Weekly",
                                null,
                                false,
                                SubscriptionFrequency.WEEK,
                                1,
                                null,
                                SubscriptionDiscount.amount(new Money(new BigDecimal("2.5"), usd))),
                        new Subscription(
                                "1f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11",
                                "Yearly",
                                null,
                                true,
                                SubscriptionFrequency.YEAR,
                                1,
                                null,
                                null)),
                true);
        ProductState s = state(List.of(), MerchantState.NONE);
        ProductState state = new ProductState(
                s.id(),
                s.storeId(),
                s.numericId(),
                s.slug(),
                s.inventoryItemId(),
                s.name(),
                s.productType(),
                s.description(),
                s.sku(),
                s.weight(),
                s.visible(),
                s.currency(),
                s.price(),
                s.discountType(),
                s.discountValue(),
                s.trackInventory(),
                s.quantity(),
                s.inStock(),
                s.warningLimit(),
                s.manageVariants(),
                s.options(),
                s.variants(),
                s.media(),
                s.nextChoiceKey(),
                s.created(),
                s.lastUpdated(),
                s.revision(),
                s.merchant(),
                s.merchandising(),
                ProductDetails.NONE,
                Modifiers.NONE,
                subscriptions);

        ProductEntity row = ProductRows.newProduct(state);
        ProductState back = roundTrip(state);

        assertThat(row.allowOneTimePurchases).isTrue();
        assertThat(row.subscriptions).contains("\"percentOff\":12.5").contains("\"amountOff\":2.50");
        assertThat(back.subscriptions()).isEqualTo(subscriptions);
    }
}
