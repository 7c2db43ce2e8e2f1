package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Test-data builders for the product commands: every field is left unsent ({@code null}) unless a test sets it. */
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
                .withProductType("physical")
                .withSku("SH")
                .withPrice(new BigDecimal("50"))
                .withDiscount("PERCENT", BigDecimal.TEN)
                .withTrackInventory(true)
                .withQuantity(4)
                .withManageVariants(manageVariants)
                .withOptions(List.of(
                        anOption("Size", null, "S", "M"),
                        new OptionCommand("Color", "color", List.of(new ChoiceCommand("#008000", "Green")))));
    }

    /** An update sending nothing. */
    static UpdateBuilder anUpdate() {
        return new UpdateBuilder();
    }

    /** An option whose choices have no descriptions. */
    static OptionCommand anOption(String name, String optionType, String... choiceValues) {
        return new OptionCommand(
                name,
                optionType,
                Arrays.stream(choiceValues)
                        .map(value -> new ChoiceCommand(value, null))
                        .toList());
    }

    /** A stock decrement or increment item for the product's variant. */
    static StockAdjustmentCommand anAdjustment(Product product, String variantId, Integer amount) {
        return new StockAdjustmentCommand(product.id().value().toString(), variantId, amount);
    }

    /** Builds {@link CreateProductCommand}s. */
    static final class NewProductBuilder {

        private String name;
        private String productType;
        private String description;
        private String sku;
        private BigDecimal weight;
        private Boolean visible;
        private BigDecimal price;
        private String discountType;
        private BigDecimal discountValue;
        private Boolean trackInventory;
        private Integer quantity;
        private Boolean inStock;
        private Boolean manageVariants;
        private List<OptionCommand> options;
        private String slug;
        private Integer warningLimit;

        private NewProductBuilder(String name) {
            this.name = name;
        }

        NewProductBuilder withName(String value) {
            name = value;
            return this;
        }

        NewProductBuilder withProductType(String value) {
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

        NewProductBuilder withDiscount(String type, BigDecimal value) {
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

        NewProductBuilder withOptions(List<OptionCommand> value) {
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

        CreateProductCommand build() {
            return new CreateProductCommand(
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
                    warningLimit);
        }
    }

    /** Builds {@link UpdateProductCommand}s. */
    static final class UpdateBuilder {

        private String name;
        private String productType;
        private String description;
        private String sku;
        private BigDecimal weight;
        private Boolean visible;
        private BigDecimal price;
        private String discountType;
        private BigDecimal discountValue;
        private Boolean trackInventory;
        private Integer quantity;
        private Boolean inStock;
        private Boolean manageVariants;
        private List<OptionCommand> options;
        private String slug;
        private Optional<Integer> warningLimit;
        private Integer inventoryDelta;

        private UpdateBuilder() {}

        UpdateBuilder withName(String value) {
            name = value;
            return this;
        }

        UpdateBuilder withProductType(String value) {
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

        UpdateBuilder withOptions(List<OptionCommand> value) {
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

        UpdateProductCommand build() {
            return new UpdateProductCommand(
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
                    warningLimit,
                    inventoryDelta);
        }
    }
}
