package io.catalog.domain.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Request to change managed variants selected by {@code variantIds} or by a partial {@code choices} map (option
 * name to choice value or description); {@code null} values are left unchanged, an empty {@code sku} removes it.
 */
public record VariantUpdateCommand(
        List<String> variantIds,
        Map<String, String> choices,
        BigDecimal price,
        String sku,
        BigDecimal weight,
        Boolean visible) {

    public VariantUpdateCommand {
        variantIds = variantIds == null ? List.of() : List.copyOf(variantIds);
        choices = choices == null ? Map.of() : Map.copyOf(choices);
    }
}
