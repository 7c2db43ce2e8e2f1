package io.catalog.web.products.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of Query Products: {@code {"query": {"filter", "sort", "paging"}, "includeVariants"}}. Documents the request in
 * OpenAPI, so that generated clients take a typed body; the body itself is read by {@code ProductQueryRequests}.
 */
@Schema(name = "QueryProductsRequest")
@JsonbPropertyOrder({"query", "includeVariants"})
public record QueryProductsRequest(
        @Schema(description = "Filter, sort and page; absent: the first 100 products in no particular order")
        Query query,

        @Schema(description = "Whether each product carries its variants", defaultValue = "false", example = "true")
        Boolean includeVariants) {

    /** The query of Query Products. */
    @Schema(name = "ProductsQuery")
    @JsonbPropertyOrder({"filter", "sort", "paging"})
    public record Query(
            @Schema(
                    type = SchemaType.OBJECT,
                    description = "Conditions on fields ({\"price\": {\"$gte\": 10}}), combined with $and, $or and "
                            + "$not; the fields and operators are in the operation's description. The same JSON in a "
                            + "string is taken too.",
                    example = "{\"price\": {\"$gte\": 10}, \"productType\": \"physical\"}")
            Object filter,

            @Schema(
                    description = "Sort keys, the first deciding first: [{\"numericId\": \"asc\"}] or "
                            + "[{\"fieldName\": \"numericId\", \"order\": \"asc\"}]. The same JSON in a string is "
                            + "taken too.",
                    example = "[{\"numericId\": \"asc\"}]")
            List<Map<String, String>> sort,

            Paging paging) {}

    /** Offset paging of a query. */
    @Schema(name = "QueryPaging")
    @JsonbPropertyOrder({"limit", "offset"})
    public record Paging(
            @Schema(
                    description = "Number of items to return",
                    minimum = "1",
                    maximum = "100",
                    defaultValue = "100",
                    example = "100")
            Integer limit,

            @Schema(
                    description = "Number of items to skip",
                    minimum = "0",
                    maximum = "10000",
                    defaultValue = "0",
                    example = "0")
            Integer offset) {}
}
