package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.product.ProductSummaryTest.withoutVariants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ProductVariants#inStock()}: whether the product can be bought, which managed variants decide; and
 * {@link ProductSummary#inStock()} of a product read without them.
 */
class ProductInStockTest {

    private static VariantUpdate stockOf(String size, Stock stock) {
        return new VariantUpdate(null, Map.of("Size", size), null, null, null, null, stock);
    }

    private static VariantUpdate hide(String size) {
        return new VariantUpdate(null, Map.of("Size", size), null, null, null, false, null);
    }

    /** As a page answers it: read without its variants, from the availability stored with its choices. */
    private static ProductSummary asAnswered(Product product) {
        return ProductSummary.readWithoutVariants(withoutVariants(product.state()));
    }

    @Test
    void withoutManagedVariantsTheProductsStockDecides() {
        assertThat(aProduct().withStock(Stock.tracked(0)).build().variants().inStock())
                .isFalse();
        assertThat(aProduct()
                        .withStock(Stock.tracked(2))
                        .withSizesAndColors()
                        .build()
                        .variants()
                        .inStock())
                .isTrue();
        assertThat(aProduct()
                        .withStock(Stock.untracked(false))
                        .build()
                        .variants()
                        .inStock())
                .isFalse();
    }

    @Test
    void aVisibleVariantWithStockOfItsOwnPutsTheProductInStock() {
        Product product = aProduct()
                .withStock(Stock.tracked(0))
                .withOption(dropDown("Size", "S", "M"))
                .managingVariants()
                .build();
        assertThat(product.variants().inStock())
                .as("every variant inherits the product's 0")
                .isFalse();

        product.updateVariants(List.of(stockOf("M", Stock.tracked(4))), T1);

        assertThat(product.stock().inStock()).as("the product's own stock").isFalse();
        assertThat(product.variants().inStock()).isTrue();
        assertThat(asAnswered(product).inStock()).isTrue();
    }

    @Test
    void hiddenVariantsInStockDoNotPutItInStock() {
        Product product = aProduct()
                .withStock(Stock.tracked(0))
                .withOption(dropDown("Size", "S", "M"))
                .managingVariants()
                .build();
        product.updateVariants(List.of(stockOf("M", Stock.tracked(4)), hide("M")), T1);

        assertThat(product.variants().inStock()).isFalse();
        assertThat(asAnswered(product).inStock()).isFalse();
    }

    @Test
    void variantsInheritingTheProductsStockFollowIt() {
        Product product = aProduct()
                .withStock(Stock.tracked(3))
                .withSizesAndColors()
                .managingVariants()
                .build();
        assertThat(product.variants().inStock()).isTrue();

        product.updateVariants(List.of(stockOf("S", Stock.tracked(0)), stockOf("M", Stock.tracked(0))), T1);
        assertThat(product.variants().inStock()).as("L inherits 3").isTrue();

        product.changeStock(Stock.tracked(0), T1);
        assertThat(product.variants().inStock()).isFalse();
        assertThat(asAnswered(product).inStock()).isFalse();
    }

    @Test
    void aProductManagingTheVariantOfNoOptionsIsReadWithIt() {
        Product product =
                aProduct().withStock(Stock.tracked(1)).managingVariants().build();

        assertThat(product.variants().inStock()).isTrue();
        assertThatThrownBy(() -> asAnswered(product))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("read it with its variants");
    }
}
