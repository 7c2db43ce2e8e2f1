package io.catalog.web.products.dto;

import io.catalog.domain.product.Variant;
import io.catalog.domain.shared.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A variant: one choice of each option, with the values it sells at. */
@Schema(name = "Variant")
@JsonbPropertyOrder({"id", "choices", "variant"})
public record VariantDto(
        @Schema(
                description = "Variant id (all zeros for the variant of a product without options)",
                example = "00000000-0000-0000-0000-000000000001")
        String id,

        @Schema(description = "Option name to choice", example = "{\"Size\": \"S\"}")
        Map<String, String> choices,

        VariantDataDto variant) {

    /** What a variant sells at. */
    @Schema(name = "VariantData")
    @JsonbPropertyOrder({"priceData", "weight", "sku", "visible", "stock"})
    public record VariantDataDto(
            PriceDataDto priceData, BigDecimal weight, String sku, Boolean visible, StockDto stock) {}

    public static VariantDto of(Variant variant) {
        return new VariantDto(
                variant.id().value(),
                variant.choices(),
                new VariantDataDto(
                        PriceDataDto.of(variant.priceData()),
                        Decimals.normalize(variant.weight().value()),
                        variant.sku().value(),
                        variant.visible(),
                        StockDto.of(variant.stock())));
    }
}
