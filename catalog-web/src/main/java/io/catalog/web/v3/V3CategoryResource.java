package io.catalog.web.v3;

import io.catalog.domain.application.CategoryItemsService;
import io.catalog.domain.application.CollectionService;
import io.catalog.domain.collection.Collection;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionNotFoundException;
import io.catalog.domain.collection.CollectionQuery;
import io.catalog.domain.collection.CollectionRepository.Placed;
import io.catalog.domain.collection.Membership;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.security.CurrentStore;
import io.catalog.web.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Categories, as the Wix Categories API ({@code /categories/v1/categories}) serves them, under
 * {@code /stores/v3/categories}: the same stored categories v1 calls collections, and the products of a category in
 * the merchant's order (moved one at a time; added and removed in bulk by {@link V3BulkCategoryResource}).
 */
@Path("/stores/v3/categories")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Categories V3", description = "The category tree; v1 collections are its categories")
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
public class V3CategoryResource {

    static final String CREATE_EXAMPLE = """
            {"category": {"name": "T-Shirts", "parentCategory": {"id": "81093e7d-a251-4a22-a238-df3aa816f3dc"}},
             "treeReference": {"appNamespace": "@wix/stores"}}""";

    @Inject
    CollectionService collections;

    @Inject
    CategoryItemsService items;

    @Inject
    V3Cursors cursors;

    @Context
    SecurityContext security;

    /** A page of categories. */
    @Schema(name = "V3QueryCategoriesResponse")
    @JsonbPropertyOrder({"categories", "pagingMetadata"})
    public record QueryResponse(List<V3CategoryDto> categories, V3ProductResource.PagingMetadata pagingMetadata) {}

    @POST
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "createCategory",
            summary = "Create category",
            description = "A top-level category, or a subcategory of parentCategory.id; at most 5 levels deep (409"
                    + " CATEGORY_TOO_DEEP) and 1000 categories a store (409 TOO_MANY_CATEGORIES). The slug is unique"
                    + " in the store (409 SLUG_TAKEN).")
    @APIResponse(
            responseCode = "200",
            description = "The new category",
            content = @Content(schema = @Schema(implementation = V3CategoryDto.Envelope.class)))
    @APIResponse(
            responseCode = "409",
            description = "A taken slug, too deep, too many categories",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public V3CategoryDto.Envelope create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = V3CategoryDto.Envelope.class),
                                            examples = @ExampleObject(name = "subcategory", value = CREATE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        var command = V3CategoryRequests.command(body);
        return envelope(store, inCategory(() -> collections.create(store, command)));
    }

    @GET
    @Path("{categoryId}")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "getCategory",
            summary = "Get category",
            description = "Callers that may only read do not see hidden categories.")
    @APIResponse(
            responseCode = "200",
            description = "The category",
            content = @Content(schema = @Schema(implementation = V3CategoryDto.Envelope.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such category in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public V3CategoryDto.Envelope get(@Parameter(description = "Category ID") @PathParam("categoryId") String id) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        CollectionId categoryId = categoryId(id);
        Collection category = collections.get(caller.store(), categoryId);
        if (!category.visible() && !caller.canModify()) {
            throw new CollectionNotFoundException(categoryId);
        }
        return envelope(caller.store(), category);
    }

    @PATCH
    @Path("{categoryId}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateCategory",
            summary = "Update category",
            description = "Changes the fields sent; category.revision is required (409 STALE_REVISION when it is not"
                    + " the current one). A new parentCategory.id moves the category with its subcategories (409"
                    + " CATEGORY_CYCLE under itself or a subcategory, CATEGORY_TOO_DEEP past 5 levels);"
                    + " parentCategory null makes it top-level.")
    @APIResponse(
            responseCode = "200",
            description = "The category as updated",
            content = @Content(schema = @Schema(implementation = V3CategoryDto.Envelope.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such category in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "A stale revision, a taken slug, a cycle, too deep",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public V3CategoryDto.Envelope update(
            @PathParam("categoryId") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = V3CategoryDto.Envelope.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "rename",
                                                            value =
                                                                    "{\"category\": {\"revision\": \"1\", \"name\": \"Tees\"}}")))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        CollectionId categoryId = categoryId(id);
        var command = V3CategoryRequests.command(body);
        long revision = V3CategoryRequests.revision(body);
        return envelope(
                store, inCategory(() -> collections.update(store, categoryId, command, OptionalLong.of(revision))));
    }

    @DELETE
    @Path("{categoryId}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "deleteCategory",
            summary = "Delete category",
            description = "Deletes the category and its subcategories, as Wix does; their products stay in the"
                    + " catalog and leave the deleted categories.")
    @APIResponse(responseCode = "200", description = "Deleted; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such category in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> delete(@PathParam("categoryId") String id) {
        collections.delete(CurrentStore.id(security), categoryId(id));
        return Map.of();
    }

    @POST
    @Path("query")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "queryCategories",
            summary = "Query categories",
            description = "Filters on name ($eq $ne $hasSome $contains $startsWith) and id ($eq $ne $hasSome), sorts"
                    + " on name or id, pages with cursorPaging (limit 1..100; send pagingMetadata.cursors.next back"
                    + " as cursorPaging.cursor, without filter or sort).")
    @APIResponse(
            responseCode = "200",
            description = "A page of categories",
            content = @Content(schema = @Schema(implementation = QueryResponse.class)))
    public QueryResponse query(
            @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "by name",
                                                            value =
                                                                    "{\"query\": {\"filter\": {\"name\": {\"$startsWith\": \"T\"}},"
                                                                            + " \"cursorPaging\": {\"limit\": 10}}}")))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        V3CategoryRequests.Page page = V3CategoryRequests.page(body, caller.store(), !caller.canModify(), cursors);
        CollectionQuery.Page found = collections.queryStored(caller.store(), page.query());
        List<V3CategoryDto> answered = items.views(caller.store(), found.collections()).stream()
                .map(V3CategoryDto::of)
                .toList();
        boolean hasNext = page.query().paging().offset() + answered.size() < found.totalResults();
        return new QueryResponse(
                answered,
                new V3ProductResource.PagingMetadata(
                        answered.size(),
                        new V3ProductResource.Cursors(hasNext ? page.next(cursors) : null, null),
                        hasNext));
    }

    @POST
    @Path("{categoryId}/move-item")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "moveItemInCategory",
            summary = "Move item in category",
            description = "Places the product FIRST, LAST or BEFORE beforeItem in the category's order, adding it to"
                    + " the category when it is not in it (place). One row is written however large the category;"
                    + " beforeItem must be in the category (409 ITEM_NOT_IN_CATEGORY).")
    @APIResponse(responseCode = "200", description = "Placed; an empty object")
    @APIResponse(
            responseCode = "409",
            description = "beforeItem is not in the category",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> move(
            @PathParam("categoryId") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "before another",
                                                            value = V3BulkCategoryResource.MOVE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        CollectionId categoryId = categoryId(id);
        ProductId product = V3CategoryRequests.item(body, "item");
        var placement = V3CategoryRequests.placement(body);
        items.place(store, categoryId, product, placement);
        return Map.of();
    }

    @POST
    @Path("{categoryId}/list-items")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "listItemsInCategory",
            summary = "List items in category",
            description = "The category's products in the merchant's order, up to cursorPaging.limit (1..100) a"
                    + " page; send pagingMetadata.cursors.next back as cursorPaging.cursor. Callers that may only"
                    + " read see visible products of visible categories only.")
    @APIResponse(
            responseCode = "200",
            description = "A page of items",
            content = @Content(schema = @Schema(implementation = V3BulkCategoryResource.ItemsPage.class)))
    public V3BulkCategoryResource.ItemsPage list(
            @PathParam("categoryId") String id,
            @RequestBody(content = @Content(examples = @ExampleObject(name = "first page", value = "{}")))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        CollectionId categoryId = categoryId(id);
        JsonInput paging = body.object("cursorPaging");
        Integer limit = paging == null ? null : paging.integer("limit");
        String cursor = paging == null ? null : paging.string("cursor");
        Optional<Placed> after = Optional.empty();
        if (cursor != null) {
            JsonObject payload = cursors.decode(cursor, "cursorPaging.cursor");
            try {
                if (!caller.store().value().equals(payload.getString("s"))
                        || !categoryId.value().equals(payload.getString("i"))) {
                    throw V3Cursors.invalid("cursorPaging.cursor");
                }
                after = Optional.of(new Placed(
                        ProductId.parse(payload.getString("p")),
                        payload.getJsonNumber("k").longValueExact()));
                limit = limit != null ? limit : payload.getInt("l");
            } catch (ClassCastException | NullPointerException | ArithmeticException | ValidationException e) {
                throw V3Cursors.invalid("cursorPaging.cursor");
            }
        }
        int size = V3QueryRequests.limit(limit, "cursorPaging.limit");
        List<Placed> page = items.items(caller.store(), categoryId, after, size + 1, !caller.canModify());
        boolean hasNext = page.size() > size;
        List<Placed> shown = hasNext ? page.subList(0, size) : page;
        String next = null;
        if (hasNext) {
            Placed last = shown.get(shown.size() - 1);
            next = cursors.encode(Json.createObjectBuilder()
                    .add("s", caller.store().value())
                    .add("i", categoryId.value())
                    .add("l", size)
                    .add("p", last.product().toString())
                    .add("k", last.sortKey())
                    .build());
        }
        return new V3BulkCategoryResource.ItemsPage(
                shown.stream()
                        .map(p -> V3BulkCategoryResource.Item.of(p.product()))
                        .toList(),
                new V3ProductResource.PagingMetadata(shown.size(), new V3ProductResource.Cursors(next, null), hasNext));
    }

    @POST
    @Path("list-categories-for-item")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "listCategoriesForItem",
            summary = "List categories for item",
            description = "The categories the product is directly in (see the product's allCategoriesInfo for their"
                    + " ancestors).")
    @APIResponse(
            responseCode = "200",
            description = "The category ids",
            content = @Content(schema = @Schema(implementation = V3BulkCategoryResource.CategoriesOfItem.class)))
    public V3BulkCategoryResource.CategoriesOfItem categoriesOf(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "a product",
                                                            value = "{\"itemReference\": {\"catalogItemId\":"
                                                                    + " \"a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4\"}}")))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        ProductId product = V3CategoryRequests.item(body, "itemReference");
        List<Membership> memberships = items.categoriesOf(caller.store(), product, !caller.canModify());
        return new V3BulkCategoryResource.CategoriesOfItem(
                memberships.stream().map(m -> m.collection().value()).toList());
    }

    private V3CategoryDto.Envelope envelope(StoreId store, Collection category) {
        return new V3CategoryDto.Envelope(
                V3CategoryDto.of(items.views(store, List.of(category)).get(0)));
    }

    /** A category id of the path; All Products, a v1 notion, is not a category here. */
    static CollectionId categoryId(String id) {
        CollectionId categoryId = CollectionId.parse(id, "categoryId");
        if (categoryId.isAllProducts()) {
            throw new CollectionNotFoundException(categoryId);
        }
        return categoryId;
    }

    /** Runs a category command, addressing the domain's field errors inside the request's category object. */
    private static Collection inCategory(Supplier<Collection> command) {
        try {
            return command.get();
        } catch (ValidationException e) {
            throw e.nestedIn(V3CategoryRequests.CATEGORY);
        } catch (RuleViolationException e) {
            throw e.field() == null
                    ? e
                    : new RuleViolationException(
                            e.code(), V3CategoryRequests.CATEGORY + "." + e.field(), e.getMessage());
        }
    }
}
