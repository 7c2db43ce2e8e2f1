package io.catalog.web.products;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.MediaType;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.shared.ApiEnum;

/**
 * The domain's enumerations read from their v1 spellings ({@link ApiEnum#apiName()}: {@code "physical"},
 * {@code "AMOUNT"}, {@code "drop_down"}, {@code "image"}), each on its v1 field; {@code UNKNOWN_ENUM_VALUE} listing
 * the spellings for any other.
 */
final class V1Enums {

    private V1Enums() {}

    /** {@code "unspecified_product_type"}, {@code "physical"} or {@code "digital"}; field {@code productType}. */
    static ProductType productType(String apiName) {
        return ApiEnum.fromApiName(ProductType.class, "productType", apiName);
    }

    /** {@code "NONE"}, {@code "AMOUNT"} or {@code "PERCENT"}; field {@code discount.type}. */
    static DiscountType discountType(String apiName) {
        return ApiEnum.fromApiName(DiscountType.class, "discount.type", apiName);
    }

    /** {@code "drop_down"} or {@code "color"}; field {@code optionType}. */
    static OptionType optionType(String apiName) {
        return ApiEnum.fromApiName(OptionType.class, "optionType", apiName);
    }

    /** {@code "image"} or {@code "video"}; field {@code mediaType}. */
    static MediaType mediaType(String apiName) {
        return ApiEnum.fromApiName(MediaType.class, "mediaType", apiName);
    }
}
