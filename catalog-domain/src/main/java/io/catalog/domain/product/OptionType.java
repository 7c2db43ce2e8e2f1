package io.catalog.domain.product;

import io.catalog.domain.shared.ApiEnum;

/** How a product option is presented; for {@link #COLOR} a choice's value is the colour code, its description the colour name. */
public enum OptionType implements ApiEnum {
    DROP_DOWN("drop_down"),
    COLOR("color");

    private final String apiName;

    OptionType(String apiName) {
        this.apiName = apiName;
    }

    @Override
    public String apiName() {
        return apiName;
    }
}
