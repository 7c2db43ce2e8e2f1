package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.product.ProductState.ChoiceState;
import io.catalog.domain.product.ProductState.OptionState;

/**
 * A product read for an answer without its variants: its choices' availability is the one stored with them, which
 * {@link Product#state()} derives from the variants at every write.
 */
class ProductReadWithoutVariantsTest {

    /** Size S hidden everywhere; size M out of stock everywhere; the rest visible and in stock. */
    private static Product managed() {
        Product product = aProduct().withSizesAndColors().withStock(Stock.tracked(9)).managingVariants().build();
        product.updateVariants(List.of(
                new VariantUpdate(null, Map.of("Size", "S"), null, null, null, false, null),
                new VariantUpdate(null, Map.of("Size", "M"), null, null, null, null, Stock.untracked(false))), T1);
        return product;
    }

    /** The state as a page reads it: every row but the variants. */
    static ProductState withoutVariants(ProductState s) {
        return new ProductState(s.id(), s.storeId(), s.numericId(), s.slug(), s.inventoryItemId(), s.name(),
                s.productType(), s.description(), s.sku(), s.weight(), s.visible(), s.currency(), s.price(),
                s.discountType(), s.discountValue(), s.trackInventory(), s.quantity(), s.inStock(), s.warningLimit(),
                s.manageVariants(), s.options(), List.of(), s.media(), s.nextChoiceKey(), s.created(),
                s.lastUpdated(), s.revision());
    }

    private static ProductState withOptions(ProductState s, List<OptionState> options) {
        return new ProductState(s.id(), s.storeId(), s.numericId(), s.slug(), s.inventoryItemId(), s.name(),
                s.productType(), s.description(), s.sku(), s.weight(), s.visible(), s.currency(), s.price(),
                s.discountType(), s.discountValue(), s.trackInventory(), s.quantity(), s.inStock(), s.warningLimit(),
                s.manageVariants(), options, s.variants(), s.media(), s.nextChoiceKey(), s.created(),
                s.lastUpdated(), s.revision());
    }

    @Test
    void stateStoresEachChoicesAvailabilityDerivedFromTheVariants() {
        ProductState state = managed().state();

        assertThat(state.choiceAvailabilityStored()).isTrue();
        assertThat(state.options()).flatExtracting(OptionState::choices)
                .extracting(ChoiceState::value, ChoiceState::inStock, ChoiceState::visible)
                .containsExactly(tuple("S", false, false), tuple("M", false, true), tuple("L", true, true),
                        tuple("#ff0000", true, true), tuple("#008000", true, true));
    }

    @Test
    void withoutVariantsTheChoicesShowTheirStoredAvailabilityLikeTheWholeProduct() {
        Product whole = managed();

        Product read = Product.reconstituteWithoutVariants(withoutVariants(whole.state()));

        assertThat(read.optionViews()).isEqualTo(whole.optionViews());
        assertThat(read.optionViews().get(0).choices())
                .extracting(ChoiceView::value, ChoiceView::inStock, ChoiceView::visible)
                .containsExactly(tuple("S", false, false), tuple("M", false, true), tuple("L", true, true));
        assertThat(read.variantCount()).isEqualTo(6);
        assertThat(read.name()).isEqualTo(whole.name());
        assertThat(read.stock()).isEqualTo(whole.stock());
    }

    @Test
    void aChangeOfStockIsStoredInTheChoicesAvailability() {
        Product product = managed();
        VariantId largeRed = product.variantsMatching(Map.of("Size", "L", "Color", "#ff0000"), 0, 1).get(0).id();
        VariantId largeGreen = product.variantsMatching(Map.of("Size", "L", "Color", "#008000"), 0, 1).get(0).id();

        product.updateVariants(List.of(new VariantUpdate(List.of(largeRed, largeGreen), null, null, null, null, null,
                Stock.tracked(0))), T1);

        assertThat(product.state().options()).flatExtracting(OptionState::choices)
                .extracting(ChoiceState::value, ChoiceState::inStock)
                .containsExactly(tuple("S", false), tuple("M", false), tuple("L", false), tuple("#ff0000", false),
                        tuple("#008000", false));
    }

    @Test
    void aProductReadWithoutVariantsCannotBeChangedStoredOrAskedForVariants() {
        Product read = Product.reconstituteWithoutVariants(withoutVariants(managed().state()));

        assertThatThrownBy(() -> read.rename(new ProductName("Other"), T1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("without its variants");
        assertThatThrownBy(() -> read.changeManageVariants(false, T1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(read::state).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read.variants(0, 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> read.availability(Map.of())).isInstanceOf(IllegalStateException.class);
        assertThat(read.hasChanges()).isFalse();
    }

    @Test
    void aProductWithoutManagedVariantsComesWhole() {
        Product unmanaged = aProduct().withSizesAndColors().withStock(Stock.untracked(false)).build();

        Product read = Product.reconstituteWithoutVariants(unmanaged.state());

        assertThat(read.state()).isEqualTo(unmanaged.state());
        assertThat(read.variants(0, 10)).isEqualTo(unmanaged.variants(0, 10));
        assertThat(unmanaged.state().options()).flatExtracting(OptionState::choices)
                .extracting(ChoiceState::inStock, ChoiceState::visible)
                .containsOnly(tuple(false, true));
    }

    @Test
    void choicesStoredWithoutAvailabilityNeedTheVariants() {
        ProductState state = managed().state();
        List<OptionState> unknown = state.options().stream()
                .map(o -> new OptionState(o.name(), o.type(), o.choices().stream()
                        .map(c -> new ChoiceState(c.key(), c.value(), c.description())).toList()))
                .toList();
        ProductState old = withOptions(state, unknown);

        assertThat(old.choiceAvailabilityStored()).isFalse();
        assertThatThrownBy(() -> Product.reconstituteWithoutVariants(withoutVariants(old)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read it with its variants");
        assertThat(Product.reconstitute(old).optionViews()).isEqualTo(managed().optionViews());
    }
}
