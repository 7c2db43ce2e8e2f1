package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.shared.Require;
import java.math.BigDecimal;
import java.util.List;

/**
 * The data a product is created from. Only the name is required; {@code null} components take the defaults:
 * physical, empty description, no SKU, weight 0, visible, price 0, no discount, untracked and in stock, no options,
 * no warning limit ({@code warningLimit}: Ecwid's low-stock threshold), merchandising with a handle derived from the
 * slug ({@code merchandising}: see {@link MerchandisingChange}), no modifiers ({@code modifiers}: those to start with,
 * see {@link io.catalog.domain.product.modifier.Modifiers}).
 */
public record NewProduct(
        ProductName name,
        ProductType type,
        Description description,
        Sku sku,
        Weight weight,
        Boolean visible,
        BigDecimal price,
        Discount discount,
        Stock stock,
        boolean manageVariants,
        List<OptionSpec> options,
        Integer warningLimit,
        MerchandisingChange merchandising,
        ModifierChange modifiers) {

    public NewProduct {
        Require.present("name", name);
        type = type == null ? ProductType.PHYSICAL : type;
        description = description == null ? Description.EMPTY : description;
        sku = sku == null ? Sku.NONE : sku;
        weight = weight == null ? Weight.ZERO : weight;
        visible = visible == null ? Boolean.TRUE : visible;
        price = price == null ? BigDecimal.ZERO : price;
        discount = discount == null ? Discount.NONE : discount;
        stock = stock == null ? Stock.IN_STOCK : stock;
        options = options == null ? List.of() : List.copyOf(options);
        merchandising = merchandising == null ? MerchandisingChange.NONE : merchandising;
    }

    /** Without modifiers. */
    public NewProduct(
            ProductName name,
            ProductType type,
            Description description,
            Sku sku,
            Weight weight,
            Boolean visible,
            BigDecimal price,
            Discount discount,
            Stock stock,
            boolean manageVariants,
            List<OptionSpec> options,
            Integer warningLimit,
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
                merchandising,
                null);
    }

    /** This product with {@code modifiers} to start with ({@code null}: none). */
    public NewProduct withModifiers(ModifierChange modifiers) {
        return new NewProduct(
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
                merchandising,
                modifiers);
    }

    /** Without merchandising. */
    public NewProduct(
            ProductName name,
            ProductType type,
            Description description,
            Sku sku,
            Weight weight,
            Boolean visible,
            BigDecimal price,
            Discount discount,
            Stock stock,
            boolean manageVariants,
            List<OptionSpec> options,
            Integer warningLimit) {
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
                null);
    }

    /** Without a warning limit. */
    public NewProduct(
            ProductName name,
            ProductType type,
            Description description,
            Sku sku,
            Weight weight,
            Boolean visible,
            BigDecimal price,
            Discount discount,
            Stock stock,
            boolean manageVariants,
            List<OptionSpec> options) {
        this(name, type, description, sku, weight, visible, price, discount, stock, manageVariants, options, null);
    }

    /** A product with only a name, everything else defaulted. */
    public static NewProduct named(ProductName name) {
        return new NewProduct(name, null, null, null, null, null, null, null, null, false, null);
    }
}
