package io.catalog.domain.application;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.ProductPatch.DiscountChange;
import io.catalog.domain.product.ProductPatch.StockChange;
import io.catalog.domain.product.ProductPatch.WarningLimitChange;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Test-data builders for the product use cases' commands, in domain values: every field is left unsent
 * ({@code null}, the default) unless a test sets it.
 */
final class ProductCommandTestData {

    private ProductCommandTestData() {}

    /** A new product with only its name. */
    static NewProductBuilder aNewProduct(String name) {
        return new NewProductBuilder(name);
    }

    /** A tracked "Mug" at 1 with {@code quantity} in stock. */
    static NewProductBuilder aTrackedMug(int quantity) {
        return aNewProduct("Mug")
                .withPrice(BigDecimal.ONE)
                .withTrackInventory(true)
                .withQuantity(quantity);
    }

    /**
     * The "Shirt" of several tests: physical, SKU "SH", at 50 less 10 percent, 4 tracked in stock, with the
     * options Size (S, M) and Color (one choice, "#008000" described as "Green").
     */
    static NewProductBuilder aShirtWithOptions(boolean manageVariants) {
        return aNewProduct("Shirt")
                .withProductType(ProductType.PHYSICAL)
                .withSku("SH")
                .withPrice(new BigDecimal("50"))
                .withDiscount(DiscountType.PERCENT, BigDecimal.TEN)
                .withTrackInventory(true)
                .withQuantity(4)
                .withManageVariants(manageVariants)
                .withOptions(List.of(
                        anOption("Size", null, "S", "M"),
                        new OptionSpec("Color", OptionType.COLOR, List.of(new ChoiceSpec("#008000", "Green")))));
    }

    /** An update sending nothing. */
    static UpdateBuilder anUpdate() {
        return new UpdateBuilder();
    }

    /** A drop-down option ({@code type} {@code null}) or another, whose choices have no descriptions. */
    static OptionSpec anOption(String name, OptionType type, String... choiceValues) {
        return new OptionSpec(
                name,
                type == null ? OptionType.DROP_DOWN : type,
                Arrays.stream(choiceValues).map(ChoiceSpec::new).toList());
    }

    /** A stock decrement or increment item for the product's variant. */
    static StockAdjustment anAdjustment(Product product, String variantId, int amount) {
        return new StockAdjustment(product.id(), VariantId.parse(variantId), amount);
    }

    /** Builds {@link CreateProduct}s. */
    static final class NewProductBuilder {

        private String name;
        private ProductType productType;
        private String sku;
        private BigDecimal price;
        private DiscountType discountType;
        private BigDecimal discountValue;
        private Boolean trackInventory;
        private Integer quantity;
        private Boolean manageVariants;
        private List<OptionSpec> options;
        private String slug;
        private Integer warningLimit;

        private NewProductBuilder(String name) {
            this.name = name;
        }

        NewProductBuilder withName(String value) {
            name = value;
            return this;
        }

        NewProductBuilder withProductType(ProductType value) {
            productType = value;
            return this;
        }

        NewProductBuilder withSku(String value) {
            sku = value;
            return this;
        }

        NewProductBuilder withPrice(BigDecimal value) {
            price = value;
            return this;
        }

        NewProductBuilder withDiscount(DiscountType type, BigDecimal value) {
            discountType = type;
            discountValue = value;
            return this;
        }

        NewProductBuilder withTrackInventory(Boolean value) {
            trackInventory = value;
            return this;
        }

        NewProductBuilder withQuantity(Integer value) {
            quantity = value;
            return this;
        }

        NewProductBuilder withManageVariants(Boolean value) {
            manageVariants = value;
            return this;
        }

        NewProductBuilder withOptions(List<OptionSpec> value) {
            options = value;
            return this;
        }

        NewProductBuilder withSlug(String value) {
            slug = value;
            return this;
        }

        NewProductBuilder withWarningLimit(Integer value) {
            warningLimit = value;
            return this;
        }

        CreateProduct build() {
            NewProduct product = new NewProduct(
                    new ProductName(name),
                    productType,
                    null,
                    sku == null ? null : new Sku(sku),
                    null,
                    null,
                    price,
                    new DiscountChange(discountType, discountValue).applyTo(Discount.NONE),
                    new StockChange(trackInventory, quantity, null).applyTo(Stock.IN_STOCK),
                    Boolean.TRUE.equals(manageVariants),
                    options,
                    warningLimit);
            return new CreateProduct(product, Optional.ofNullable(slug).map(Slug::parse));
        }
    }

    /** Builds {@link UpdateProduct}s. */
    static final class UpdateBuilder {

        private String name;
        private ProductType productType;
        private String description;
        private Boolean visible;
        private BigDecimal price;
        private Boolean trackInventory;
        private Integer quantity;
        private Boolean inStock;
        private Boolean manageVariants;
        private List<OptionSpec> options;
        private String slug;
        private Optional<Integer> warningLimit;
        private Integer inventoryDelta;

        private UpdateBuilder() {}

        UpdateBuilder withName(String value) {
            name = value;
            return this;
        }

        UpdateBuilder withProductType(ProductType value) {
            productType = value;
            return this;
        }

        UpdateBuilder withDescription(String value) {
            description = value;
            return this;
        }

        UpdateBuilder withVisible(Boolean value) {
            visible = value;
            return this;
        }

        UpdateBuilder withPrice(BigDecimal value) {
            price = value;
            return this;
        }

        UpdateBuilder withTrackInventory(Boolean value) {
            trackInventory = value;
            return this;
        }

        UpdateBuilder withQuantity(Integer value) {
            quantity = value;
            return this;
        }

        UpdateBuilder withInStock(Boolean value) {
            inStock = value;
            return this;
        }

        UpdateBuilder withManageVariants(Boolean value) {
            manageVariants = value;
            return this;
        }

        UpdateBuilder withOptions(List<OptionSpec> value) {
            options = value;
            return this;
        }

        UpdateBuilder withSlug(String value) {
            slug = value;
            return this;
        }

        /** Empty: remove the warning limit. */
        UpdateBuilder withWarningLimit(Optional<Integer> value) {
            warningLimit = value;
            return this;
        }

        UpdateBuilder withInventoryDelta(Integer value) {
            inventoryDelta = value;
            return this;
        }

        ProductPatch patch() {
            return new ProductPatch(
                    name == null ? null : new ProductName(name),
                    productType,
                    description == null ? null : Description.of(description),
                    null,
                    null,
                    visible,
                    price,
                    null,
                    trackInventory == null && quantity == null && inStock == null
                            ? null
                            : new StockChange(trackInventory, quantity, inStock),
                    manageVariants,
                    options,
                    warningLimit == null ? null : new WarningLimitChange(warningLimit.orElse(null)),
                    slug == null ? null : Slug.parse(slug));
        }

        UpdateProduct build() {
            return new UpdateProduct(patch(), inventoryDelta);
        }
    }
}
