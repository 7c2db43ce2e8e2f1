package io.catalog.web.products.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of Update Variants: changes applied in order, all or nothing. Documents the request in OpenAPI; the body
 * itself is read by the resource's request reader.
 */
@Schema(name = "UpdateVariantsRequest")
public record UpdateVariantsRequest(List<VariantChangeDto> variants) {

    /** The values to set on the variants selected by {@code choices} or {@code variantIds}; absent ones stay. */
    @Schema(name = "VariantChange")
    @JsonbPropertyOrder({"choices", "variantIds", "price", "sku", "weight", "visible"})
    public record VariantChangeDto(
            @Schema(
                    description = "Option name to choice value (or description); selects every variant having all "
                            + "of them (none: every variant). Not together with variantIds.",
                    example = "{\"Size\": \"S\", \"Color\": \"Blue\"}")
            Map<String, String> choices,

            @Schema(
                    description = "Ids of the variants to change. Not together with choices.",
                    example = "[\"00000000-0000-0000-0000-000000000001\"]")
            List<String> variantIds,

            @Schema(description = "Price in the store currency, 0 to 999999999.99", example = "100")
            BigDecimal price,

            @Schema(description = "Stock keeping unit; empty removes it", maxLength = 40, example = "K301")
            String sku,

            @Schema(description = "Weight", example = "0.5") BigDecimal weight,

            @Schema(description = "Whether customers see the variant", example = "true")
            Boolean visible) {}
}
