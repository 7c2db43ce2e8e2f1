package io.catalog.web.products;

import io.catalog.domain.application.BulkCreateResult;
import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.CreateProductService;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.domain.store.StoreSettingsRepository;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.products.dto.ProductDto;
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
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /stores/v1/bulk/products}: up to 100 products in one call and one transaction, each created or refused
 * on its own merits, answered in the shape of the Wix bulk APIs ({@code results} with {@code itemMetadata}, and
 * {@code bulkActionMetadata}). For imports and seeding: far faster than one call per product.
 */
@Path("/stores/v1/bulk/products")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class BulkProductResource {

    private static final String EXAMPLE = """
            {"products": [{"name": "T-shirt", "priceData": {"price": 10.5}},
                          {"name": "Mug", "priceData": {"price": 7}}],
             "returnEntity": true}""";

    @Inject
    CreateProductService creation;

    @Inject
    StoreSettingsRepository settings;

    @Context
    SecurityContext security;

    /** The answer: one result per item, in the order sent, and the counts. */
    @Schema(name = "BulkCreateProductsResponse")
    @JsonbPropertyOrder({"results", "bulkActionMetadata"})
    public record BulkResponse(List<Result> results, Metadata bulkActionMetadata) {}

    /** One item's outcome; {@code item} is the product when created and asked for. */
    @Schema(name = "BulkProductResult")
    @JsonbPropertyOrder({"itemMetadata", "item"})
    public record Result(ItemMetadata itemMetadata, ProductDto item) {}

    /** Which item, whether it was created, and why not. */
    @Schema(name = "BulkItemMetadata")
    @JsonbPropertyOrder({"id", "originalIndex", "success", "error"})
    public record ItemMetadata(String id, int originalIndex, boolean success, ApiError error) {}

    /** How many items were created and refused. */
    @Schema(name = "BulkActionMetadata")
    @JsonbPropertyOrder({"totalSuccesses", "totalFailures"})
    public record Metadata(long totalSuccesses, long totalFailures) {}

    @POST
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "bulkCreateProducts",
            summary = "Create products in bulk",
            description = "Creates up to 100 products (the product objects of "
                    + "Create Product, without their envelope) in one transaction. An item that breaks a rule is refused with"
                    + " its error and the others are created. With returnEntity, each result carries the product.")
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
                            content = @Content(examples = @ExampleObject(name = "two products", value = EXAMPLE)))
                    JsonInput input) {
        StoreId store = CurrentStore.id(security);
        List<ProductRequests.Fields> items = input.objects("products", ProductRequests.Fields::read);
        boolean returnEntity = Boolean.TRUE.equals(input.bool("returnEntity"));
        List<BulkCreateResult> results = create(store, items == null ? List.of() : items);
        StoreSettings storeSettings = returnEntity ? settings.settingsOf(store) : null;
        List<Result> answers = results.stream()
                .map(r -> r.success()
                        ? new Result(
                                new ItemMetadata(r.product().id().toString(), r.index(), true, null),
                                returnEntity
                                        ? ProductResponses.of(r.product(), storeSettings, List.of(), true, false)
                                        : null)
                        : new Result(
                                new ItemMetadata(
                                        null,
                                        r.index(),
                                        false,
                                        ApiError.of(
                                                r.error().code(),
                                                r.error().getMessage(),
                                                r.error().field())),
                                null))
                .toList();
        long successes = results.stream().filter(BulkCreateResult::success).count();
        return new BulkResponse(answers, new Metadata(successes, results.size() - successes));
    }

    /**
     * Reads each item into a creation (an item whose values are refused is refused alone) and creates the others;
     * one result per item, in the order sent, each error addressed to the item's v1 fields ({@code products[i]...}).
     */
    private List<BulkCreateResult> create(StoreId store, List<ProductRequests.Fields> items) {
        CreateProductService.requireBulkSize(items.size());
        BulkCreateResult[] results = new BulkCreateResult[items.size()];
        List<CreateProduct> commands = new ArrayList<>(items.size());
        List<Integer> indexes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            try {
                commands.add(ProductRequests.create(items.get(i)));
                indexes.add(i);
            } catch (ValidationException e) {
                results[i] = refused(i, e);
            }
        }
        if (!commands.isEmpty()) {
            for (BulkCreateResult result : creation.createAll(store, commands)) {
                int index = indexes.get(result.index());
                results[index] = result.success()
                        ? new BulkCreateResult(index, result.product(), null)
                        : refused(index, result.error());
            }
        }
        return Arrays.asList(results);
    }

    private static BulkCreateResult refused(int index, CatalogException error) {
        CatalogException inApi = V1Fields.PRODUCT.apiError(error);
        return new BulkCreateResult(
                index, null, inApi instanceof ValidationException e ? e.nestedIn("products[" + index + "]") : inApi);
    }
}
