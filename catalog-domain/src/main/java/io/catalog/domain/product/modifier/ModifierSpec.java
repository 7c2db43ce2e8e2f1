package io.catalog.domain.product.modifier;

import java.math.BigDecimal;
import java.util.List;

/**
 * A modifier as a write sends it, before the product resolves its ids and checks it ({@link Modifiers#replacedBy},
 * {@link Modifiers#withFreeTextReplacedBy}). {@code null} components were not sent.
 *
 * @param id         the modifier's id when the caller sends it back; {@code null}: the id of the product's modifier of
 *                   the same name, else a new one
 * @param renderType {@code null}: {@code FREE_TEXT} when free-text settings are sent, else {@code TEXT_CHOICES}
 * @param choices    the choices of a choices modifier
 */
public record ModifierSpec(
        String id,
        String name,
        ModifierRenderType renderType,
        Boolean mandatory,
        FreeTextSpec freeTextSettings,
        List<ChoiceSpec> choices) {

    public ModifierSpec {
        choices = choices == null ? null : List.copyOf(choices);
    }

    /** A free text as v1's {@code customTextFields} carry it: its title (the name), length bound and mandatory. */
    public static ModifierSpec freeText(String name, Integer maxCharCount, Boolean mandatory) {
        return new ModifierSpec(
                null,
                name,
                ModifierRenderType.FREE_TEXT,
                mandatory,
                maxCharCount == null ? null : new FreeTextSpec(null, maxCharCount, null, null),
                null);
    }

    /** Free-text settings as sent; {@code null} components were not sent. */
    public record FreeTextSpec(
            Integer minCharCount, Integer maxCharCount, BigDecimal defaultAddedPrice, String title) {}

    /**
     * A choice as sent; {@code null} components were not sent.
     *
     * @param choiceId the choice's id when sent back; {@code null}: the id of the modifier's choice of the same name,
     *                 else a new one
     */
    public record ChoiceSpec(String choiceId, String name, String colorCode, BigDecimal addedPrice) {}
}
