package io.catalog.domain.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** An enumeration whose constants have a fixed spelling in the public API. */
public interface ApiEnum {

    /** The constant as spelled in the API, e.g. {@code "physical"}. */
    String apiName();

    /**
     * The constant of {@code type} spelled {@code apiName} (exact match);
     * {@code UNKNOWN_ENUM_VALUE} listing the allowed values otherwise.
     */
    static <E extends Enum<E> & ApiEnum> E fromApiName(Class<E> type, String field, String apiName) {
        Require.present(field, apiName);
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants)
                .filter(constant -> constant.apiName().equals(apiName))
                .findFirst()
                .orElseThrow(() -> new ValidationException(
                        field,
                        ErrorCodes.UNKNOWN_ENUM_VALUE,
                        "must be one of "
                                + Arrays.stream(constants).map(ApiEnum::apiName).collect(Collectors.joining(", "))
                                + " (was \"" + Excerpt.of(apiName) + "\")"));
    }
}
