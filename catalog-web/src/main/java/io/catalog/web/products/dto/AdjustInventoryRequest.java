package io.catalog.web.products.dto;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Bodies of Decrement and Increment Inventory. Document the requests in OpenAPI; the bodies themselves are read by
 * the resource's request reader.
 */
public final class AdjustInventoryRequest {

    private AdjustInventoryRequest() {}

    /** {@code {"decrementData": [...]}}: 1 to 100 items, applied together or not at all. */
    @Schema(name = "DecrementInventoryRequest")
    public record Decrement(List<DecrementItem> decrementData) {}

    /** {@code {"incrementData": [...]}}: 1 to 100 items, applied together or not at all. */
    @Schema(name = "IncrementInventoryRequest")
    public record Increment(List<IncrementItem> incrementData) {}

    /** Take {@code decrementBy} from a variant's tracked quantity. */
    @Schema(name = "DecrementData")
    @JsonbPropertyOrder({"productId", "variantId", "decrementBy"})
    public record DecrementItem(
            @Schema(description = "Product id", example = "0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b")
            String productId,

            @Schema(description = "Variant id", example = "00000000-0000-0000-0000-000000000000")
            String variantId,

            @Schema(description = "How many to take, 1 to 99999999", example = "1")
            Integer decrementBy) {}

    /** Add {@code incrementBy} to a variant's tracked quantity. */
    @Schema(name = "IncrementData")
    @JsonbPropertyOrder({"productId", "variantId", "incrementBy"})
    public record IncrementItem(
            @Schema(description = "Product id", example = "0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b")
            String productId,

            @Schema(description = "Variant id", example = "00000000-0000-0000-0000-000000000000")
            String variantId,

            @Schema(description = "How many to add, 1 to 99999999", example = "1")
            Integer incrementBy) {}
}
