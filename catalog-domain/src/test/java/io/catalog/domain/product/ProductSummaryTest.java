package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.product.ProductState.ChoiceState;
import io.catalog.domain.product.ProductState.OptionState;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ProductSummary}, what an answer without variants shows of a product. Read without the variants, its choices'
 * availability is the one stored with them, which {@link Product#state()} derives from the variants at every write.
 */
class ProductSummaryTest {

    /** Size S hidden everywhere; size M out of stock everywhere; the rest visible and in stock. */
    private static Product managed() {
        Product product = aProduct()
                .withSizesAndColors()
                .withStock(Stock.tracked(9))
                .managingVariants()
                .build();
        product.updateVariants(
                List.of(
                        new VariantUpdate(null, Map.of("Size", "S"), null, null, null, false, null),
                        new VariantUpdate(null, Map.of("Size", "M"), null, null, null, null, Stock.untracked(false))),
                T1);
        return product;
    }

    /** The state as a page reads it: every row but the variants. */
    static ProductState withoutVariants(ProductState s) {
        return new ProductState(
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
                List.of(),
                s.media(),
                s.nextChoiceKey(),
                s.created(),
                s.lastUpdated(),
                s.revision(),
                s.merchant(),
                s.merchandising(),
                s.details(),
                s.modifiers(),
                s.subscriptions());
    }

    private static ProductState withOptions(ProductState s, List<OptionState> options) {
        return new ProductState(
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
                options,
                s.variants(),
                s.media(),
                s.nextChoiceKey(),
                s.created(),
                s.lastUpdated(),
                s.revision(),
                s.merchant(),
                s.merchandising(),
                s.details(),
                s.modifiers(),
                s.subscriptions());
    }

    @Test
    void stateStoresEachChoicesAvailabilityDerivedFromTheVariants() {
        ProductState state = managed().state();

        assertThat(state.choiceAvailabilityStored()).isTrue();
        assertThat(state.options())
                .flatExtracting(OptionState::choices)
                .extracting(ChoiceState::value, ChoiceState::inStock, ChoiceState::visible)
                .containsExactly(
                        tuple("S", false, false),
                        tuple("M", false, true),
                        tuple("L", true, true),
                        tuple("#ff0000", true, true),
                        tuple("#008000", true, true));
    }

    @Test
    void withoutVariantsTheChoicesShowTheirStoredAvailabilityLikeTheWholeProduct() {
        Product whole = managed();

        ProductSummary read = ProductSummary.readWithoutVariants(withoutVariants(whole.state()));

        assertThat(read.optionViews()).isEqualTo(whole.variants().optionViews());
        assertThat(read.optionViews().get(0).choices())
                .extracting(ChoiceView::value, ChoiceView::inStock, ChoiceView::visible)
                .containsExactly(tuple("S", false, false), tuple("M", false, true), tuple("L", true, true));
        assertThat(read.optionViews().stream()
                        .mapToLong(option -> option.choices().size())
                        .reduce(1, (a, b) -> a * b))
                .isEqualTo(whole.variants().count())
                .isEqualTo(6);
        assertThat(read.name()).isEqualTo(whole.name());
        assertThat(read.stock()).isEqualTo(whole.stock());
        assertThat(read).isEqualTo(whole.summary());
    }

    @Test
    void aChangeOfStockIsStoredInTheChoicesAvailability() {
        Product product = managed();
        VariantId largeRed = product.variants()
                .matching(Map.of("Size", "L", "Color", "#ff0000"), 0, 1)
                .get(0)
                .id();
        VariantId largeGreen = product.variants()
                .matching(Map.of("Size", "L", "Color", "#008000"), 0, 1)
                .get(0)
                .id();

        product.updateVariants(
                List.of(new VariantUpdate(
                        List.of(largeRed, largeGreen), null, null, null, null, null, Stock.tracked(0))),
                T1);

        assertThat(product.state().options())
                .flatExtracting(OptionState::choices)
                .extracting(ChoiceState::value, ChoiceState::inStock)
                .containsExactly(
                        tuple("S", false),
                        tuple("M", false),
                        tuple("L", false),
                        tuple("#ff0000", false),
                        tuple("#008000", false));
    }

    @Test
    void theSummaryCannotBeChangedStoredOrAskedForVariants() {
        List<Method> reads = Arrays.stream(ProductSummary.class.getMethods())
                .filter(method -> method.getDeclaringClass() == ProductSummary.class)
                .filter(method -> !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !method.getName().equals("equals"))
                .toList();

        assertThat(reads)
                .extracting(Method::getName)
                .doesNotContain(
                        "rename",
                        "changeManageVariants",
                        "state",
                        "variants",
                        "availability",
                        "hasChanges",
                        "changedFields",
                        "variantCount",
                        "findVariant",
                        "updateInventory",
                        "inventoryChanges");
        assertThat(reads)
                .allSatisfy(method -> assertThat(method.getParameterCount())
                        .as(method.getName())
                        .isZero());
        assertThat(ProductSummary.class.getRecordComponents()).hasSize(25);
        assertThat(ProductSummary.readWithoutVariants(withoutVariants(managed().state()))
                        .optionViews())
                .isUnmodifiable();
    }

    @Test
    void theWholeProductHasNoModeWithoutVariants() {
        assertThatThrownBy(() -> Product.reconstitute(withoutVariants(managed().state())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0 stored variants for 6 option combinations");
    }

    @Test
    void aProductWithoutManagedVariantsIsSummarizedWhole() {
        Product unmanaged = aProduct()
                .withSizesAndColors()
                .withStock(Stock.untracked(false))
                .build();

        ProductSummary read = ProductSummary.readWithoutVariants(unmanaged.state());

        assertThat(read).isEqualTo(unmanaged.summary());
        assertThat(read).isEqualTo(Product.reconstitute(unmanaged.state()).summary());
        assertThat(read.optionViews()).isEqualTo(unmanaged.variants().optionViews());
        assertThat(read.inStock()).isFalse();
        assertThat(unmanaged.state().options())
                .flatExtracting(OptionState::choices)
                .extracting(ChoiceState::inStock, ChoiceState::visible)
                .containsOnly(tuple(false, true));
    }

    @Test
    void choicesStoredWithoutAvailabilityNeedTheVariants() {
        ProductState state = managed().state();
        List<OptionState> unknown = state.options().stream()
                .map(o -> new OptionState(
                        o.name(),
                        o.type(),
                        o.choices().stream()
                                .map(c -> new ChoiceState(c.key(), c.value(), c.description()))
                                .toList()))
                .toList();
        ProductState old = withOptions(state, unknown);

        assertThat(old.choiceAvailabilityStored()).isFalse();
        assertThatThrownBy(() -> ProductSummary.readWithoutVariants(withoutVariants(old)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read it with its variants");
        assertThat(Product.reconstitute(old).variants().optionViews())
                .isEqualTo(managed().variants().optionViews());
    }
}
