package io.catalog.domain.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Request to change a product, in API terms: {@code null} means "not sent, leave unchanged". An empty
 * {@code options} list removes all options. Field meanings as in {@link CreateProductCommand}.
 *
 * @param warningLimit   {@code null}: not sent; empty: remove the warning limit; else the new limit
 * @param inventoryDelta Ecwid's {@code inventoryDelta}: add this (negative: take away) to the tracked quantity,
 *                       atomically, as an increment or decrement does; {@code null}: not sent
 */
public record UpdateProductCommand(
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
        Optional<Integer> warningLimit,
        Integer inventoryDelta) {

    public UpdateProductCommand {
        options = options == null ? null : List.copyOf(options);
    }

    /** Leaving the warning limit and the quantity as they are. */
    public UpdateProductCommand(
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
                null,
                null);
    }
}
