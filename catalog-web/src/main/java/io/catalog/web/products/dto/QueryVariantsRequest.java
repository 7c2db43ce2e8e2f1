package io.catalog.web.products.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of Query Variants: variants selected by a partial {@code choices} map or by {@code variantIds} (not both),
 * paged. Documents the request in OpenAPI; the body itself is read by the resource's request reader.
 */
@Schema(name = "QueryVariantsRequest")
@JsonbPropertyOrder({"choices", "variantIds", "paging"})
public record QueryVariantsRequest(
        @Schema(
                description = "Option name to choice value (or description); every variant having all of them is "
                        + "returned. Not together with variantIds.",
                example = "{\"Size\": \"S\"}")
        Map<String, String> choices,

        @Schema(
                description = "Variant ids; those of the product are returned, in this order. Not together with "
                        + "choices.",
                example = "[\"00000000-0000-0000-0000-000000000001\"]")
        List<String> variantIds,

        PagingDto paging) {

    /** Paging of a query. */
    @Schema(name = "VariantsPaging")
    @JsonbPropertyOrder({"limit", "offset"})
    public record PagingDto(
            @Schema(
                    description = "Number of items to return",
                    minimum = "0",
                    maximum = "100",
                    defaultValue = "100",
                    example = "100")
            Integer limit,

            @Schema(description = "Number of items to skip", minimum = "0", defaultValue = "0", example = "0")
            Long offset) {}
}
