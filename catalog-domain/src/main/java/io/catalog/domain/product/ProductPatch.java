package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The changes asked of a product's own fields, in domain values: each {@code null} component is "not sent, leave
 * unchanged". {@link Product#apply} applies them in one go; the slug, which must be claimed in the store first, is
 * the use case's to apply.
 *
 * @param price        in the product's currency
 * @param discount     the discount parts sent, applied to the current discount
 * @param stock        the stock parts sent, applied to the current stock
 * @param options      all options, replacing the current ones; empty removes them all
 * @param warningLimit the warning limit to set or remove
 * @param merchandising the changes of the product's merchandising
 * @param modifiers    the modifiers to replace (all, or the free texts only)
 */
public record ProductPatch(
        ProductName name,
        ProductType type,
        Description description,
        Sku sku,
        Weight weight,
        Boolean visible,
        BigDecimal price,
        DiscountChange discount,
        StockChange stock,
        Boolean manageVariants,
        List<OptionSpec> options,
        WarningLimitChange warningLimit,
        Slug slug,
        MerchandisingChange merchandising,
        ModifierChange modifiers) {

    /** A patch changing nothing. */
    public static final ProductPatch NONE =
            new ProductPatch(null, null, null, null, null, null, null, null, null, null, null, null, null);

    public ProductPatch {
        options = options == null ? null : List.copyOf(options);
    }

    /** Without modifier changes. */
    public ProductPatch(
            ProductName name,
            ProductType type,
            Description description,
            Sku sku,
            Weight weight,
            Boolean visible,
            BigDecimal price,
            DiscountChange discount,
            StockChange stock,
            Boolean manageVariants,
            List<OptionSpec> options,
            WarningLimitChange warningLimit,
            Slug slug,
            MerchandisingChange merchandising) {
        this(
                name,
                type,
                description,
                sku,
                weight,
                visible,
                price,
                discount,
                stock,
                manageVariants,
                options,
                warningLimit,
                slug,
                merchandising,
                null);
    }

    /** This patch, also changing the modifiers as {@code modifiers} says ({@code null}: leaving them). */
    public ProductPatch withModifiers(ModifierChange modifiers) {
        return new ProductPatch(
                name,
                type,
                description,
                sku,
                weight,
                visible,
                price,
                discount,
                stock,
                manageVariants,
                options,
                warningLimit,
                slug,
                merchandising,
                modifiers);
    }

    /** Without merchandising changes. */
    public ProductPatch(
            ProductName name,
            ProductType type,
            Description description,
            Sku sku,
            Weight weight,
            Boolean visible,
            BigDecimal price,
            DiscountChange discount,
            StockChange stock,
            Boolean manageVariants,
            List<OptionSpec> options,
            WarningLimitChange warningLimit,
            Slug slug) {
        this(
                name,
                type,
                description,
                sku,
                weight,
                visible,
                price,
                discount,
                stock,
                manageVariants,
                options,
                warningLimit,
                slug,
                null);
    }

    /**
     * The parts of a discount sent, {@code null} where not sent. A value without a type keeps the current type, which
     * must then be other than {@link DiscountType#NONE}.
     */
    public record DiscountChange(DiscountType type, BigDecimal value) {

        /** {@code current} with the sent parts applied; {@code REQUIRED} on {@code discount.type} as above. */
        public Discount applyTo(Discount current) {
            if (type == null && value == null) {
                return current;
            }
            if (type == null && current.type() == DiscountType.NONE) {
                throw new ValidationException(
                        "discount.type", ErrorCodes.REQUIRED, "is required when discount.value is given");
            }
            return new Discount(type == null ? current.type() : type, value == null ? current.value() : value);
        }
    }

    /**
     * The parts of a stock sent, {@code null} where not sent. While tracked the quantity decides whether it is in
     * stock (0 to {@value Stock#MAX_QUANTITY}, on {@code stock.quantity}); while untracked there is no quantity.
     */
    public record StockChange(Boolean trackInventory, Integer quantity, Boolean inStock) {

        /** {@code current} with the sent parts applied. */
        public Stock applyTo(Stock current) {
            if (trackInventory == null && quantity == null && inStock == null) {
                return current;
            }
            boolean tracked = trackInventory == null ? current.trackInventory() : trackInventory;
            if (tracked) {
                return quantity == null
                        ? new Stock(true, current.quantity(), false)
                        : Stock.settable(quantity, "stock.quantity");
            }
            return new Stock(false, quantity, inStock == null ? current.inStock() : inStock);
        }
    }

    /** The warning limit to set (1 to {@value Stock#MAX_QUANTITY}), or {@code null}: remove it. */
    public record WarningLimitChange(Integer limit) {}
}
