package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.shared.ErrorCodes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a storefront sees of a product's hidden choices and variants: availability and inventory. */
class ProductStorefrontViewTest {

    /** Size S, M, L x Color Red, Green, managed; every Red variant hidden, so the Red choice is hidden. */
    private static Product redHidden() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        product.updateVariants(
                List.of(new VariantUpdate(null, Map.of("Color", "Red"), null, null, null, false, null)), T1);
        return product;
    }

    private static List<String> colors(OptionsAvailability availability) {
        return availability.productOptions().stream()
                .filter(view -> view.name().equals("Color"))
                .findFirst()
                .orElseThrow()
                .choices()
                .stream()
                .map(ChoiceView::value)
                .toList();
    }

    @Test
    void storefrontAvailabilityLeavesOutTheChoicesTheProductHides() {
        Product product = redHidden();

        assertThat(colors(product.variants().availability(Map.of()))).hasSize(2);
        assertThat(colors(product.variants().storefrontAvailability(Map.of())))
                .hasSize(1)
                .containsExactlyElementsOf(product.variants().optionViews().get(1).choices().stream()
                        .filter(ChoiceView::visible)
                        .map(ChoiceView::value)
                        .toList());
        assertThat(colors(product.variants().storefrontAvailability(Map.of("Size", "M"))))
                .hasSize(1);
        assertThat(product.variants()
                        .storefrontAvailability(Map.of())
                        .productOptions()
                        .get(0)
                        .choices())
                .hasSize(3);
    }

    @Test
    void aStorefrontSelectingAHiddenChoiceSelectsAnUnknownChoice() {
        Product product = redHidden();
        String red = product.variants().optionViews().get(1).choices().stream()
                .filter(c -> !c.visible())
                .findFirst()
                .orElseThrow()
                .value();

        assertThat(product.variants()
                        .availability(Map.of("Size", "S", "Color", red))
                        .selectedVariant())
                .isPresent();
        assertInvalid(
                () -> product.variants().storefrontAvailability(Map.of("Size", "S", "Color", red)),
                "options.Color",
                ErrorCodes.UNKNOWN_CHOICE);
    }

    @Test
    void aStorefrontsInventoryListsOnlyVisibleVariants() {
        Product product = redHidden();

        assertThat(product.variants().forInventory(false)).hasSize(6);
        assertThat(product.variants().forInventory(true)).hasSize(3).allMatch(Variant::visible);
        assertThat(aProduct().build().variants().forInventory(true))
                .as("not managed: the product's own stock")
                .isEmpty();
    }
}
