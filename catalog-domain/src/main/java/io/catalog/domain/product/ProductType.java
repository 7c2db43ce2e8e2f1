package io.catalog.domain.product;

import io.catalog.domain.shared.ApiEnum;

/** Whether the product is shipped or delivered digitally. */
public enum ProductType implements ApiEnum {
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

    /** {@code "physical"} or {@code "digital"}; field {@code productType}. */
    public static ProductType fromApiName(String apiName) {
        return ApiEnum.fromApiName(ProductType.class, "productType", apiName);
    }
}
