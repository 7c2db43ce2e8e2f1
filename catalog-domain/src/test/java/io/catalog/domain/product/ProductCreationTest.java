package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.STORE;
import static io.catalog.domain.product.ProductBuilder.T0;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ProductCreationTest {

    @Test
    void newProductTakesTheDefaults() {
        Product product = Product.create(
                ProductId.random(),
                STORE,
                7,
                Slug.parse("mug"),
                Currency.getInstance("EUR"),
                NewProduct.named(new ProductName("Mug")),
                T0);

        assertThat(product.numericId()).isEqualTo(7);
        assertThat(product.productType()).isEqualTo(ProductType.PHYSICAL);
        assertThat(product.description()).isEqualTo(Description.EMPTY);
        assertThat(product.sku()).isEqualTo(Sku.NONE);
        assertThat(product.weight()).isEqualTo(Weight.ZERO);
        assertThat(product.visible()).isTrue();
        assertThat(product.priceData().formattedPrice()).isEqualTo("€0.00");
        assertThat(product.discount()).isEqualTo(Discount.NONE);
        assertThat(product.stock()).isEqualTo(Stock.untracked(true));
        assertThat(product.manageVariants()).isFalse();
        assertThat(product.options()).isEmpty();
        assertThat(product.inventoryItemId()).isNotNull();
        assertThat(product.revision()).isEqualTo(1);
        assertThat(product.created()).isEqualTo(T0);
        assertThat(product.lastUpdated()).isEqualTo(T0);
        assertThat(product.hasChanges()).isFalse();
    }

    @Test
    void priceIsInTheStoreCurrencyRoundedToItsMinorUnit() {
        Product product = aProduct().inCurrency("JPY").pricedAt("1500.5").build();

        assertThat(product.price().amount()).isEqualTo(new BigDecimal("1501"));
        assertThat(product.priceData().formattedPrice()).isEqualTo("¥1501");
    }

    @Test
    void priceErrorsAreReportedOnPrice() {
        assertInvalid(() -> aProduct().pricedAt("-1").build(), "price", ErrorCodes.OUT_OF_RANGE)
                .hasMessageStartingWith("price must be between 0 and 999999999.99");
        assertInvalid(() -> aProduct().pricedAt("1000000000").build(), "price", ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void optionErrorsAreReportedOnTheirDomainPath() {
        assertInvalid(
                        () -> aProduct()
                                .withOption(dropDown("Size", "S"))
                                .withOption(dropDown("Fit", " "))
                                .build(),
                        "options[1].choices[0].value",
                        ErrorCodes.REQUIRED)
                .hasMessage("options[1].choices[0].value must not be empty");
    }

    @Test
    void choicesGetConsecutiveKeysFromOne() {
        Product product = aProduct().withSizesAndColors().build();

        assertThat(product.options())
                .flatExtracting(ProductOption::choices)
                .extracting(c -> c.key().value())
                .containsExactly(1, 2, 3, 4, 5);
        assertThat(product.state().nextChoiceKey()).isEqualTo(6);
    }

    @Test
    void managedProductStoresDataForEveryCombination() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();

        assertThat(product.state().variants()).hasSize(6);
        assertThat(product.variants().page(0, 10)).allSatisfy(variant -> {
            assertThat(variant.visible()).isTrue();
            assertThat(variant.sku()).isEqualTo(Sku.NONE);
        });
    }
}
