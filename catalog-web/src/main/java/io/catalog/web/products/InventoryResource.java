package io.catalog.web.products;

import io.catalog.domain.application.AdjustStockService;
import io.catalog.domain.application.AdjustedStock;
import io.catalog.domain.application.GetProductService;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.products.dto.AdjustInventoryRequest;
import io.catalog.web.products.dto.InventoryItemDto;
import io.catalog.web.products.dto.InventoryItemsResponse;
import io.catalog.web.products.dto.UpdateInventoryRequest;
import io.catalog.web.security.CurrentStore;
import io.catalog.web.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inventory: {@code /stores/v2/inventoryItems/...}, after the Wix Stores Inventory API v2. A product's inventory
 * item is its stock (tracking, and per variant the quantity and in-stock state); decrements and increments adjust
 * tracked quantities atomically, all items of a call or none, never below zero unless the store allows backorders.
 * Every stock change raises {@code InventoryVariantsChanged} (and {@code InventoryLowStock} at the warning limit). Callers that may only read do not
 * see hidden products (404).
 */
@Path("/stores/v2/inventoryItems")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
@APIResponse(
        responseCode = "401",
        description = "No token, or a token that is invalid or expired",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks the permission",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class InventoryResource {

    @Inject
    GetProductService products;

    @Inject
    AdjustStockService stock;

    @Context
    SecurityContext security;

    /** {@code {"inventoryItem": {...}}}: the envelope of inventory item requests and answers. */
    @Schema(name = "InventoryItemEnvelope")
    public record InventoryItemEnvelope(InventoryItemDto inventoryItem) {}

    @GET
    @Path("product/{productId}")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "getInventoryVariants",
            summary = "Get inventory variants",
            description = "Returns the product's inventory item: whether "
                    + "quantities are tracked and, per variant, whether it is in stock and (when tracked) its quantity. A "
                    + "product whose variants are not managed has the one default variant "
                    + "00000000-0000-0000-0000-000000000000. Callers that may only read do not see hidden variants.")
    @APIResponse(
            responseCode = "200",
            description = "The inventory item",
            content =
                    @Content(
                            schema = @Schema(implementation = InventoryItemEnvelope.class),
                            examples =
                                    @ExampleObject(name = "tracked variants", value = InventoryExamples.ITEM_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed product id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response get(@Parameter(description = "Product id") @PathParam("productId") String productId) {
        ProductId id = ProductId.parse(productId);
        CurrentStore.Caller caller = CurrentStore.caller(security);
        Product product = products.get(caller.store(), id);
        if (!product.visible() && !caller.canModify()) {
            throw new ProductNotFoundException(id);
        }
        return Response.ok(new InventoryItemEnvelope(InventoryItemDto.of(product, !caller.canModify())))
                .build();
    }

    @PATCH
    @Path("product/{productId}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateInventoryVariants",
            summary = "Update inventory variants",
            description = "Sets whether quantities are tracked (for the "
                    + "product and all its variants; stock that becomes tracked starts at 0 unless a quantity is sent) and "
                    + "the stock of the variants listed: quantity (0 to 99999999) while tracked, inStock while not. A "
                    + "managed variant listed gets stock of its own; for a product whose variants are not managed, the "
                    + "default variant 00000000-0000-0000-0000-000000000000 addresses the product's stock. All or nothing. "
                    + "Answers the whole inventory item.")
    @APIResponse(
            responseCode = "200",
            description = "The inventory item as updated",
            content =
                    @Content(
                            schema = @Schema(implementation = InventoryItemEnvelope.class),
                            examples =
                                    @ExampleObject(name = "tracked variants", value = InventoryExamples.ITEM_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Unknown variant, quantity out of range, or a quantity while " + "not tracked; nothing is changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response update(
            @Parameter(description = "Product id") @PathParam("productId") String productId,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = UpdateInventoryRequest.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "track a variant",
                                                        value = InventoryExamples.UPDATE_REQUEST),
                                                @ExampleObject(
                                                        name = "untracked, out of stock",
                                                        value = InventoryExamples.UNTRACKED_REQUEST)
                                            }))
                    JsonInput body) {
        ProductId id = ProductId.parse(productId);
        InventoryRequests.InventoryItem item = InventoryRequests.update(body);
        Product product;
        try {
            product = stock.updateInventory(CurrentStore.id(security), id, item.trackQuantity(), item.stockUpdates());
        } catch (ValidationException e) {
            throw e.nestedIn(InventoryRequests.INVENTORY_ITEM);
        }
        return Response.ok(new InventoryItemEnvelope(InventoryItemDto.of(product)))
                .build();
    }

    @POST
    @Path("decrement")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "decrementInventory",
            summary = "Decrement inventory",
            description = "Takes decrementBy from the tracked quantity of each "
                    + "variant listed (1 to 100 items), atomically: all items succeed together or none does, and concurrent "
                    + "decrements never lose one and never take a quantity below zero, unless the store allows backorders "
                    + "(GET/PATCH /stores/v1/settings): then the quantity may go negative and the variant is out of stock "
                    + "until it is above zero again. A managed variant without stock of its own takes from the product's stock. Answers, per product, the adjusted variants' stock after the "
                    + "call.")
    @APIResponse(
            responseCode = "200",
            description = "The adjusted variants' stock",
            content =
                    @Content(
                            schema = @Schema(implementation = InventoryItemsResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "one decremented",
                                            value = InventoryExamples.ADJUSTED_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed id, unknown variant, or decrementBy out of range; " + "nothing is changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "A product is not in the store; nothing is changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not enough in stock (INSUFFICIENT_STOCK) or the quantity is "
                    + "not tracked (INVENTORY_NOT_TRACKED), naming the item; nothing is changed",
            content =
                    @Content(
                            schema = @Schema(implementation = ApiError.class),
                            examples = {
                                @ExampleObject(name = "not enough", value = InventoryExamples.INSUFFICIENT_STOCK_ERROR),
                                @ExampleObject(name = "not tracked", value = InventoryExamples.NOT_TRACKED_ERROR)
                            }))
    public Response decrement(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = AdjustInventoryRequest.Decrement.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "one",
                                                            value = InventoryExamples.DECREMENT_REQUEST)))
                    JsonInput body) {
        List<InventoryRequests.SentAdjustment> items = InventoryRequests.decrements(body);
        StoreId store = CurrentStore.id(security);
        List<AdjustedStock> adjusted =
                V1Fields.DECREMENT.call(() -> stock.decrementStock(store, InventoryRequests.stockAdjustments(items)));
        return Response.ok(InventoryItemsResponse.of(adjusted)).build();
    }

    @POST
    @Path("increment")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "incrementInventory",
            summary = "Increment inventory",
            description = "Adds incrementBy to the tracked quantity of each "
                    + "variant listed (1 to 100 items), atomically: all items succeed together or none does. A managed "
                    + "variant without stock of its own adds to the product's stock. Answers, per product, the adjusted "
                    + "variants' stock after the call.")
    @APIResponse(
            responseCode = "200",
            description = "The adjusted variants' stock",
            content =
                    @Content(
                            schema = @Schema(implementation = InventoryItemsResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "one incremented",
                                            value = InventoryExamples.ADJUSTED_RESPONSE)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed id, unknown variant, or incrementBy out of range; " + "nothing is changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "A product is not in the store; nothing is changed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The quantity is not tracked (INVENTORY_NOT_TRACKED) or would "
                    + "exceed 99999999 (QUANTITY_LIMIT_EXCEEDED), naming the item; nothing is changed",
            content =
                    @Content(
                            schema = @Schema(implementation = ApiError.class),
                            examples =
                                    @ExampleObject(name = "not tracked", value = InventoryExamples.NOT_TRACKED_ERROR)))
    public Response increment(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = AdjustInventoryRequest.Increment.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "one",
                                                            value = InventoryExamples.INCREMENT_REQUEST)))
                    JsonInput body) {
        List<InventoryRequests.SentAdjustment> items = InventoryRequests.increments(body);
        StoreId store = CurrentStore.id(security);
        List<AdjustedStock> adjusted =
                V1Fields.INCREMENT.call(() -> stock.incrementStock(store, InventoryRequests.stockAdjustments(items)));
        return Response.ok(InventoryItemsResponse.of(adjusted)).build();
    }
}
