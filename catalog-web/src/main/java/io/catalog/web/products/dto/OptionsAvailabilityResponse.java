package io.catalog.web.products.dto;

import io.catalog.domain.product.OptionsAvailability;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of Product Options Availability. {@code media} lists the media linked to the selected choices and is left
 * out when they have none.
 */
@Schema(name = "ProductOptionsAvailabilityResponse")
@JsonbPropertyOrder({"selectedVariant", "media", "productOptions", "availableForPurchase"})
public record OptionsAvailabilityResponse(
        @Schema(description = "The variant selected, present only when every option has a choice")
        VariantDto selectedVariant,

        @Schema(description = "Media linked to the selected choices; absent when they have none")
        ProductDto.MediaDto media,

        @Schema(
                description = "Every option, with each choice's inStock and visible given the choices selected "
                        + "for the other options")
        List<OptionDto> productOptions,

        @Schema(
                description = "Whether every option has a choice and that variant is visible and in stock",
                example = "false")
        Boolean availableForPurchase) {

    public static OptionsAvailabilityResponse of(OptionsAvailability availability) {
        return new OptionsAvailabilityResponse(
                availability.selectedVariant().map(VariantDto::of).orElse(null),
                availability.media().isEmpty() ? null : ProductDto.MediaDto.of(availability.media()),
                availability.productOptions().stream()
                        .map(option -> OptionDto.of(option, false))
                        .toList(),
                availability.availableForPurchase());
    }
}
