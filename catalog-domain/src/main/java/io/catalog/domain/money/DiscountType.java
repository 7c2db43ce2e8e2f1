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
}
