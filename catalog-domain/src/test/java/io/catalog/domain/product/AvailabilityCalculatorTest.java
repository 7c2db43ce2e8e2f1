package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.product.AvailabilityCalculator.ChoiceAvailability;
import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvailabilityCalculatorTest {

    private static final Money PRICE = new Money(new BigDecimal("10"), Currency.getInstance("USD"));
    /** Size S, M (keys 1, 2); Color Red, Blue (keys 3, 4). */
    private static final OptionSet OPTIONS =
            OptionSet.built(List.of(dropDown("Size", "S", "M"), dropDown("Color", "Red", "Blue")));

    private static final ChoiceKey S = new ChoiceKey(1);
    private static final ChoiceKey M = new ChoiceKey(2);
    private static final ChoiceKey RED = new ChoiceKey(3);
    private static final ChoiceKey BLUE = new ChoiceKey(4);

    private static VariantId variant(int index) {
        return OptionSet.idOf(OPTIONS.combinations().at(index));
    }

    private static AvailabilityCalculator calculator(
            boolean managed, Map<VariantId, VariantOverrides> data, Stock stock) {
        VariantListing listing = new VariantListing(
                OPTIONS,
                managed,
                new VariantTable(data),
                PRICE,
                Discount.NONE,
                Weight.ZERO,
                Sku.NONE,
                stock,
                MerchantData.NONE);
        MediaGallery media = MediaGallery.EMPTY.withAdded(
                List.of(new NewMedia(
                        MediaItem.ofMediaId("red.jpg", "https://static.wixstatic.com/media/", null), "Color", "Red")),
                OPTIONS,
                ProductId.random());
        return new AvailabilityCalculator(listing, media);
    }

    /** Managed: (S, Red) out of stock, (S, Blue) hidden, (M, Red) and (M, Blue) in stock by the product. */
    private static AvailabilityCalculator managed() {
        Map<VariantId, VariantOverrides> data = new LinkedHashMap<>(VariantTable.forCombinations(OPTIONS, Map.of()));
        data.put(variant(0), VariantOverrides.DEFAULT.withStock(Stock.tracked(0)));
        data.put(variant(1), VariantOverrides.DEFAULT.withVisible(false));
        return calculator(true, data, Stock.IN_STOCK);
    }

    private static List<Boolean> visibleOf(OptionView view) {
        return view.choices().stream().map(ChoiceView::visible).toList();
    }

    private static List<Boolean> inStockOf(OptionView view) {
        return view.choices().stream().map(ChoiceView::inStock).toList();
    }

    @Test
    void managedChoicesAreAvailableAsTheirVisibleVariantsAre() {
        Map<ChoiceKey, ChoiceAvailability> derived = managed().derived();

        assertThat(derived)
                .containsEntry(S, new ChoiceAvailability(false, true))
                .containsEntry(M, new ChoiceAvailability(true, true))
                .containsEntry(RED, new ChoiceAvailability(true, true))
                .containsEntry(BLUE, new ChoiceAvailability(true, true));
        assertThat(managed().inStock()).isTrue();
        List<OptionView> views = managed().optionViews();
        assertThat(inStockOf(views.get(0))).containsExactly(false, true);
        assertThat(views.get(1).choices().get(0).media())
                .extracting(MediaItem::id)
                .containsExactly("red.jpg");
    }

    @Test
    void unmanagedChoicesBehaveAsTheProduct() {
        AvailabilityCalculator calculator = calculator(false, Map.of(), Stock.untracked(false));

        assertThat(calculator.derived().values()).containsOnly(new ChoiceAvailability(false, true));
        assertThat(calculator.inStock()).isFalse();
        assertThat(calculator.availability(Map.of("Size", "S")).productOptions())
                .allSatisfy(view -> assertThat(visibleOf(view)).containsOnly(true));
    }

    @Test
    void aProductReadWithoutItsVariantsIsSummarizedFromTheStoredAvailability() {
        Map<ChoiceKey, ChoiceAvailability> stored = Map.of(
                S,
                new ChoiceAvailability(false, false),
                M,
                new ChoiceAvailability(false, true),
                RED,
                new ChoiceAvailability(false, true),
                BLUE,
                new ChoiceAvailability(false, true));

        assertThat(AvailabilityCalculator.inStockAsStored(OPTIONS, stored)).isFalse();
        assertThat(visibleOf(AvailabilityCalculator.optionViews(OPTIONS, MediaGallery.EMPTY, stored)
                        .get(0)))
                .containsExactly(false, true);
        assertThat(AvailabilityCalculator.optionViews(
                        OPTIONS, managed().media(), managed().derived()))
                .isEqualTo(managed().optionViews());
    }

    @Test
    void aSelectionShowsWhatTheOtherOptionsChoicesLeadTo() {
        OptionsAvailability availability = managed().availability(Map.of("Size", "S"));

        assertThat(visibleOf(availability.productOptions().get(1))).containsExactly(true, false);
        assertThat(inStockOf(availability.productOptions().get(1))).containsExactly(false, false);
        assertThat(availability.selectedVariant()).isEmpty();

        OptionsAvailability chosen = managed().availability(Map.of("Size", "M", "Color", "red"));
        assertThat(chosen.selectedVariant()).map(Variant::id).contains(variant(2));
        assertThat(chosen.availableForPurchase()).isTrue();
        assertThat(chosen.media()).extracting(MediaItem::id).containsExactly("red.jpg");
        assertInvalid(
                () -> managed().availability(Map.of("Shape", "Round")), "options.Shape", ErrorCodes.UNKNOWN_OPTION);
    }

    @Test
    void aStorefrontSeesNeitherHiddenChoicesNorAHiddenSelectedVariant() {
        Map<VariantId, VariantOverrides> data = new LinkedHashMap<>(VariantTable.forCombinations(OPTIONS, Map.of()));
        data.put(variant(0), VariantOverrides.DEFAULT.withVisible(false));
        data.put(variant(1), VariantOverrides.DEFAULT.withVisible(false));
        AvailabilityCalculator calculator = calculator(true, data, Stock.IN_STOCK);

        OptionsAvailability storefront = calculator.storefrontAvailability(Map.of());
        assertThat(storefront.productOptions().get(0).choices())
                .extracting(ChoiceView::value)
                .containsExactly("M");
        assertThat(storefront.productOptions().get(1).choices()).hasSize(2);
        assertInvalid(
                        () -> calculator.storefrontAvailability(Map.of("size", "S")),
                        "options.size",
                        ErrorCodes.UNKNOWN_CHOICE)
                .hasMessage("options.size has no choice \"S\"");

        AvailabilityCalculator oneHidden = managed();
        assertThat(oneHidden.availability(Map.of("Size", "S", "Color", "Blue")).selectedVariant())
                .isPresent();
        assertThat(oneHidden
                        .storefrontAvailability(Map.of("Size", "S", "Color", "Blue"))
                        .selectedVariant())
                .isEmpty();
    }
}
