package io.catalog.web.v3;

import io.catalog.domain.application.CreateProductService;
import io.catalog.domain.application.ProductQueryService;
import io.catalog.domain.application.ProductViewPage;
import io.catalog.domain.application.UpdateProductService;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.store.StoreId;
import io.catalog.web.QueryParameters;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.products.kept.ProductAnswers;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
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

/**
 * Products in the Wix Catalog V3 dialect: {@code /stores/v3/products}. The same catalog as v1 (a product created
 * through v1 reads and changes here, and the other way round), answered in the V3 product shape ({@link V3Products}).
 * Callers that may only read see neither hidden products nor hidden variants and choices, as in v1. Writes read the
 * V3 fields the catalog keeps ({@link V3ProductRequests}) and run the same use cases as v1, so their events are the
 * same; fields the catalog does not keep are refused, never dropped.
 */
@Path("/stores/v3/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products V3", description = "Catalog V3 reads and writes over the same products as v1")
@APIResponse(
        responseCode = "401",
        description = "No token, or a token that is invalid or expired",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks the permission",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class V3ProductResource {

    static final String QUERY_EXAMPLE = """
            {
              "query": {
                "filter": {"visible": true, "actualPriceRange.minValue.amount": {"$gte": "10"}},
                "sort": [{"fieldName": "name", "order": "ASC"}],
                "cursorPaging": {"limit": 50}
              }
            }""";

    static final String NEXT_PAGE_EXAMPLE = """
            {"query": {"cursorPaging": {"limit": 50, "cursor": "eyJzIjoi...Q.3k1y..."}}}""";

    static final String COUNT_EXAMPLE = """
            {"filter": {"productType": "DIGITAL"}}""";

    static final String CREATE_EXAMPLE = """
            {
              "product": {
                "name": "T-shirt",
                "productType": "PHYSICAL",
                "plainDescription": "<p>nice summer t-shirt</p>",
                "options": [
                  {"name": "Size", "optionRenderType": "TEXT_CHOICES",
                   "choicesSettings": {"choices": [{"name": "S"}, {"name": "L"}]}},
                  {"name": "Color", "optionRenderType": "SWATCH_CHOICES",
                   "choicesSettings": {"choices": [{"name": "Green", "colorCode": "#008000"}]}}
                ],
                "modifiers": [
                  {"name": "Print", "modifierRenderType": "FREE_TEXT", "mandatory": false,
                   "freeTextSettings": {"maxCharCount": 20, "defaultAddedPrice": "3.00", "title": "Text to print"}},
                  {"name": "Gift wrap", "modifierRenderType": "TEXT_CHOICES",
                   "choicesSettings": {"choices": [{"name": "Yes", "addedPrice": "2.50"}, {"name": "No"}]}}
                ],
                "variantsInfo": {"variants": [
                  {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}},
                               {"optionChoiceNames": {"optionName": "Color", "choiceName": "Green"}}],
                   "price": {"actualPrice": {"amount": "10.50"}}, "sku": "TS",
                   "physicalProperties": {"weight": 0.2}},
                  {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "L"}},
                               {"optionChoiceNames": {"optionName": "Color", "choiceName": "Green"}}],
                   "price": {"actualPrice": {"amount": "12.00"}, "compareAtPrice": {"amount": "15.00"}},
                   "sku": "TS-L", "barcode": "4006381333931", "revenueDetails": {"cost": {"amount": "6"}},
                   "physicalProperties": {"weight": 0.25}}
                ]}
              }
            }""";

    static final String UPDATE_EXAMPLE = """
            {
              "product": {"revision": "3", "name": "Summer T-shirt", "visible": false},
              "fieldMask": {"paths": ["name"]}
            }""";

    static final String WRITE_FIELDS = " Fields kept: name, slug, visible, productType (PHYSICAL, DIGITAL),"
            + " plainDescription (HTML) or description (a rich-content document of PARAGRAPH and HEADING nodes of"
            + " undecorated TEXT nodes), options (TEXT_CHOICES; SWATCH_CHOICES: choice name and colorCode) and"
            + " variantsInfo.variants (price.actualPrice, price.compareAtPrice, sku, barcode, physicalProperties.weight,"
            + " visible, revenueDetails.cost: one variant without options; with options, every combination once)."
            + " Variants all alike stay unmanaged (their values are the product's); as soon as one differs, the"
            + " variants become managed variants (v1's manageVariants), each with its own values, and stay managed."
            + " Merchandising: handle (set on create, unique in the store, never changed), brand, ribbon,"
            + " additionalRibbons (at most 4; ids derived from the name), visibleInPos, taxGroupId, seoData,"
            + " extendedFields (up to 16 KiB) and tags (see docs/catalog-v3.md, Merchandising). Modifiers (options that"
            + " make no variant: FREE_TEXT with freeTextSettings, TEXT_CHOICES and SWATCH_CHOICES with"
            + " choicesSettings.choices and addedPrice), at most 6, replaced whole; ids are kept when sent back or"
            + " matched by name (see docs/catalog-v3.md, Modifiers)."
            + " extendedFields (up to 16 KiB) and tags (see docs/catalog-v3.md, Merchandising). subscriptionDetails:"
            + " at most 6 subscriptions (title, description, visible, frequency DAY/WEEK/MONTH/YEAR, interval,"
            + " autoRenewal or billingCycles, discount AMOUNT/PERCENT) and allowOneTimePurchases, written whole."
            + " fields (beside product) adds fields to the answer, as Get Product (V3) does."
            + " Output-only fields (id, revision on create, createdDate, updatedDate, url, currency, actualPriceRange,"
            + " compareAtPriceRange, costRange, inventory, variantSummary, categories...) are ignored; any other field"
            + " (infoSections, media, subscriptionDetails...) is refused with UNSUPPORTED_FIELD naming it.";

    @Inject
    ProductQueryService queries;

    @Inject
    CreateProductService creation;

    @Inject
    UpdateProductService updates;

    @Inject
    V3Cursors cursors;

    @Inject
    ProductAnswers answers;

    /** The V3 product object, under which {@link ProductAnswers} keeps it beside v1's answers. */
    static final String KEPT_SHAPE = "v3";

    @Context
    SecurityContext security;

    /** {@code {"product": {...}}}. */
    @Schema(name = "V3ProductEnvelope")
    public record ProductEnvelope(V3ProductDto product) {}

    /** A page of a query. */
    @Schema(name = "V3QueryProductsResponse")
    @JsonbPropertyOrder({"products", "pagingMetadata"})
    public record QueryResponse(List<V3ProductDto> products, PagingMetadata pagingMetadata) {}

    /** Where a page is in the matches. */
    @Schema(name = "V3CursorPagingMetadata")
    @JsonbPropertyOrder({"count", "cursors", "hasNext"})
    public record PagingMetadata(
            @Schema(description = "Products in this page") int count,
            Cursors cursors,

            @Schema(description = "Whether more products match after this page")
            boolean hasNext) {}

    /** The cursors of the next page and of the page before. */
    @Schema(name = "V3Cursors")
    @JsonbPropertyOrder({"next", "prev"})
    public record Cursors(
            @Schema(description = "Absent on the last page") String next,

            @Schema(description = "The page before this one; absent on the first page")
            String prev) {}

    /** How many products match. */
    @Schema(name = "V3CountProductsResponse")
    public record CountResponse(long count) {}

    @GET
    @Path("{productId}")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "getProductV3",
            summary = "Get product (V3)",
            description = "Returns a product in the Catalog V3 shape, with its variants (a product whose variants"
                    + " are not managed answers its combinations, or its one default variant, at its own price,"
                    + " SKU and stock). Callers that may only read do not see hidden products, variants, choices or"
                    + " subscriptions. Fields Wix answers only when asked are added by fields (an unknown name is"
                    + " 400 UNKNOWN_ENUM_VALUE); MERCHANT_DATA is answered to callers that may modify products"
                    + " only, and left out for the others.")
    @APIResponse(
            responseCode = "200",
            description = "The product",
            content = @Content(schema = @Schema(implementation = ProductEnvelope.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store (or hidden from the caller)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response get(
            @Parameter(description = "Product ID") @PathParam("productId") String productId,
            @Parameter(
                            description = "Fields to return beside the default ones (repeat the parameter): URL,"
                                    + " CURRENCY, PLAIN_DESCRIPTION, DESCRIPTION, MEDIA_ITEMS_INFO, MERCHANT_DATA,"
                                    + " SUBSCRIPTION_PRICES_INFO, DIRECT_CATEGORIES_INFO, ALL_CATEGORIES_INFO,"
                                    + " BREADCRUMBS_INFO...")
                    @QueryParam("fields")
                    List<String> fields) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        StoreId store = caller.store();
        ProductId id = ProductId.parse(productId);
        V3Projection projection = V3Projection.of(fields, V3Projection.FIELDS, caller.canModify());
        boolean visibleOnly = projection.visibleOnly();
        if (!projection.fields().isEmpty()) {
            // Fields asked for: written for this request (the answers kept are the default ones).
            return V3Json.ok(new ProductEnvelope(V3Products.of(queries.get(store, id, visibleOnly), projection)));
        }
        // As v1's read: the current revision first, then the answer kept at it, or read and written again.
        long revision = queries.revision(store, id, visibleOnly);
        ProductAnswers.Answer answer = answers.answer(
                store,
                id,
                revision,
                visibleOnly,
                KEPT_SHAPE,
                () -> queries.get(store, id, visibleOnly),
                view -> V3Json.toJson(V3Products.of(view, projection)));
        return ProductAnswers.inEnvelope(answer).ok().build();
    }

    @POST
    @Path("query")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "queryProductsV3",
            summary = "Query products (V3)",
            description = "Up to cursorPaging.limit products (1 to 100, default 100), filtered and sorted, paged by"
                    + " cursor: send pagingMetadata.cursors.next back as cursorPaging.cursor (without filter or sort)"
                    + " for the next page, until hasNext is false. Filter fields: id, name, slug, visible,"
                    + " productType (PHYSICAL, DIGITAL), createdDate, updatedDate, actualPriceRange.minValue.amount"
                    + " (the product's own price before its discount); operators $eq $ne $in $nin $hasSome"
                    + " $startsWith $contains (text), $lt $lte $gt $gte (numbers and dates), with $and $or $not."
                    + " Sort fields: id, name, slug, createdDate, updatedDate, actualPriceRange.minValue.amount"
                    + " (ASC or DESC, at most 3); without a sort, creation order. Cursors are opaque and"
                    + " tamper-checked; a page reached by a cursor also answers cursors.prev, the page before."
                    + " fields (beside query) adds fields to each product, as Get Product (V3) does.")
    @APIResponse(
            responseCode = "200",
            description = "A page of products",
            content = @Content(schema = @Schema(implementation = QueryResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown field or operator, value of the wrong type, limit out of range, a cursor that"
                    + " was altered or is another store's (INVALID_CURSOR), filter or sort sent with a cursor",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response query(
            @RequestBody(
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(name = "first page", value = QUERY_EXAMPLE),
                                                @ExampleObject(name = "next page", value = NEXT_PAGE_EXAMPLE)
                                            }))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        StoreId store = caller.store();
        boolean visibleOnly = !caller.canModify();
        V3Projection projection = V3Projection.read(body, caller.canModify());
        V3QueryPages.Plan plan = V3QueryPages.plan(V3QueryRequests.read(body), store, visibleOnly, cursors);
        ProductViewPage page = V3QueryPages.inOrder(plan, queries.query(store, plan.query()));
        List<V3ProductDto> products = page.products().stream()
                .map(entry -> V3Products.of(entry.view().orElseThrow(), projection))
                .toList();
        return V3Json.ok(new QueryResponse(products, V3QueryPages.metadata(plan, page, store, cursors)));
    }

    @POST
    @Path("count")
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "countProductsV3",
            summary = "Count products (V3)",
            description = "How many products match the filter (the fields and operators of the query); callers that"
                    + " may only read count visible products only.")
    @APIResponse(
            responseCode = "200",
            description = "The count",
            content = @Content(schema = @Schema(implementation = CountResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed filter",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public CountResponse count(
            @RequestBody(
                            content =
                                    @Content(
                                            examples =
                                                    @ExampleObject(name = "digital products", value = COUNT_EXAMPLE)))
                    JsonInput body) {
        CurrentStore.Caller caller = CurrentStore.caller(security);
        ProductFilter filter = V3QueryRequests.filter(body.structured("filter"), "filter");
        ProductQuery query = new ProductQuery(filter, List.of(), new Paging(1, 0), !caller.canModify(), false);
        return new CountResponse(queries.query(caller.store(), query).totalResults());
    }

    @POST
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "createProductV3",
            summary = "Create product (V3)",
            description = "Creates a product from the Catalog V3 fields the catalog keeps and answers it as Get"
                    + " Product (V3) does."
                    + WRITE_FIELDS)
    @APIResponse(
            responseCode = "200",
            description = "The new product",
            content = @Content(schema = @Schema(implementation = ProductEnvelope.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is malformed or breaks a limit, a field the catalog does not keep"
                    + " (UNSUPPORTED_FIELD), or variants that are not every combination of the choices once"
                    + " (NOT_ALLOWED)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The requested slug or handle is taken (SLUG_TAKEN, HANDLE_TAKEN)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ProductEnvelope create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = ProductEnvelope.class),
                                            examples = @ExampleObject(name = "T-shirt", value = CREATE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        V3ProductRequests.Fields fields = V3ProductRequests.readCreate(body);
        V3Projection projection = V3Projection.read(body, true);
        return answer(inProduct(() -> creation.create(store, V3ProductRequests.create(fields))), projection);
    }

    @PATCH
    @Path("{productId}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateProductV3",
            summary = "Update product (V3)",
            description = "Changes a product at the revision read (product.revision, required; a product changed"
                    + " since answers 409 STALE_REVISION). With fieldMask.paths, only the fields named change (a"
                    + " named field not sent or null clears it: plainDescription or description clears the"
                    + " description, options removes the options and variant management, brand, ribbon, taxGroupId,"
                    + " seoData, subscriptionDetails... are removed, variantsInfo.variants.sku, .barcode,"
                    + " .revenueDetails.cost and .price.compareAtPrice remove that value from the variants not"
                    + " sending it; name, slug, visible... are required); without it, the fields sent (null: not"
                    + " sent). The variants sent must be every combination of the product's choices; a price sent"
                    + " replaces a discount set through v1."
                    + WRITE_FIELDS)
    @APIResponse(
            responseCode = "200",
            description = "The product as updated",
            content = @Content(schema = @Schema(implementation = ProductEnvelope.class)))
    @APIResponse(
            responseCode = "400",
            description = "No product.revision (REQUIRED), a malformed field, a field the catalog does not keep"
                    + " (UNSUPPORTED_FIELD), or a field mask naming one",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "Stale revision (STALE_REVISION) or a slug that is taken",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ProductEnvelope update(
            @Parameter(description = "Product ID") @PathParam("productId") String productId,
            @RequestBody(
                            required = true,
                            content = @Content(examples = @ExampleObject(name = "rename", value = UPDATE_EXAMPLE)))
                    JsonInput body) {
        StoreId store = CurrentStore.id(security);
        ProductId id = ProductId.parse(productId);
        V3ProductRequests.Update update = V3ProductRequests.readUpdate(body);
        V3Projection projection = V3Projection.read(body, true);
        return answer(
                inProduct(() -> updates.update(
                        store, id, V3ProductRequests.update(update.fields()), OptionalLong.of(update.revision()))),
                projection);
    }

    @DELETE
    @Path("{productId}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "deleteProductV3",
            summary = "Delete product (V3)",
            description = "Deletes a product; with ?revision=, only that revision (else 409 STALE_REVISION).")
    @APIResponse(responseCode = "200", description = "Deleted; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such product in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(
            responseCode = "409",
            description = "The revision given is no longer current",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> delete(
            @Parameter(description = "Product ID") @PathParam("productId") String productId,
            @Parameter(
                            description = "Delete only this revision",
                            schema = @Schema(type = SchemaType.STRING, example = "3"))
                    @QueryParam("revision")
                    String revision) {
        StoreId store = CurrentStore.id(security);
        updates.delete(store, ProductId.parse(productId), QueryParameters.wholeNumber(revision, "revision"));
        return Map.of();
    }

    private ProductEnvelope answer(Product product, V3Projection projection) {
        return new ProductEnvelope(V3Products.of(queries.viewOf(product), projection));
    }

    /**
     * Runs a product command, addressing its field errors to the V3 fields, inside the request's {@code product}
     * object.
     */
    private static Product inProduct(Supplier<Product> command) {
        return V3Fields.PRODUCT.callIn(V3ProductRequests.PRODUCT, command);
    }
}
