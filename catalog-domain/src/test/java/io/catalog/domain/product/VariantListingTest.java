package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.money.PriceData;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantListingTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Money PRICE = new Money(new BigDecimal("10"), USD);
    private static final Weight WEIGHT = new Weight(new BigDecimal("0.5"));
    private static final Sku SKU = new Sku("TS");
    private static final OptionSet OPTIONS =
            OptionSet.built(List.of(dropDown("Size", "S", "M"), dropDown("Color", "Red", "Blue")));

    private static VariantId variant(int index) {
        return OptionSet.idOf(OPTIONS.combinations().at(index));
    }

    private static VariantListing unmanaged() {
        return new VariantListing(
                OPTIONS,
                false,
                new VariantTable(Map.of()),
                PRICE,
                Discount.NONE,
                WEIGHT,
                SKU,
                Stock.tracked(7),
                MerchantData.NONE);
    }

    /** Variant 1 with a price, weight, SKU and stock of its own; variant 2 hidden. */
    private static VariantListing managed() {
        Map<VariantId, VariantOverrides> data = new LinkedHashMap<>(VariantTable.forCombinations(OPTIONS, Map.of()));
        data.put(
                variant(1),
                new VariantOverrides(
                        new Money(new BigDecimal("12"), USD), new Sku("TS-SB"), Weight.ZERO, true, Stock.tracked(2)));
        data.put(variant(2), VariantOverrides.DEFAULT.withVisible(false));
        return new VariantListing(
                OPTIONS,
                true,
                new VariantTable(data),
                PRICE,
                Discount.NONE,
                WEIGHT,
                SKU,
                Stock.tracked(7),
                MerchantData.NONE);
    }

    @Test
    void unmanagedCombinationsBehaveAsTheProduct() {
        Variant variant = unmanaged().at(3);

        assertThat(variant.id()).isEqualTo(variant(3));
        assertThat(variant.choices()).containsExactly(Map.entry("Size", "M"), Map.entry("Color", "Blue"));
        assertThat(variant.priceData()).isEqualTo(PriceData.of(PRICE, Discount.NONE));
        assertThat(variant.weight()).isEqualTo(WEIGHT);
        assertThat(variant.sku()).isEqualTo(SKU);
        assertThat(variant.visible()).isTrue();
        assertThat(variant.stock()).isEqualTo(Stock.tracked(7));
    }

    @Test
    void aManagedVariantHasItsOwnValuesOrInheritsTheProducts() {
        VariantListing listing = managed();

        Variant own = listing.find(variant(1)).orElseThrow();
        assertThat(own.priceData()).isEqualTo(PriceData.of(new Money(new BigDecimal("12"), USD), Discount.NONE));
        assertThat(own.sku()).isEqualTo(new Sku("TS-SB"));
        assertThat(own.weight()).isEqualTo(Weight.ZERO);
        assertThat(own.stock()).isEqualTo(Stock.tracked(2));
        Variant inheriting = listing.find(variant(0)).orElseThrow();
        assertThat(inheriting.priceData()).isEqualTo(PriceData.of(PRICE, Discount.NONE));
        assertThat(inheriting.sku()).isEqualTo(Sku.NONE);
        assertThat(inheriting.weight()).isEqualTo(WEIGHT);
        assertThat(inheriting.stock()).isEqualTo(Stock.tracked(7));
        assertThat(listing.find(VariantId.DEFAULT)).isEmpty();
    }

    @Test
    void pagesAndMatchesFollowTheOptionOrder() {
        VariantListing listing = unmanaged();

        assertThat(listing.page(1, 2)).extracting(Variant::id).containsExactly(variant(1), variant(2));
        assertThat(listing.matching(Map.of("Color", "Red"), 0, 10))
                .extracting(Variant::id)
                .containsExactly(variant(0), variant(2));
        assertThat(listing.countMatching(Map.of("Size", "M"))).isEqualTo(2);
        assertInvalid(() -> listing.page(-1, 2), "offset", ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void aQueryLeavesHiddenManagedVariantsOutUnlessAsked() {
        VariantListing listing = managed();

        VariantQuery.Page visible = listing.query(new VariantQuery(Map.of(), List.of(), 0, 10, false));
        assertThat(visible.variants()).extracting(Variant::id).containsExactly(variant(0), variant(1), variant(3));
        assertThat(visible.totalResults()).isEqualTo(3);
        assertThat(listing.query(new VariantQuery(Map.of(), List.of(), 0, 10, true))
                        .totalResults())
                .isEqualTo(4);
        VariantQuery.Page byId = listing.query(new VariantQuery(null, List.of(variant(2), variant(3)), 0, 10, false));
        assertThat(byId.variants()).extracting(Variant::id).containsExactly(variant(3));
        assertThat(listing.inventoryVariants(true)).hasSize(3);
        assertThat(listing.inventoryVariants(false)).hasSize(4);
        assertThat(unmanaged().inventoryVariants(false)).isEmpty();
    }

    @Test
    void theStockHolderIsTheManagedVariantOrElseTheProduct() {
        assertThat(managed().stockHolder(variant(2), "variantId")).isEqualTo(variant(2));
        assertThat(unmanaged().stockHolder(variant(2), "variantId")).isNull();
        assertThat(unmanaged().stockHolder(VariantId.DEFAULT, "variantId")).isNull();
        assertInvalid(
                () -> managed().stockHolder(VariantId.DEFAULT, "variants[0].variantId"),
                "variants[0].variantId",
                ErrorCodes.UNKNOWN_VARIANT);
        assertThat(managed().stockOf(VariantOverrides.DEFAULT)).isEqualTo(Stock.tracked(7));
    }
}
