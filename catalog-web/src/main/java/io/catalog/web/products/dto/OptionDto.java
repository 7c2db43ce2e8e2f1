package io.catalog.web.products.dto;

import io.catalog.domain.product.OptionView;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product option (e.g. Size) with its choices; at most 6 per product, at most 30 choices each. */
@Schema(name = "ProductOption")
@JsonbPropertyOrder({"optionType", "name", "choices"})
public record OptionDto(
        @Schema(
                enumeration = {"drop_down", "color"},
                example = "drop_down")
        String optionType,

        @Schema(example = "Size", maxLength = 50) String name,
        List<ChoiceDto> choices) {

    /**
     * A choice of an option; {@code inStock} and {@code visible} are computed from the variants, {@code media} lists
     * the product media linked to the choice (absent when none).
     */
    @Schema(name = "Choice")
    @JsonbPropertyOrder({"value", "description", "media", "inStock", "visible"})
    public record ChoiceDto(
            @Schema(description = "Choice value; for color options a color code", example = "S", maxLength = 50)
            String value,

            @Schema(
                    description = "Choice description; for color options the color's name",
                    example = "S",
                    maxLength = 50)
            String description,

            @Schema(description = "Media linked to the choice; absent when none", readOnly = true)
            ProductDto.MediaDto media,

            @Schema(readOnly = true) Boolean inStock,
            @Schema(readOnly = true) Boolean visible) {}

    /** The option; with {@code visibleOnly}, without its hidden choices. */
    public static OptionDto of(OptionView option, boolean visibleOnly) {
        return new OptionDto(
                option.type().apiName(),
                option.name(),
                option.choices().stream()
                        .filter(c -> c.visible() || !visibleOnly)
                        .map(c -> new ChoiceDto(
                                c.value(),
                                c.description(),
                                c.media().isEmpty() ? null : ProductDto.MediaDto.of(c.media()),
                                c.inStock(),
                                c.visible()))
                        .toList());
    }
}
