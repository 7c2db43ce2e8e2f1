package io.catalog.domain.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request to change a product, in API terms: {@code null} means "not sent, leave unchanged". An empty
 * {@code options} list removes all options. Field meanings as in {@link CreateProductCommand}.
 */
public record UpdateProductCommand(String name, String productType, String description, String sku,
                                   BigDecimal weight, Boolean visible, BigDecimal price, String discountType,
                                   BigDecimal discountValue, Boolean trackInventory, Integer quantity,
                                   Boolean inStock, Boolean manageVariants, List<OptionCommand> options,
                                   String slug) {

    public UpdateProductCommand {
        options = options == null ? null : List.copyOf(options);
    }
}
