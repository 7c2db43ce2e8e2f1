package io.catalog.domain.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Request to create a product, in API terms. Only {@code name} is required; a {@code null} component takes the
 * product default, and without {@code slug} one is derived from the name and made unique.
 *
 * @param productType  {@code "unspecified_product_type"}, {@code "physical"} or {@code "digital"}
 * @param discountType {@code "NONE"}, {@code "AMOUNT"} or {@code "PERCENT"}
 * @param warningLimit Ecwid's low-stock threshold, 1 to 99,999,999, or {@code null} for none
 */
public record CreateProductCommand(
        String name,
        String productType,
        String description,
        String sku,
        BigDecimal weight,
        Boolean visible,
        BigDecimal price,
        String discountType,
        BigDecimal discountValue,
        Boolean trackInventory,
        Integer quantity,
        Boolean inStock,
        Boolean manageVariants,
        List<OptionCommand> options,
        String slug,
        Integer warningLimit) {

    public CreateProductCommand {
        options = options == null ? null : List.copyOf(options);
    }

    /** Without a warning limit. */
    public CreateProductCommand(
            String name,
            String productType,
            String description,
            String sku,
            BigDecimal weight,
            Boolean visible,
            BigDecimal price,
            String discountType,
            BigDecimal discountValue,
            Boolean trackInventory,
            Integer quantity,
            Boolean inStock,
            Boolean manageVariants,
            List<OptionCommand> options,
            String slug) {
        this(
                name,
                productType,
                description,
                sku,
                weight,
                visible,
                price,
                discountType,
                discountValue,
                trackInventory,
                quantity,
                inStock,
                manageVariants,
                options,
                slug,
                null);
    }
}
