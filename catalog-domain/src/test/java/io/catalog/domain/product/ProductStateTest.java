package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.money.Discount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductStateTest {

    private static Product richProduct() {
        Product product = aProduct()
                .withSizesAndColors()
                .withSku("TS")
                .weighing("0.25")
                .withDiscount(Discount.percent(new BigDecimal("12.5")))
                .withStock(Stock.tracked(9))
                .managingVariants()
                .build();
        product.updateVariants(
                List.of(new VariantUpdate(
                        List.of(product.variants().at(2).id()),
                        null,
                        new BigDecimal("11"),
                        new Sku("V"),
                        new Weight(BigDecimal.TEN),
                        false,
                        Stock.untracked(false))),
                T1);
        return product;
    }

    @Test
    void stateRoundTripsThroughReconstitution() {
        Product product = richProduct();

        Product reloaded = Product.reconstitute(product.state());

        assertThat(reloaded.state()).isEqualTo(product.state());
        assertThat(reloaded.variants().page(0, 10)).isEqualTo(product.variants().page(0, 10));
        assertThat(reloaded.variants().optionViews())
                .isEqualTo(product.variants().optionViews());
        assertThat(reloaded.hasChanges()).isFalse();
    }

    @Test
    void stateIsFlatForRelationalMapping() {
        ProductState state = richProduct().state();

        assertThat(state.currency()).isEqualTo("USD");
        assertThat(state.options()).extracting(ProductState.OptionState::name).containsExactly("Size", "Color");
        assertThat(state.options().get(1).choices())
                .containsExactly(
                        new ProductState.ChoiceState(4, "#ff0000", "Red", true, true),
                        new ProductState.ChoiceState(5, "#008000", "Green", true, true));
        assertThat(state.variants())
                .hasSize(6)
                .filteredOn(variant -> variant.price() != null)
                .singleElement()
                .satisfies(variant -> {
                    assertThat(variant.sku()).isEqualTo("V");
                    assertThat(variant.trackInventory()).isFalse();
                    assertThat(variant.inStock()).isFalse();
                });
        assertThat(state.withRevision(5).revision()).isEqualTo(5);
    }

    @Test
    void reconstitutionKeepsTheStoredRevision() {
        Product product = Product.reconstitute(aProduct().build().state().withRevision(42));

        assertThat(product.revision()).isEqualTo(42);
    }

    @Test
    void corruptStateIsRefused() {
        ProductState state = richProduct().state();
        ProductState missingVariant = new ProductState(
                state.id(),
                state.storeId(),
                state.numericId(),
                state.slug(),
                state.inventoryItemId(),
                state.name(),
                state.productType(),
                state.description(),
                state.sku(),
                state.weight(),
                state.visible(),
                state.currency(),
                state.price(),
                state.discountType(),
                state.discountValue(),
                state.trackInventory(),
                state.quantity(),
                state.inStock(),
                state.warningLimit(),
                state.manageVariants(),
                state.options(),
                state.variants().subList(1, 6),
                state.media(),
                state.nextChoiceKey(),
                state.created(),
                state.lastUpdated(),
                state.revision(),
                state.merchant(),
                state.merchandising(),
                state.details(),
                state.modifiers(),
                state.subscriptions());

        assertThatThrownBy(() -> Product.reconstitute(missingVariant))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored variants for");
    }
}
