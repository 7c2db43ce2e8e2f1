package io.catalog.web.v3;

import io.catalog.domain.application.ProductSearchService;
import io.catalog.domain.application.ProductViewPage;
import io.catalog.domain.product.search.ProductSearch;
import io.catalog.domain.store.StoreId;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.security.CurrentStore;
import io.catalog.web.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Catalog V3 Search Products: {@code POST /stores/v3/products/search}. A query (filter, sort, cursor paging, read
 * as V3 queries read them) with free text whose every word must be found in a product's name, description text or
 * SKUs, and facets over everything the search matches ({@link V3SearchRequests}, {@link V3Aggregations}). Callers
 * that may only read search and count visible products, choices and variants only.
 */
@Path("/stores/v3/products/search")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products V3")
public class V3SearchResource {

    static final String SEARCH_EXAMPLE = """
            {
              "search": {
                "search": {"expression": "red shirt"},
                "filter": {"actualPriceRange.minValue.amount": {"$lte": "50"}, "productType": "PHYSICAL"},
                "cursorPaging": {"limit": 20},
                "aggregations": [
                  {"name": "choices", "type": "VALUE", "fieldPath": "options.choicesSettings.choices.name",
                   "value": {"limit": 20, "sortType": "COUNT", "sortDirection": "DESC"}},
                  {"name": "inStock", "type": "VALUE", "fieldPath": "inventory.inStock"},
                  {"name": "minPrice", "type": "SCALAR", "fieldPath": "actualPriceRange.minValue.amount",
                   "scalar": {"type": "MIN"}},
                  {"name": "prices", "type": "RANGE", "fieldPath": "actualPriceRange.minValue.amount",
                   "range": {"buckets": [{"to": 20}, {"from": 20, "to": 50}, {"from": 50}]}}
                ]
              }
            }""";

    @Inject
    ProductSearchService searches;

    @Inject
    V3Cursors cursors;

    @Context
    SecurityContext security;

    /** A page of a search and its facets. */
    @Schema(name = "V3SearchProductsResponse")
    @JsonbPropertyOrder({"products", "pagingMetadata", "aggregationData"})
    public record SearchResponse(
            List<V3ProductDto> products,
            V3ProductResource.PagingMetadata pagingMetadata,
            V3Aggregations.AggregationData aggregationData) {}

    @POST
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "searchProductsV3",
            summary = "Search products (V3)",
            description = "Products matching a free-text search.search.expression (at most 200 characters and 10"
                    + " words: every word must be found, ignoring case, as a substring of the name, the"
                    + " description's text or a SKU of the product or of a variant; search.search.fields narrows"
                    + " them: name, plainDescription (or description), variantsInfo.variants.sku) and the filter"
                    + " and sort of Query Products (V3), paged by cursor as queries are (the cursor carries the"
                    + " search). search.aggregations (at most 10) are computed over everything the search matches:"
                    + " VALUE on options.choicesSettings.choices.name (products per choice, each with its"
                    + " optionName), inventory.inStock and visible (\"true\"/\"false\"), value.limit 1 to 100"
                    + " (default 10), sortType COUNT or VALUE, sortDirection; RANGE (range.buckets, at most 20, from"
                    + " inclusive, to exclusive) and SCALAR (MIN, MAX) on actualPriceRange.minValue.amount."
                    + " Pages go both ways (cursors.next, cursors.prev); fields (beside search) adds fields to each"
                    + " product, as Get Product (V3) does.")
    @APIResponse(
            responseCode = "200",
            description = "A page of products and the aggregations' results",
            content = @Content(schema = @Schema(implementation = SearchResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed filter, sort or aggregation, an unknown field (UNKNOWN_FIELD naming e.g."
                    + " search.aggregations[0].fieldPath), an expression or list beyond its bounds (OUT_OF_RANGE),"
                    + " or a cursor that was altered or is another store's (INVALID_CURSOR)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "401",
            description = "No token, or a token that is invalid or expired",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "403",
            description = "The token lacks the permission",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response search(
            @RequestBody(content = @Content(examples = @ExampleObject(name = "search", value = SEARCH_EXAMPLE)))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        StoreId store = caller.store();
        boolean visibleOnly = !caller.canModify();
        V3SearchRequests.Request request = V3SearchRequests.read(body);
        V3Projection projection = V3Projection.read(body, caller.canModify());
        V3QueryPages.Plan plan = V3QueryPages.plan(
                request.query(),
                request.search(),
                store,
                visibleOnly,
                cursors,
                V3SearchRequests.PATHS,
                V3SearchRequests::expression);
        ProductSearchService.Found found =
                searches.search(store, new ProductSearch(plan.query(), plan.matching(), request.aggregations()));
        ProductViewPage page = V3QueryPages.inOrder(plan, found.page());
        List<V3ProductDto> products = page.products().stream()
                .map(entry -> V3Products.of(entry.view().orElseThrow(), projection))
                .toList();
        return V3Json.ok(new SearchResponse(
                products, V3QueryPages.metadata(plan, page, store, cursors), V3Aggregations.of(found.aggregations())));
    }
}
