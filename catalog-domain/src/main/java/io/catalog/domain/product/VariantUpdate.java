package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A change to some managed variants. The variants are selected either by id or by a partial choice map (option
 * name to choice value or description, ignoring case; an empty map selects every variant). Each non-null value is
 * set on every selected variant; {@code null} leaves it unchanged.
 */
public record VariantUpdate(
        List<VariantId> variantIds,
        Map<String, String> choices,
        BigDecimal price,
        Sku sku,
        Weight weight,
        Boolean visible,
        Stock stock) {

    public VariantUpdate {
        variantIds = variantIds == null ? List.of() : List.copyOf(variantIds);
        choices = choices == null ? Map.of() : Map.copyOf(choices);
        if (!variantIds.isEmpty() && !choices.isEmpty()) {
            throw new ValidationException(
                    "choices", ErrorCodes.CONFLICTING_SELECTORS, "must not be given together with variantIds");
        }
    }
}
