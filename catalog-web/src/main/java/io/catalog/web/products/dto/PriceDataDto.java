package io.catalog.web.products.dto;

import io.catalog.domain.money.PriceData;
import io.catalog.domain.shared.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Price data; {@code discountedPrice} and {@code formatted} are computed by the catalog. */
@Schema(name = "PriceData")
@JsonbPropertyOrder({"currency", "price", "discountedPrice", "formatted"})
public record PriceDataDto(
        @Schema(description = "ISO 4217 currency code of the store", example = "USD", readOnly = true)
        String currency,

        @Schema(description = "Price, at least 0", example = "10.5")
        BigDecimal price,

        @Schema(description = "Price after the product's discount", example = "9.5", readOnly = true)
        BigDecimal discountedPrice,

        @Schema(readOnly = true) Formatted formatted) {

    /** Prices formatted in the store's currency. */
    @Schema(name = "FormattedPrice")
    @JsonbPropertyOrder({"price", "discountedPrice"})
    public record Formatted(
            @Schema(example = "$10.50") String price,
            @Schema(example = "$9.50") String discountedPrice) {}

    public static PriceDataDto of(PriceData data) {
        return new PriceDataDto(
                data.currency().getCurrencyCode(),
                Decimals.normalize(data.price()),
                Decimals.normalize(data.discountedPrice()),
                new Formatted(data.formattedPrice(), data.formattedDiscountedPrice()));
    }
}
