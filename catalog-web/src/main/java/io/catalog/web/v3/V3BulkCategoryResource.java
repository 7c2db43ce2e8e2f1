package io.catalog.web.v3;

import io.catalog.domain.application.CategoryItemsService;
import io.catalog.domain.application.CollectionService;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.shared.ValidationException;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The bulk item methods of the Wix Categories API ({@code /categories/v1/bulk/categories}): products added to and
 * removed from a category in bulk. An item is a product: {@code {catalogItemId, appId}} with the Wix Stores app id.
 * The item methods of one category (move, list) are {@link V3CategoryResource}'s.
 */
@Path("/stores/v3/bulk/categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Categories V3")
@APIResponse(
        responseCode = "400",
        description = "A field is malformed or breaks a limit",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "401",
        description = "No token, or a token that is invalid or expired",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks the permission",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "404",
        description = "No such category (or product) in the store",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class V3BulkCategoryResource {

    private static final String ITEMS_EXAMPLE = """
            {"items": [{"catalogItemId": "a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4",
                        "appId": "215238eb-22a5-4c36-9e7b-e7c08025e04e"}]}""";
    static final String MOVE_EXAMPLE = """
            {"item": {"catalogItemId": "a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4",
                      "appId": "215238eb-22a5-4c36-9e7b-e7c08025e04e"},
             "position": "BEFORE",
             "beforeItem": {"catalogItemId": "d9cd1d2f-8318-486b-a6f3-aa0c4e81ccd2",
                            "appId": "215238eb-22a5-4c36-9e7b-e7c08025e04e"}}""";

    @Inject
    CollectionService collections;

    @Inject
    CategoryItemsService items;

    @Inject
    V3Cursors cursors;

    @Context
    SecurityContext security;

    /** A product as an item of a category. */
    @Schema(name = "V3CategoryItem")
    @JsonbPropertyOrder({"catalogItemId", "appId"})
    public record Item(String catalogItemId, String appId) {
        static Item of(ProductId id) {
            return new Item(id.toString(), V3CategoryRequests.STORES_APP_ID);
        }
    }

    /** A page of a category's items, in its order. */
    @Schema(name = "V3ListItemsInCategoryResponse")
    @JsonbPropertyOrder({"items", "pagingMetadata"})
    public record ItemsPage(List<Item> items, V3ProductResource.PagingMetadata pagingMetadata) {}

    /** The categories a product is directly in. */
    @Schema(name = "V3ListCategoriesForItemResponse")
    public record CategoriesOfItem(List<String> categoryIds) {}

    /** What a bulk call did, item by item; it succeeds or fails whole. */
    @Schema(name = "V3BulkCategoryItemsResponse")
    @JsonbPropertyOrder({"results", "bulkActionMetadata"})
    public record BulkResult(List<ItemResult> results, BulkMetadata bulkActionMetadata) {}

    @Schema(name = "V3BulkCategoryItemResult")
    public record ItemResult(ItemMetadata itemMetadata) {}

    @Schema(name = "V3BulkCategoryItemMetadata")
    @JsonbPropertyOrder({"id", "originalIndex", "success"})
    public record ItemMetadata(String id, int originalIndex, boolean success) {}

    @Schema(name = "V3BulkCategoryMetadata")
    public record BulkMetadata(int totalSuccesses, int totalFailures) {}

    @POST
    @Path("{categoryId}/add-items")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "bulkAddItemsToCategory",
            summary = "Bulk add items to category",
            description = "Adds up to 1000 products at the end of the category's order, in the order listed;"
                    + " products already in it keep their place. Every id must name a product of the store (else"
                    + " 400 UNKNOWN_PRODUCT naming them, and nothing changes).")
    @APIResponse(
            responseCode = "200",
            description = "Each item, successful",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public BulkResult bulkAdd(
            @PathParam("categoryId") String id,
            @RequestBody(
                            required = true,
                            content = @Content(examples = @ExampleObject(name = "one item", value = ITEMS_EXAMPLE)))
                    JsonInput body) {
        return bulk(body, id, ids -> collections.addProducts(CurrentStore.id(security), categoryId(id), ids));
    }

    @POST
    @Path("{categoryId}/remove-items")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "bulkRemoveItemsFromCategory",
            summary = "Bulk remove items from category",
            description = "Removes up to 1000 products from the category; those not in it are left alone.")
    @APIResponse(
            responseCode = "200",
            description = "Each item, successful",
            content = @Content(schema = @Schema(implementation = BulkResult.class)))
    public BulkResult bulkRemove(
            @PathParam("categoryId") String id,
            @RequestBody(
                            required = true,
                            content = @Content(examples = @ExampleObject(name = "one item", value = ITEMS_EXAMPLE)))
                    JsonInput body) {
        return bulk(body, id, ids -> collections.removeProducts(CurrentStore.id(security), categoryId(id), ids));
    }

    /** A bulk add or remove: all items or none; the domain's errors on product ids name the items. */
    private BulkResult bulk(JsonInput body, String id, Consumer<List<String>> change) {
        categoryId(id);
        List<String> ids = V3CategoryRequests.items(body);
        try {
            change.accept(ids);
        } catch (ValidationException e) {
            String field = e.field() == null ? "" : e.field();
            if (field.startsWith("productIds[")) {
                throw e.relocatedTo("items" + field.substring("productIds".length()) + ".catalogItemId");
            }
            throw field.startsWith("productIds") ? e.relocatedTo("items") : e;
        }
        List<ItemResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            results.add(new ItemResult(new ItemMetadata(ids.get(i), i, true)));
        }
        return new BulkResult(results, new BulkMetadata(ids.size(), 0));
    }

    private static CollectionId categoryId(String id) {
        return V3CategoryResource.categoryId(id);
    }
}
