package io.catalog.web.products.dto;

import io.catalog.domain.product.modifier.Modifier;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A text box for the buyer to add a message to the order (an engraving, a gift note): a free-text modifier of the
 * product, as v1 knows it. Its title is the modifier's name, its maxLength the modifier's maxCharCount.
 */
@Schema(name = "CustomTextField")
@JsonbPropertyOrder({"title", "maxLength", "mandatory"})
public record CustomTextFieldDto(
        @Schema(
                description = "The text box's title: unique in the product among its modifiers, ignoring case",
                required = true,
                maxLength = 50,
                example = "Engraving")
        String title,

        @Schema(
                description = "The most characters the buyer may type; 500 when not sent",
                minimum = "1",
                maximum = "500",
                example = "20")
        Integer maxLength,

        @Schema(description = "Whether the buyer must fill it in; false when not sent", example = "false")
        Boolean mandatory) {

    /** The free-text modifier as v1 answers it. */
    public static CustomTextFieldDto of(Modifier freeText) {
        return new CustomTextFieldDto(freeText.name(), freeText.freeText().maxCharCount(), freeText.mandatory());
    }
}
