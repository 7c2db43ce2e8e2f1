package io.catalog.web.v3;

import io.catalog.domain.product.modifier.FreeTextSettings;
import io.catalog.domain.product.modifier.Modifier;
import io.catalog.domain.product.modifier.ModifierChoice;
import io.catalog.domain.product.modifier.ModifierRenderType;
import io.catalog.domain.product.modifier.Modifiers;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code modifiers} of a {@link V3ProductDto}: options that make no variant but travel with the order. Amounts
 * are strings of the store currency's amount, as Catalog V3 writes them; keys are the names.
 */
final class V3ModifierDto {

    private V3ModifierDto() {}

    /** A modifier. */
    @Schema(name = "V3Modifier", description = "An option that makes no variant but travels with the order")
    @JsonbPropertyOrder({"id", "name", "modifierRenderType", "mandatory", "key", "freeTextSettings", "choicesSettings"})
    public record ModifierDto(
            @Schema(description = "Kept across updates: generated when not sent, else the one sent back (a GUID)")
            String id,

            @Schema(description = "Unique in the product, ignoring case", maxLength = 50, example = "Engraving")
            String name,

            @Schema(enumeration = {"FREE_TEXT", "TEXT_CHOICES", "SWATCH_CHOICES"})
            String modifierRenderType,

            @Schema(description = "Whether the buyer must fill it in")
            Boolean mandatory,

            @Schema(description = "Read-only: the name", readOnly = true, example = "Engraving")
            String key,

            @Schema(description = "FREE_TEXT modifiers only")
            FreeTextDto freeTextSettings,

            @Schema(description = "TEXT_CHOICES and SWATCH_CHOICES modifiers only")
            ChoicesDto choicesSettings) {}

    /** What a free text asks of the buyer's text. */
    @Schema(name = "V3FreeTextSettings")
    @JsonbPropertyOrder({"minCharCount", "maxCharCount", "defaultAddedPrice", "title", "key"})
    public record FreeTextDto(
            @Schema(minimum = "0", maximum = "500", description = "At most maxCharCount; default 0")
            Integer minCharCount,

            @Schema(minimum = "1", maximum = "500", description = "Default 500")
            Integer maxCharCount,

            @Schema(description = "What the text adds to the price, in the store currency; default 0", example = "5.00")
            String defaultAddedPrice,

            @Schema(description = "Shown above the text box; default the name", maxLength = 100)
            String title,

            @Schema(description = "Read-only: the modifier's name", readOnly = true)
            String key) {}

    /** The choices of a choices modifier. */
    @Schema(name = "V3ModifierChoicesSettings")
    public record ChoicesDto(List<ChoiceDto> choices) {}

    /** A choice of a modifier. */
    @Schema(name = "V3ModifierChoice")
    @JsonbPropertyOrder({"choiceId", "key", "name", "choiceType", "colorCode", "addedPrice"})
    public record ChoiceDto(
            @Schema(description = "Kept across updates, as the modifier's id")
            String choiceId,

            @Schema(description = "Read-only: the name", readOnly = true)
            String key,

            @Schema(description = "Unique in the modifier, ignoring case", maxLength = 50, example = "Gold")
            String name,

            @Schema(enumeration = {"CHOICE_TEXT", "ONE_COLOR"})
            String choiceType,

            @Schema(description = "SWATCH_CHOICES only (required there): #RGB or #RRGGBB", example = "#FFD700")
            String colorCode,

            @Schema(
                    description = "What the choice adds to the price, in the store currency; default 0",
                    example = "2.50")
            String addedPrice) {}

    /** The product's modifiers, in order. */
    static List<ModifierDto> of(Modifiers modifiers) {
        return modifiers.list().stream().map(V3ModifierDto::modifier).toList();
    }

    private static ModifierDto modifier(Modifier m) {
        FreeTextSettings f = m.freeText();
        boolean swatch = m.renderType() == ModifierRenderType.SWATCH_CHOICES;
        return new ModifierDto(
                m.id().value(),
                m.name(),
                m.renderType().name(),
                m.mandatory(),
                m.key(),
                f == null
                        ? null
                        : new FreeTextDto(
                                f.minCharCount(),
                                f.maxCharCount(),
                                f.defaultAddedPrice().amount().toPlainString(),
                                f.title(),
                                m.key()),
                m.renderType().hasChoices()
                        ? new ChoicesDto(
                                m.choices().stream().map(c -> choice(c, swatch)).toList())
                        : null);
    }

    private static ChoiceDto choice(ModifierChoice c, boolean swatch) {
        return new ChoiceDto(
                c.choiceId().value(),
                c.key(),
                c.name(),
                swatch ? "ONE_COLOR" : "CHOICE_TEXT",
                c.colorCode(),
                c.addedPrice().amount().toPlainString());
    }
}
