package io.catalog.domain.money;

import io.catalog.domain.shared.ApiEnum;

/** How a {@link Discount} reduces a price. */
public enum DiscountType implements ApiEnum {
    NONE,
    AMOUNT,
    PERCENT;

    @Override
    public String apiName() {
        return name();
    }

    /** {@code "NONE"}, {@code "AMOUNT"} or {@code "PERCENT"}; field {@code discount.type}. */
    public static DiscountType fromApiName(String apiName) {
        return ApiEnum.fromApiName(DiscountType.class, "discount.type", apiName);
    }
}
