package io.catalog.web.products;

import io.catalog.domain.application.CreateProductService;
import io.catalog.domain.application.ProductQueryService;
import io.catalog.domain.application.ProductView;
import io.catalog.domain.application.UpdateProductService;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.web.QueryParameters;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.products.dto.ProductDto;
import io.catalog.web.products.kept.ProductAnswers;
import io.catalog.web.security.CurrentStore;
import io.catalog.web.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Products: {@code /stores/v1/products}, as the Wix Stores Catalog v1 API. */
@Path("/stores/v1/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
@APIResponse(
        responseCode = "401",
        description = "No token, or a token that is invalid or expired",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks the permission",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ProductResource {

    @Inject
    CreateProductService creation;

    @Inject
    UpdateProductService updates;

    @Inject
    ProductQueryService views;

    @Inject
    ProductAnswers answers;

    @Context
    SecurityContext security;

    /** {@code {"product": {...}}}: the envelope of product requests and answers. */
    @Schema(name = "ProductEnvelope")
    public record ProductEnvelope(ProductDto product) {}

    @POST
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "createProduct",
            summary = "Create product",
            description = "Creates a product. With manageVariants, the variants are "
                    + "every combination of the choices (at most 300), each with its own price, SKU and weight.")
    @APIResponse(
            responseCode = "200",
            description = "The new product, with its variants",
            content =
                    @Content(
                            schema = @Schema(implementation = ProductEnvelope.class),
                            examples = @ExampleObject(name = "T-shirt", value = ProductExamples.PRODUCT_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "A field is malformed or breaks a limit",
            content =
                    @Content(
                            schema = @Schema(implementation = ApiError.class),
                            examples =
                                    @ExampleObject(name = "name too long", value = ProductExamples.VALIDATION_ERROR)))
    @APIResponse(
            responseCode = "409",
            description = "The requested slug is taken",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = ProductEnvelope.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "T-shirt",
                                                            value = ProductExamples.CREATE_REQUEST)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductRequests.Fields fields = ProductRequests.fields(body);
        return answer(inProduct(() -> creation.create(store, ProductRequests.create(fields))), true);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "getProduct",
            summary = "Get product",
            description = "Returns a product. The ETag header carries its revision, "
                    + "for If-None-Match and for If-Match on update and delete. Callers that may only read do not see "
                    + "hidden products.")
    @APIResponse(
            responseCode = "200",
            description = "The product",
            content = @Content(schema = @Schema(implementation = ProductEnvelope.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the revision in If-None-Match")
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response get(
            @PathParam("id") String id,
            @Parameter(description = "Also list the variants") @QueryParam("includeVariants") boolean includeVariants,
            @Context Request request) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        StoreId store = caller.store();
        ProductId productId = ProductId.parse(id);
        boolean visibleOnly = !caller.canModify();
        long revision = views.revision(store, productId, visibleOnly);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag(revision));
        if (notModified != null) {
            return notModified.build();
        }
        ProductAnswers.Answer answer = answers.answer(
                store,
                productId,
                revision,
                visibleOnly,
                includeVariants,
                () -> views.get(store, productId, visibleOnly));
        return ProductAnswers.inEnvelope(answer)
                .ok()
                .tag(etag(answer.revision()))
                .build();
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateProduct",
            summary = "Update product",
            description =
                    "Changes only the fields sent. To change only the revision "
                            + "you read, send it as product.revision or as If-Match with the ETag; if the product changed since, "
                            + "nothing is changed and the answer is 409 (412 with If-Match). inventoryDelta (Ecwid) adjusts the "
                            + "tracked quantity atomically; warningLimit (Ecwid) sets the low-stock threshold, null removes it.")
    @APIResponse(
            responseCode = "200",
            description = "The product as updated, with its variants",
            content =
                    @Content(
                            schema = @Schema(implementation = ProductEnvelope.class),
                            examples = @ExampleObject(name = "T-shirt", value = ProductExamples.PRODUCT_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "A field is malformed or breaks a limit",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale revision, a slug that is taken, or an inventoryDelta "
                    + "that would take the quantity below zero (INSUFFICIENT_STOCK) or that adjusts untracked stock "
                    + "(INVENTORY_NOT_TRACKED)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a revision that is no longer current",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = ProductEnvelope.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "T-shirt",
                                                            value = ProductExamples.UPDATE_REQUEST)))
                    JsonInput input) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        OptionalLong revision = expectedRevision(ifMatch, ProductRequests.revision(input));
        ProductRequests.Fields fields = ProductRequests.fields(input);
        return answer(
                inProduct(() -> updates.update(store, productId, ProductRequests.update(fields), revision)), true);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "deleteProduct",
            summary = "Delete product",
            description = "Deletes a product. With If-Match or ?revision=, only " + "that revision is deleted.")
    @APIResponse(responseCode = "200", description = "Deleted; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The revision given is no longer current",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "412",
            description = "If-Match names a revision that is no longer current",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response delete(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(
                            description = "Delete only this revision",
                            schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
                    @QueryParam("revision")
                    String revision) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        updates.delete(store, productId, expectedRevision(ifMatch, QueryParameters.wholeNumber(revision, "revision")));
        return Response.ok(Map.of()).build();
    }

    @DELETE
    @Path("{id}/options")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "deleteProductOptions",
            summary = "Delete product options",
            description = "Removes every option of a product; only while " + "variants are not managed.")
    @APIResponse(responseCode = "200", description = "Removed; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "Variants are managed (VARIANTS_MANAGED)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response deleteOptions(@PathParam("id") String id) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        V1Fields.PRODUCT.call(() -> updates.removeOptions(store, productId));
        return Response.ok(Map.of()).build();
    }

    private Response answer(Product product, boolean includeVariants) {
        return answer(views.viewOf(product), includeVariants);
    }

    private Response answer(ProductView view, boolean includeVariants) {
        ProductDto dto = ProductResponses.of(view, includeVariants, !CurrentStore.canModify(security));
        return Response.ok(new ProductEnvelope(dto))
                .tag(etag(view.product().revision()))
                .build();
    }

    static EntityTag etag(long revision) {
        return new EntityTag(Long.toString(revision));
    }

    /** The revision from If-Match (an ETag of ours, or *) or else from the body. */
    static OptionalLong expectedRevision(String ifMatch, OptionalLong fromBody) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return fromBody;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "INVALID_FORMAT", "must be an ETag returned by the catalog");
        }
    }

    /**
     * Reads and runs a product command, addressing its field errors to the v1 fields, inside the request's
     * {@code product} object.
     */
    private static Product inProduct(Supplier<Product> command) {
        return V1Fields.PRODUCT.callIn(ProductRequests.PRODUCT, command);
    }
}
