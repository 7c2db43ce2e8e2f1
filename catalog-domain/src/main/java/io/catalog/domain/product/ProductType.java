package io.catalog.domain.product;

import io.catalog.domain.shared.ApiEnum;

/**
 * Whether the product is shipped or delivered digitally, or not said: the seed's three values
 * {@code unspecified_product_type}, {@code physical} and {@code digital}. A product created without a type is
 * physical ({@link NewProduct}); {@link #UNSPECIFIED} is stored and answered only when sent.
 */
public enum ProductType implements ApiEnum {
    UNSPECIFIED("unspecified_product_type"),
    PHYSICAL("physical"),
    DIGITAL("digital");

    private final String apiName;

    ProductType(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }

    /** {@code "unspecified_product_type"}, {@code "physical"} or {@code "digital"}; field {@code productType}. */
    public static ProductType fromApiName(String apiName) {
        return ApiEnum.fromApiName(ProductType.class, "productType", apiName);
    }
}
