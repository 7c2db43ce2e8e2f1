package io.catalog.domain.product.modifier;

/** How a modifier asks the buyer: a text to type, or a choice among texts or colour swatches. */
public enum ModifierRenderType {
    /** A text the buyer types (an engraving, a gift message): {@link FreeTextSettings}, no choices. */
    FREE_TEXT,
    /** A choice among named choices: no free-text settings. */
    TEXT_CHOICES,
    /** A choice among colour swatches: each choice has a {@link ModifierChoice#colorCode()}. */
    SWATCH_CHOICES;

    /** Whether the buyer picks one of the modifier's choices. */
    public boolean hasChoices() {
        return this != FREE_TEXT;
    }
}
