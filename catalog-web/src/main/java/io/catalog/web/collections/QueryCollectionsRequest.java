package io.catalog.web.collections;

import io.catalog.web.products.dto.QueryProductsRequest;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of Query Collections: {@code {"query": {"filter", "sort", "paging"}}}. Documents the request in OpenAPI, so that
 * generated clients take a typed body; the body itself is read by {@link CollectionRequests#query}.
 */
@Schema(name = "QueryCollectionsRequest")
public record QueryCollectionsRequest(
        @Schema(description = "Filter, sort and page; absent: the first 100 collections by name")
        Query query) {

    /** The query of Query Collections. */
    @Schema(name = "CollectionsQuery")
    @JsonbPropertyOrder({"filter", "sort", "paging"})
    public record Query(
            @Schema(
                    type = SchemaType.OBJECT,
                    description = "Conditions on name and id: a value, or an object of operators as the operation's "
                            + "description lists them",
                    example = "{\"name\": {\"$startsWith\": \"Summer\"}}")
            Object filter,

            @Schema(
                    description =
                            "One sort key: [{\"name\": \"asc\"}] or [{\"fieldName\": \"id\", \"order\": \"desc\"}]",
                    example = "[{\"name\": \"asc\"}]")
            List<Map<String, String>> sort,

            QueryProductsRequest.Paging paging) {}
}
