package io.catalog.web.v3;

import io.catalog.domain.application.CreateProductService;
import io.catalog.domain.application.ProductQueryService;
import io.catalog.domain.application.UpdateProductService;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Catalog V3 bulk writes: up to 100 products created, updated or deleted in one call, each item in its own
 * transaction (an item refused, or failing, changes nothing and leaves the others as they are), in the order sent.
 * Each item runs the single-product use case, with its events, and is answered in the shape of the Wix bulk APIs:
 * {@code results[]} of {@code itemMetadata {id, originalIndex, success, error}} and, with {@code returnEntity}, the
 * product as Get Product (V3) answers it; {@code bulkActionMetadata {totalSuccesses, totalFailures}}. An item's error
 * names its field inside the request ({@code products[2].name}, {@code products[0].product.revision}).
 */
@Path("/stores/v3/bulk/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products V3")
public class V3BulkProductResource {

    static final int MAX_ITEMS = CreateProductService.MAX_BULK_ITEMS;

    private static final String CREATE_EXAMPLE = """
            {"products": [{"name": "Mug", "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "7"}}}]}},
                          {"name": "Cap"}],
             "returnEntity": true}""";

    private static final String UPDATE_EXAMPLE = """
            {"products": [{"product": {"id": "0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11", "revision": "2", "name": "Big mug"},
                           "fieldMask": {"paths": ["name"]}}]}""";

    private static final String DELETE_EXAMPLE = """
            {"productIds": ["0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11"]}""";

    @Inject
    ProductQueryService queries;

    @Inject
    CreateProductService creation;

    @Inject
    UpdateProductService updates;

    @Context
    SecurityContext security;

    /** One result per item, in the order sent, and the counts. */
    @Schema(name = "V3BulkProductsResponse")
    @JsonbPropertyOrder({"results", "bulkActionMetadata"})
    public record BulkResponse(List<Result> results, Metadata bulkActionMetadata) {}

    /** One item's outcome; {@code item} is the product when written and asked for. */
    @Schema(name = "V3BulkProductResult")
    @JsonbPropertyOrder({"itemMetadata", "item"})
    public record Result(ItemMetadata itemMetadata, V3ProductDto item) {}

    /** Which item, whether it was written, and why not. */
    @Schema(name = "V3BulkItemMetadata")
    @JsonbPropertyOrder({"id", "originalIndex", "success", "error"})
    public record ItemMetadata(String id, int originalIndex, boolean success, ApiError error) {}

    /** How many items were written and refused. */
    @Schema(name = "V3BulkActionMetadata")
    @JsonbPropertyOrder({"totalSuccesses", "totalFailures"})
    public record Metadata(long totalSuccesses, long totalFailures) {}

    @POST
    @Path("create")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "bulkCreateProductsV3",
            summary = "Create products in bulk (V3)",
            description = "Creates up to 100 products (each the product object of Create Product (V3)), each in its"
                    + " own transaction: an item refused is answered with its error and the others are created.")
    @APIResponse(
            responseCode = "200",
            description = "One result per item",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a list of 1 to 100 products, or malformed JSON",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BulkResponse create(
            @RequestBody(
                            required = true,
                            content = @Content(examples = @ExampleObject(name = "two", value = CREATE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        V3Fields.refuseOthers(body, Set.of("products", "returnEntity", V3Projection.FIELDS), Set.of());
        List<JsonInput> items = items(body, "products");
        return run(items, body, (item) -> {
            V3ProductRequests.Fields fields = V3ProductRequests.readProduct(item);
            return V3Fields.PRODUCT.call(() -> creation.create(store, V3ProductRequests.create(fields)));
        });
    }

    @POST
    @Path("update")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "bulkUpdateProductsV3",
            summary = "Update products in bulk (V3)",
            description = "Changes up to 100 products, each item {product: {id, revision, ...}, fieldMask} as Update"
                    + " Product (V3) takes it, each in its own transaction: an item refused (a stale revision, a"
                    + " product not found...) is answered with its error and the others are changed.")
    @APIResponse(
            responseCode = "200",
            description = "One result per item",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a list of 1 to 100 items, or malformed JSON",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BulkResponse update(
            @RequestBody(
                            required = true,
                            content = @Content(examples = @ExampleObject(name = "rename", value = UPDATE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        V3Fields.refuseOthers(body, Set.of("products", "returnEntity", V3Projection.FIELDS), Set.of());
        List<JsonInput> items = items(body, "products");
        return run(items, body, (item) -> {
            V3Fields.refuseOthers(item, Set.of(V3ProductRequests.PRODUCT, "fieldMask"), Set.of());
            JsonInput product = item.requiredObject(V3ProductRequests.PRODUCT);
            String id = product.string("id");
            if (id == null) {
                throw new ValidationException(product.path("id"), ErrorCodes.REQUIRED, "is required");
            }
            ProductId productId = ProductId.parse(id);
            V3ProductRequests.Update update = V3ProductRequests.readUpdate(item);
            return V3Fields.PRODUCT.callIn(
                    V3ProductRequests.PRODUCT,
                    () -> updates.update(
                            store,
                            productId,
                            V3ProductRequests.update(update.fields()),
                            OptionalLong.of(update.revision())));
        });
    }

    @POST
    @Path("delete")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "bulkDeleteProductsV3",
            summary = "Delete products in bulk (V3)",
            description = "Deletes up to 100 products by id, each in its own transaction: an id that names no"
                    + " product of the store is answered with its error and the others are deleted.")
    @APIResponse(
            responseCode = "200",
            description = "One result per id",
            content = @Content(schema = @Schema(implementation = BulkResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not a list of 1 to 100 ids, or malformed JSON",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public BulkResponse delete(
            @RequestBody(
                            required = true,
                            content = @Content(examples = @ExampleObject(name = "one", value = DELETE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        V3Fields.refuseOthers(body, Set.of("productIds"), Set.of());
        List<String> ids = body.strings("productIds");
        int count = ids == null ? 0 : ids.size();
        requireSize(body.path("productIds"), count);
        List<Result> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = ids.get(i);
            try {
                updates.delete(store, ProductId.parse(id), OptionalLong.empty());
                results.add(new Result(new ItemMetadata(id, i, true, null), null));
            } catch (ValidationException e) {
                results.add(failed(i, id, e.relocatedTo(body.path("productIds[" + i + "]")), ""));
            } catch (CatalogException e) {
                results.add(failed(i, id, e, body.path("productIds[" + i + "]")));
            }
        }
        return answer(results);
    }

    private BulkResponse run(List<JsonInput> items, JsonInput body, Function<JsonInput, Product> write) {
        boolean returnEntity = Boolean.TRUE.equals(body.bool("returnEntity"));
        V3Projection projection = V3Projection.read(body, true);
        List<Result> results = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                Product product = write.apply(items.get(i));
                results.add(new Result(
                        new ItemMetadata(product.id().toString(), i, true, null),
                        returnEntity ? V3Products.of(queries.viewOf(product), projection) : null));
            } catch (CatalogException e) {
                results.add(failed(i, null, e, items.get(i).path("").replaceAll("\\.$", "")));
            }
        }
        return answer(results);
    }

    /** The items of {@code field}: 1 to {@value #MAX_ITEMS} objects. */
    private static List<JsonInput> items(JsonInput body, String field) {
        List<JsonInput> items = body.objects(field, Function.identity());
        requireSize(body.path(field), items == null ? 0 : items.size());
        return items;
    }

    private static void requireSize(String path, int count) {
        if (count == 0 || count > MAX_ITEMS) {
            throw new ValidationException(
                    path, ErrorCodes.OUT_OF_RANGE, "must list 1 to " + MAX_ITEMS + " items (was " + count + ")");
        }
    }

    /**
     * An item refused: a field error is named inside the request ({@code products[i].name}, from the item's own
     * {@code name} or a domain field); any other error as it is.
     */
    private static Result failed(int index, String id, CatalogException e, String itemPath) {
        CatalogException error = e;
        if (e instanceof ValidationException invalid && !itemPath.isEmpty()) {
            String field = invalid.field();
            if (field == null || field.isEmpty()) {
                error = invalid.relocatedTo(itemPath);
            } else if (!field.startsWith(itemPath + ".") && !field.startsWith(itemPath + "[")) {
                error = invalid.nestedIn(itemPath);
            }
        }
        return new Result(
                new ItemMetadata(id, index, false, ApiError.of(error.code(), error.getMessage(), error.field())), null);
    }

    private static BulkResponse answer(List<Result> results) {
        long successes =
                results.stream().filter(r -> r.itemMetadata().success()).count();
        return new BulkResponse(results, new Metadata(successes, results.size() - successes));
    }
}
