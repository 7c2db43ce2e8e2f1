package io.catalog.web.collections;

import io.catalog.domain.application.CollectionService;
import io.catalog.domain.collection.Collection;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.collection.CollectionNotFoundException;
import io.catalog.domain.collection.CollectionQuery;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Collections: {@code /stores/v1/collections}, as the Wix Stores Catalog v1 API. */
@Path("/stores/v1/collections")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collections")
@APIResponse(
        responseCode = "400",
        description = "A field is malformed or breaks a limit",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "401",
        description = "No valid token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks the permission",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class CollectionResource {

    private static final String CREATE_EXAMPLE = "{\"collection\": {\"name\": \"My New Collection\"}}";
    private static final String PRODUCT_IDS_EXAMPLE = """
            {"productIds": ["a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4", "d9cd1d2f-8318-486b-a6f3-aa0c4e81ccd2"]}""";

    @Inject
    CollectionService collections;

    @Context
    SecurityContext security;

    /** A page of collections. */
    @Schema(name = "QueryCollectionsResponse")
    @JsonbPropertyOrder({"collections", "metadata", "totalResults"})
    public record QueryResponse(java.util.List<CollectionDto> collections, Metadata metadata, long totalResults) {}

    /** Paging of an answer: the page size asked for and the offset. */
    @Schema(name = "CollectionsPagingMetadata")
    @JsonbPropertyOrder({"items", "offset"})
    public record Metadata(int items, int offset) {}

    @POST
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(operationId = "createCollection", summary = "Create collection")
    @APIResponse(
            responseCode = "200",
            description = "The new collection",
            content = @Content(schema = @Schema(implementation = CollectionDto.Envelope.class)))
    @APIResponse(
            responseCode = "409",
            description = "The requested slug is taken",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionDto.Envelope create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = CollectionDto.Envelope.class),
                                            examples = @ExampleObject(name = "new collection", value = CREATE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        var command = CollectionRequests.command(body);
        return new CollectionDto.Envelope(CollectionDto.of(inCollection(() -> collections.create(store, command))));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "getCollection",
            summary = "Get collection",
            description = "Callers that may only read do not see hidden collections.")
    @APIResponse(
            responseCode = "200",
            description = "The collection",
            content = @Content(schema = @Schema(implementation = CollectionDto.Envelope.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such collection in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionDto.Envelope get(@PathParam("id") String id) {
        CollectionId collectionId = CollectionId.parse(id, "id");
        CurrentStore.Caller caller = CurrentStore.caller(security);
        Collection collection = collections.get(caller.store(), collectionId);
        if (!collection.visible() && !caller.canModify()) {
            throw new CollectionNotFoundException(collectionId);
        }
        return new CollectionDto.Envelope(CollectionDto.of(collection));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateCollection",
            summary = "Update collection",
            description = "Changes only the fields sent. The All Products "
                    + "collection cannot be changed (409 COLLECTION_NOT_EDITABLE).")
    @APIResponse(
            responseCode = "200",
            description = "The collection as updated",
            content = @Content(schema = @Schema(implementation = CollectionDto.Envelope.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such collection in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The All Products collection, a taken slug, or a stale revision",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CollectionDto.Envelope update(
            @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = CollectionDto.Envelope.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "rename",
                                                            value = "{\"collection\": {\"name\": \"Updated name\"}}")))
                    JsonInput input) {
        StoreId store = CurrentStore.id(security);
        CollectionId collectionId = CollectionId.parse(id, "id");
        var command = CollectionRequests.command(input);
        var revision = CollectionRequests.revision(input);
        return new CollectionDto.Envelope(
                CollectionDto.of(inCollection(() -> collections.update(store, collectionId, command, revision))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "deleteCollection",
            summary = "Delete collection",
            description = "Deletes the collection and its memberships; its "
                    + "products stay. The All Products collection cannot be deleted.")
    @APIResponse(responseCode = "200", description = "Deleted; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such collection in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The All Products collection",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> delete(@PathParam("id") String id) {
        collections.delete(CurrentStore.id(security), CollectionId.parse(id, "id"));
        return Map.of();
    }

    @POST
    @Path("query")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "queryCollections",
            summary = "Query collections",
            description = "Up to 100 collections, filtered on name ($eq $ne "
                    + "$hasSome $contains $startsWith) and id ($eq $ne $hasSome), sorted on name or id, paged. The All "
                    + "Products collection comes first when it matches.")
    @APIResponse(
            responseCode = "200",
            description = "A page of collections",
            content = @Content(schema = @Schema(implementation = QueryResponse.class)))
    public QueryResponse query(
            @RequestBody(
                            content =
                                    @Content(
                                            schema = @Schema(implementation = QueryCollectionsRequest.class),
                                            examples = @ExampleObject(name = "all", value = "{}")))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        CollectionQuery query = CollectionRequests.query(body, !caller.canModify());
        CollectionQuery.Page page = collections.query(caller.store(), query);
        return new QueryResponse(
                page.collections().stream().map(CollectionDto::of).toList(),
                new Metadata(query.paging().limit(), query.paging().offset()),
                page.totalResults());
    }

    @POST
    @Path("{id}/productIds")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "addProductsToCollection",
            summary = "Add products to collection",
            description = "At most 1000 ids a call; every id must name a"
                    + " product of the store (else 400 UNKNOWN_PRODUCT naming them, and nothing is added); adding twice is"
                    + " harmless.")
    @APIResponse(responseCode = "200", description = "Added; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such collection in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> addProducts(
            @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(name = "two products", value = PRODUCT_IDS_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        CollectionId collectionId = CollectionId.parse(id, "id");
        var productIds = CollectionRequests.productIds(body);
        collections.addProducts(store, collectionId, productIds);
        return Map.of();
    }

    @POST
    @Path("{id}/productIds/delete")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "removeProductsFromCollection",
            summary = "Remove products from collection",
            description = "Removes the listed products, or every" + " product when none are listed.")
    @APIResponse(responseCode = "200", description = "Removed; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such collection in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> removeProducts(
            @PathParam("id") String id,
            @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(name = "two products", value = PRODUCT_IDS_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        CollectionId collectionId = CollectionId.parse(id, "id");
        var productIds = CollectionRequests.productIds(body);
        collections.removeProducts(store, collectionId, productIds);
        return Map.of();
    }

    /** Runs a collection command, addressing the domain's field errors inside the request's collection object. */
    private static Collection inCollection(java.util.function.Supplier<Collection> command) {
        try {
            return command.get();
        } catch (ValidationException e) {
            throw e.nestedIn(CollectionRequests.COLLECTION);
        }
    }
}
