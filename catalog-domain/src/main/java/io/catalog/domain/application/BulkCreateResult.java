package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import io.catalog.domain.shared.CatalogException;

/**
 * The outcome of one item of a bulk creation ({@link CreateProductService#createAll}): the product, or why it was
 * refused.
 *
 * @param index the item's place in the list of commands
 */
public record BulkCreateResult(int index, Product product, CatalogException error) {

    public boolean success() {
        return product != null;
    }
}
