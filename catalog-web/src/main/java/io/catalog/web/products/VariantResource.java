package io.catalog.web.products;

import io.catalog.domain.application.GetProductService;
import io.catalog.domain.application.UpdateVariantsService;
import io.catalog.domain.product.OptionsAvailability;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.VariantQuery;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.store.StoreId;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.products.dto.OptionsAvailabilityRequest;
import io.catalog.web.products.dto.OptionsAvailabilityResponse;
import io.catalog.web.products.dto.QueryVariantsRequest;
import io.catalog.web.products.dto.QueryVariantsResponse;
import io.catalog.web.products.dto.UpdateVariantsRequest;
import io.catalog.web.products.dto.UpdateVariantsResponse;
import io.catalog.web.security.CurrentStore;
import io.catalog.web.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A product's variants and the availability of its choices: {@code /stores/v1/products/{id}/variants/...} and
 * {@code /stores/v1/products/{id}/productOptionsAvailability}, as the Wix Stores Catalog v1 API. Callers that may
 * only read see neither hidden products (404) nor hidden variants.
 */
@Path("/stores/v1/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Variants")
@APIResponse(
        responseCode = "401",
        description = "No token, or a token that is invalid or expired",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks the permission",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class VariantResource {

    @Inject
    GetProductService products;

    @Inject
    UpdateVariantsService variants;

    @Context
    SecurityContext security;

    @POST
    @Path("{id}/variants/query")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "queryVariants",
            summary = "Query variants",
            description = "Returns product variants, based on either choices "
                    + "(option-choice pairs; a partial set returns every variant having them) or variant ids, paged by "
                    + "paging.limit (default and at most 100) and paging.offset. Works for unmanaged products too, whose "
                    + "every combination is a variant. Callers that may only read do not see hidden variants.")
    @APIResponse(
            responseCode = "200",
            description = "One page of the variants",
            content =
                    @Content(
                            schema = @Schema(implementation = QueryVariantsResponse.class),
                            examples = @ExampleObject(name = "all variants", value = VariantExamples.QUERY_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown option or choice, malformed variant id, choices and "
                    + "variantIds together, or paging out of range",
            content =
                    @Content(
                            schema = @Schema(implementation = ApiError.class),
                            examples =
                                    @ExampleObject(
                                            name = "unknown choice",
                                            value = VariantExamples.UNKNOWN_CHOICE_ERROR)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response query(
            @Parameter(description = "Product id") @PathParam("id") String id,
            @RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = QueryVariantsRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "all variants",
                                                        value = VariantExamples.QUERY_REQUEST),
                                                @ExampleObject(
                                                        name = "by choices",
                                                        value = VariantExamples.QUERY_BY_CHOICES_REQUEST)
                                            }))
                    JsonInput body) {
        ProductId productId = ProductId.parse(id);
        CurrentStore.Caller caller = CurrentStore.caller(security);
        VariantQuery query = VariantRequests.query(body, caller.canModify());
        Product product = productForCaller(caller, productId);
        return Response.ok(QueryVariantsResponse.of(query, product.variants().query(query)))
                .build();
    }

    @PATCH
    @Path("{id}/variants")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateVariants",
            summary = "Update variants",
            description = "Updates the price, SKU, weight or visibility of managed "
                    + "variants selected by choices (a partial set selects every variant having them) or by variant ids. "
                    + "The changes apply in order, all or nothing. Answers the variants the call changed.")
    @APIResponse(
            responseCode = "200",
            description = "The variants changed, with their new values",
            content =
                    @Content(
                            schema = @Schema(implementation = UpdateVariantsResponse.class),
                            examples =
                                    @ExampleObject(name = "price of S/Blue", value = VariantExamples.UPDATE_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown option, choice or variant, or a value out of range; " + "nothing is changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The product's variants are not managed (VARIANTS_NOT_MANAGED)",
            content =
                    @Content(
                            schema = @Schema(implementation = ApiError.class),
                            examples = @ExampleObject(name = "not managed", value = VariantExamples.NOT_MANAGED_ERROR)))
    public Response update(
            @Parameter(description = "Id of a product with managed variants") @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = UpdateVariantsRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "price of S/Blue",
                                                            value = VariantExamples.UPDATE_REQUEST)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        List<VariantUpdate> updates = VariantRequests.updates(body);
        return Response.ok(UpdateVariantsResponse.of(variants.updateVariants(store, productId, updates)))
                .build();
    }

    @POST
    @Path("{id}/variants/resetToDefault")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "resetAllVariantData",
            summary = "Reset all variant data",
            description = "Resets all variant data to default values "
                    + "(price = current product price; weight = current product weight; SKU = current product SKU; "
                    + "visibility = true). Only for products whose variants are managed.")
    @APIResponse(
            responseCode = "200",
            description = "Reset; an empty object",
            content = @Content(examples = @ExampleObject(name = "empty", value = VariantExamples.EMPTY)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The product's variants are not managed (VARIANTS_NOT_MANAGED)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response resetToDefault(
            @Parameter(description = "Product id") @PathParam("id") String id,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "empty", value = VariantExamples.EMPTY)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        // The body carries nothing; JsonBodyReader has checked that it is empty or a JSON object.
        variants.resetVariants(store, productId);
        return Response.ok(Map.of()).build();
    }

    @POST
    @Path("{id}/productOptionsAvailability")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "productOptionsAvailability",
            summary = "Product options availability",
            description = "Gets the availability of the product's "
                    + "variants given the choices selected so far (options may be left out). Each choice of each option "
                    + "is visible when a visible variant has it and the choices selected for the other options, and in "
                    + "stock when such a variant is in stock. selectedVariant is present when every option has a choice; "
                    + "availableForPurchase tells whether that variant is visible and in stock, or out of stock with preorder"
                    + " enabled (Catalog V3's inventoryStatus.preorderEnabled). Callers that may only "
                    + "read do not see the choices the product hides (no visible variant has them), nor a hidden selected "
                    + "variant; selecting a hidden choice is refused as an unknown choice.")
    @APIResponse(
            responseCode = "200",
            description = "The options' availability given the selection",
            content =
                    @Content(
                            schema = @Schema(implementation = OptionsAvailabilityResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "Size S, Color Green",
                                            value = VariantExamples.AVAILABILITY_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown option or choice, or no options object",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response availability(
            @Parameter(description = "Requested product id") @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = OptionsAvailabilityRequest.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "Size S, Color Green",
                                                            value = VariantExamples.AVAILABILITY_REQUEST)))
                    JsonInput body) {
        ProductId productId = ProductId.parse(id);
        Map<String, String> selection = VariantRequests.selection(body);
        CurrentStore.Caller caller = CurrentStore.caller(security);
        Product product = productForCaller(caller, productId);
        OptionsAvailability availability = caller.canModify()
                ? product.variants().availability(selection)
                : product.variants().storefrontAvailability(selection);
        return Response.ok(OptionsAvailabilityResponse.of(availability)).build();
    }

    /** The product, or 404 when it is hidden and the caller may only read. */
    private Product productForCaller(CurrentStore.Caller caller, ProductId productId) {
        Product product = products.get(caller.store(), productId);
        if (!product.visible() && !caller.canModify()) {
            throw new ProductNotFoundException(productId);
        }
        return product;
    }
}
