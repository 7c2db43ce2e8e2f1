package io.catalog.web.products;

import io.catalog.domain.application.ProductQueryService;
import io.catalog.domain.application.ProductViewPage;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.store.StoreId;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.products.dto.ProductDto;
import io.catalog.web.products.dto.QueryProductsRequest;
import io.catalog.web.products.kept.JsonPieces;
import io.catalog.web.products.kept.ProductAnswers;
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
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /stores/v1/products/query}: filter, sort and page a store's products, or crawl them all. */
@Path("/stores/v1/products/query")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class ProductQueryResource {

    static final String EXAMPLE = """
            {
              "query": {
                "filter": "{\\"price\\": {\\"$gte\\": 10}, \\"productType\\": \\"physical\\"}",
                "sort": "[{\\"numericId\\": \\"asc\\"}]",
                "paging": {"limit": 100, "offset": 0}
              },
              "includeVariants": true
            }""";

    @Inject
    ProductQueryService queries;

    @Context
    SecurityContext security;

    @Inject
    ProductAnswers answers;

    /**
     * A page of products. {@code metadata.items} is the page size asked for, as the Wix API answers it. The answer is
     * written in this shape from the products' {@linkplain ProductAnswers kept answers}, so most of a page of
     * unchanged products is neither read nor serialized again.
     */
    @Schema(name = "QueryProductsResponse")
    @JsonbPropertyOrder({"products", "metadata", "totalResults"})
    public record QueryResponse(List<ProductDto> products, Metadata metadata, long totalResults) {}

    /** Paging of an answer. */
    @Schema(name = "PagingMetadata")
    @JsonbPropertyOrder({"items", "offset"})
    public record Metadata(int items, int offset) {}

    @POST
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(operationId = "queryProducts", summary = "Query products", description = """
            Returns up to 100 products, filtered, sorted and paged. Filterable fields and operators: name, \
            description, sku, slug ($eq $ne $hasSome $contains $startsWith); id, productType ($eq $ne $hasSome); \
            price, numericId, lastUpdated ($eq $ne $hasSome $lt $lte $gt $gte); collections.id and \
            options.<option name> ($eq $ne $hasSome $hasAll); combined with $and, $or, $not. Sortable: name, sku, \
            id, price, numericId, productType, slug, lastUpdated. filter and sort may be JSON or JSON in a string. \
            Offsets stop at 10,000: to visit every product, sort by numericId ascending and filter numericId $gt \
            the last one received until an empty page. Callers that may only read never see hidden products, \
            variants, choices or collections: collections.id and options.<name> conditions see only the visible \
            ones. A product whose variants are managed has no SKU of its own and matches sku conditions as the \
            empty SKU; every sku operator compares case exactly. metadata.items is the page size asked for.""")
    @APIResponse(
            responseCode = "200",
            description = "A page of products",
            content = @Content(schema = @Schema(implementation = QueryResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown field, operator not allowed for the field, value of the"
                    + " wrong type, malformed filter or sort, paging out of range",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "401",
            description = "No valid token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "403",
            description = "The token lacks the permission",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response query(
            @RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = QueryProductsRequest.class),
                                            examples = @ExampleObject(name = "filtered, sorted page", value = EXAMPLE)))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        StoreId store = caller.store();
        boolean visibleOnly = !caller.canModify();
        ProductQuery query = ProductQueryRequests.read(body, visibleOnly);
        boolean includeVariants = query.includeVariants();
        Map<ProductId, ProductAnswers.Answer> kept = new HashMap<>();
        ProductViewPage page = queries.query(store, query, (id, revision) -> {
            Optional<ProductAnswers.Answer> answer = answers.kept(store, id, revision, visibleOnly, includeVariants);
            answer.ifPresent(a -> kept.put(id, a));
            return answer.isPresent();
        });
        JsonPieces json = new JsonPieces(2 * page.products().size() + 2).add(PRODUCTS_START);
        for (int i = 0; i < page.products().size(); i++) {
            ProductViewPage.Entry entry = page.products().get(i);
            if (i > 0) {
                json.add(COMMA);
            }
            json.add(entry.view()
                    .map(view -> answers.make(view, visibleOnly, includeVariants))
                    .orElseGet(() -> kept.get(entry.id()))
                    .json());
        }
        json.add("],\"metadata\":{\"items\":" + query.paging().limit() + ",\"offset\":"
                + query.paging().offset() + "},\"totalResults\":" + page.totalResults() + "}");
        return json.ok().build();
    }

    private static final byte[] PRODUCTS_START = "{\"products\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA = {','};
}
