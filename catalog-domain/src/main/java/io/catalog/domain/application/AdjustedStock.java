package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.VariantId;
import java.util.List;
import java.util.Objects;

/**
 * The result of a stock adjustment call for one product: the product as stored afterwards and the variants the
 * call adjusted, in the order the call first named them.
 */
public record AdjustedStock(Product product, List<VariantId> variantIds) {

    public AdjustedStock {
        Objects.requireNonNull(product, "product");
        variantIds = List.copyOf(variantIds);
    }
}
