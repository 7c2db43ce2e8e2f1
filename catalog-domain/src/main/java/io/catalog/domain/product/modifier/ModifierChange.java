package io.catalog.domain.product.modifier;

import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A write's change of a product's modifiers: all of them replaced (Catalog V3's {@code modifiers}), or only the free
 * texts (v1's {@code customTextFields}, which know no other modifier). See {@link Modifiers}.
 *
 * @param specs         the modifiers sent, in order; empty removes them (all, or the free texts)
 * @param freeTextsOnly whether only the free texts are replaced and the choice modifiers kept
 */
public record ModifierChange(List<ModifierSpec> specs, boolean freeTextsOnly) {

    public ModifierChange {
        specs = List.copyOf(Objects.requireNonNull(specs, "specs"));
    }

    /** Every modifier replaced by {@code specs}. */
    public static ModifierChange all(List<ModifierSpec> specs) {
        return new ModifierChange(specs, false);
    }

    /** The free texts replaced by {@code specs}, the choice modifiers kept. */
    public static ModifierChange freeTexts(List<ModifierSpec> specs) {
        return new ModifierChange(specs, true);
    }

    /** {@code current} changed so, prices in {@code currency}. */
    public Modifiers applyTo(Modifiers current, Currency currency) {
        return freeTextsOnly ? current.withFreeTextReplacedBy(specs, currency) : current.replacedBy(specs, currency);
    }
}
