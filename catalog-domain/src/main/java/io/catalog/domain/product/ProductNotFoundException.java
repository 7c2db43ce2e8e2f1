package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.NotFoundException;

/** No product with the given id exists in the caller's store. */
public final class ProductNotFoundException extends NotFoundException {

    private final ProductId productId;

    public ProductNotFoundException(ProductId productId) {
        super(ErrorCodes.PRODUCT_NOT_FOUND, "product " + productId + " was not found");
        this.productId = productId;
    }

    public ProductId productId() {
        return productId;
    }
}
