package io.catalog.web.products;

import io.catalog.domain.application.ProductMediaService;
import io.catalog.domain.product.ChoiceMedia;
import io.catalog.domain.product.NewMedia;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.store.StoreId;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A product's media and the media of its choices: {@code /stores/v1/products/{id}/media...} and
 * {@code /stores/v1/products/{id}/choices/media...}, as the Wix Stores Catalog v1 API. Media are kept by reference
 * (URLs), never downloaded; an item added by {@code mediaId} is found under {@code catalog.media.base-url}.
 */
@Path("/stores/v1/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Media")
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
        description = "No such product in the store",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ProductMediaResource {

    @Inject
    ProductMediaService media;

    @Context
    SecurityContext security;

    @Inject
    @ConfigProperty(name = "catalog.media.base-url", defaultValue = "https://static.wixstatic.com/media/")
    String mediaBaseUrl;

    @POST
    @Path("{id}/media")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "addProductMedia",
            summary = "Add product media",
            description = "Adds media items to a product, each either by an "
                    + "existing mediaId or by an absolute http(s) URL (at most 2000 characters; kept as a reference, never "
                    + "downloaded), optionally linked to a choice ({\"option\", \"choice\"}). Items are appended in order; "
                    + "the first item of the product is its main media. mediaType (\"image\" or \"video\") may be given; "
                    + "otherwise .mp4, .mov, .webm and .m4v are videos and anything else is an image. A product has at most "
                    + "15 media items: a call that would exceed that adds nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Added; an empty object",
            content = @Content(examples = @ExampleObject(name = "empty", value = MediaExamples.EMPTY)))
    @APIResponse(
            responseCode = "400",
            description = "No media, an item with neither or both of mediaId and url, "
                    + "an invalid URL, or an unknown option or choice; nothing is added",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "More than 15 items (TOO_MANY_MEDIA), a media id the product "
                    + "already has (MEDIA_ALREADY_ADDED), or a choice of another option than the one whose choices have "
                    + "media (CHOICE_MEDIA_OTHER_OPTION); nothing is added",
            content =
                    @Content(
                            schema = @Schema(implementation = ApiError.class),
                            examples = @ExampleObject(name = "too many", value = MediaExamples.TOO_MANY_ERROR)))
    public Response add(
            @Parameter(description = "Product id") @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "by mediaId and by URL",
                                                            value = MediaExamples.ADD_REQUEST)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        List<NewMedia> items = ProductMediaRequests.additions(body, mediaBaseUrl);
        media.addMedia(store, productId, items);
        return Response.ok(Map.of()).build();
    }

    @POST
    @Path("{id}/media/delete")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "removeProductMedia",
            summary = "Remove product media",
            description = "Removes the media items with the given mediaIds "
                    + "from the product, and from its choices; all of them when no mediaIds are given.")
    @APIResponse(
            responseCode = "200",
            description = "Removed; an empty object",
            content = @Content(examples = @ExampleObject(name = "empty", value = MediaExamples.EMPTY)))
    @APIResponse(
            responseCode = "400",
            description = "A media id the product does not have (UNKNOWN_MEDIA); " + "nothing is removed",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response remove(
            @Parameter(description = "Product id") @PathParam("id") String id,
            @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "two items",
                                                            value = MediaExamples.REMOVE_REQUEST)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        List<String> mediaIds = ProductMediaRequests.mediaIds(body);
        media.removeMedia(store, productId, mediaIds);
        return Response.ok(Map.of()).build();
    }

    @PATCH
    @Path("{id}/choices/media")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "addProductMediaToChoices",
            summary = "Add product media to choices",
            description = "Links media items the product already "
                    + "has to a choice of one of its options. The body is {\"option\", \"choice\", \"mediaIds\"}, or "
                    + "{\"media\": [...]} of such entries. Media can be set on the choices of only one option at a time: "
                    + "while choices of one option have media, linking media to a choice of another option is refused "
                    + "(CHOICE_MEDIA_OTHER_OPTION); clear them first with Remove Product Media From Choices. Also "
                    + "accepted with POST, as the seed's example sends it. Errors name fields as in the media array form "
                    + "(a flat body is its entry media[0]).")
    @APIResponse(
            responseCode = "200",
            description = "Linked; an empty object",
            content = @Content(examples = @ExampleObject(name = "empty", value = MediaExamples.EMPTY)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown option, choice or media id; nothing is linked",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "Choices of another option have media " + "(CHOICE_MEDIA_OTHER_OPTION); nothing is linked",
            content =
                    @Content(
                            schema = @Schema(implementation = ApiError.class),
                            examples = @ExampleObject(name = "other option", value = MediaExamples.OTHER_OPTION_ERROR)))
    public Response link(
            @Parameter(description = "Product id") @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(
                                                        name = "seed example",
                                                        value = MediaExamples.LINK_REQUEST),
                                                @ExampleObject(
                                                        name = "media array",
                                                        value = MediaExamples.LINK_ARRAY_REQUEST)
                                            }))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        List<ChoiceMedia> links = ProductMediaRequests.requiredChoiceMedia(body);
        media.linkChoiceMedia(store, productId, links);
        return Response.ok(Map.of()).build();
    }

    @POST
    @Path("{id}/choices/media")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "addProductMediaToChoicesByPost",
            summary = "Add product media to choices (POST)",
            description = "The same as the PATCH call, " + "with the method of the seed's example.")
    @APIResponse(
            responseCode = "200",
            description = "Linked; an empty object",
            content = @Content(examples = @ExampleObject(name = "empty", value = MediaExamples.EMPTY)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown option, choice or media id; nothing is linked",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "Choices of another option have media " + "(CHOICE_MEDIA_OTHER_OPTION); nothing is linked",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response linkByPost(
            @Parameter(description = "Product id") @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(
                                                            name = "seed example",
                                                            value = MediaExamples.LINK_REQUEST)))
                    JsonInput body) {
        return link(id, body);
    }

    @POST
    @Path("{id}/choices/media/delete")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "removeProductMediaFromChoices",
            summary = "Remove product media from choices",
            description = "Unlinks media items from choices: "
                    + "for {\"option\", \"choice\", \"mediaIds\"} (or a {\"media\": [...]} of such entries) the listed "
                    + "items, or all media of the choice when mediaIds is absent; with an empty body, all media from all "
                    + "choices. The items stay media of the product.")
    @APIResponse(
            responseCode = "200",
            description = "Unlinked; an empty object",
            content = @Content(examples = @ExampleObject(name = "empty", value = MediaExamples.EMPTY)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown option, choice or media id; nothing is unlinked",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response unlink(
            @Parameter(description = "Product id") @PathParam("id") String id,
            @RequestBody(
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(
                                                        name = "seed example",
                                                        value = MediaExamples.UNLINK_REQUEST),
                                                @ExampleObject(name = "all choices", value = MediaExamples.EMPTY)
                                            }))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductId productId = ProductId.parse(id);
        List<ChoiceMedia> links = ProductMediaRequests.choiceMedia(body);
        media.unlinkChoiceMedia(store, productId, links);
        return Response.ok(Map.of()).build();
    }
}
