package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aNewProduct;
import static io.catalog.domain.application.ProductUseCases.OTHER_STORE;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.shared.ErrorCodes;
import org.junit.jupiter.api.Test;

class GetProductServiceTest {

    private final ProductUseCases app = new ProductUseCases("ILS");
    private final GetProductService service = app.reading;

    @Test
    void getHidesProductsOfOtherStores() {
        Product product = app.creation.create(STORE, aNewProduct("Mug").build());

        assertThat(service.get(STORE, product.id()).name()).isEqualTo(product.name());
        assertThatThrownBy(() -> service.get(OTHER_STORE, product.id()))
                .isInstanceOf(ProductNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.PRODUCT_NOT_FOUND);
    }
}
