package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.ProductState.MediaState;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMementoTest {

    /** Managed sizes and colours, variant 0 hidden, one media item linked to Red and Green, one unlinked. */
    private static Product product() {
        Product product = aProduct()
                .withSizesAndColors()
                .withStock(Stock.tracked(3))
                .managingVariants()
                .build();
        product.updateVariants(
                List.of(new VariantUpdate(
                        List.of(product.variants().at(0).id()), null, new BigDecimal("11"), null, null, false, null)),
                T1);
        String base = "https://static.wixstatic.com/media/";
        product.addMedia(
                List.of(
                        new NewMedia(MediaItem.ofMediaId("a.jpg", base, null), "Color", "Green"),
                        new NewMedia(MediaItem.ofMediaId("b.jpg", base, null), null, null)),
                T1);
        product.linkChoiceMedia(List.of(new ChoiceMedia("Color", "Red", List.of("a.jpg"))), T1);
        return product;
    }

    private static ProductState withNextChoiceKey(ProductState state, int nextChoiceKey) {
        return new ProductState(
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
                state.variants(),
                state.media(),
                nextChoiceKey,
                state.created(),
                state.lastUpdated(),
                state.revision(),
                state.merchant(),
                state.merchandising(),
                state.details(),
                state.modifiers(),
                state.subscriptions());
    }

    @Test
    void aCapturedProductIsRestoredAsItWas() {
        Product product = product();

        ProductState state = ProductMemento.capture(product);
        Product restored = ProductMemento.restore(state);

        assertThat(ProductMemento.capture(restored)).isEqualTo(state);
        assertThat(state.media())
                .containsExactly(
                        new MediaState(
                                "a.jpg",
                                MediaType.IMAGE,
                                "https://static.wixstatic.com/media/a.jpg",
                                "",
                                List.of(4, 5)),
                        new MediaState(
                                "b.jpg", MediaType.IMAGE, "https://static.wixstatic.com/media/b.jpg", "", List.of()));
        assertThat(state.lastUpdated()).isEqualTo(T1);
        assertThat(state.nextChoiceKey()).isEqualTo(6);
        assertThat(restored.mediaOf(new ChoiceKey(4))).extracting(MediaItem::id).containsExactly("a.jpg");
        assertThat(restored.changedFields()).isEmpty();
        assertThat(restored.changedVariantFields()).isEmpty();
    }

    @Test
    void eachChoiceIsStoredWithItsDerivedAvailability() {
        ProductState state = ProductMemento.capture(product());

        assertThat(state.options().get(0).choices())
                .extracting(ProductState.ChoiceState::inStock)
                .containsOnly(true);
        assertThat(state.choiceAvailabilityStored()).isTrue();
    }

    @Test
    void withoutItsVariantsAProductIsSummarizedFromWhatItsChoicesStore() {
        Product product = product();
        ProductState state = ProductMemento.capture(product);
        ProductState withoutVariants = new ProductState(
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
                List.of(),
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

        ProductSummary summarized = ProductMemento.summarize(withoutVariants);

        assertThat(summarized.optionViews()).isEqualTo(product().variants().optionViews());
        assertThat(summarized).isEqualTo(product.summary());
        assertThatThrownBy(() -> ProductMemento.restore(withoutVariants))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("0 stored variants for 6 option combinations");
    }

    @Test
    void storedDataBreakingTheRulesIsRefusedNamingTheProduct() {
        ProductState state = ProductMemento.capture(product());

        assertThatThrownBy(() -> ProductMemento.restore(withNextChoiceKey(state, 3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stored product " + state.id() + " is invalid: nextChoiceKey 3 is not above key 5");
    }
}
