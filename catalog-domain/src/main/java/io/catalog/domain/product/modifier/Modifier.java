package io.catalog.domain.product.modifier;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product modifier: an option of the product that makes no variant but travels with the order (an engraving text,
 * a gift wrap). It has a stable {@code id}, a name (1 to {@value #MAX_NAME_LENGTH} characters, as an option's), a
 * render type, whether the buyer must fill it in, and either free-text settings ({@link ModifierRenderType#FREE_TEXT})
 * or 1 to {@value #MAX_CHOICES} choices (the choice types) with names unique ignoring case and ids unique, each with a
 * colour exactly when the modifier is {@link ModifierRenderType#SWATCH_CHOICES}. Errors name the fields as V3 does,
 * relative to the modifier ({@code freeTextSettings.maxCharCount}, {@code choicesSettings.choices[1].name}).
 *
 * @param freeText {@code null} unless the modifier is a free text
 * @param choices  empty for a free text
 */
public record Modifier(
        ModifierId id,
        String name,
        ModifierRenderType renderType,
        boolean mandatory,
        FreeTextSettings freeText,
        List<ModifierChoice> choices) {

    public static final int MAX_NAME_LENGTH = 50;
    /** The most choices a modifier has: v1's limit of choices per option (the seeds give none for modifiers). */
    public static final int MAX_CHOICES = 30;

    static final String CHOICES = "choicesSettings.choices";

    public Modifier {
        Objects.requireNonNull(id, "id");
        name = ModifierText.checked("name", name, MAX_NAME_LENGTH);
        Objects.requireNonNull(renderType, "renderType");
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (renderType.hasChoices()) {
            if (freeText != null) {
                throw new ValidationException(
                        "freeTextSettings", ErrorCodes.NOT_ALLOWED, "is for FREE_TEXT modifiers only");
            }
            requireChoices(renderType, choices);
        } else {
            if (!choices.isEmpty()) {
                throw new ValidationException(
                        "choicesSettings",
                        ErrorCodes.NOT_ALLOWED,
                        "is for TEXT_CHOICES and SWATCH_CHOICES modifiers only");
            }
            Objects.requireNonNull(freeText, "freeText");
        }
    }

    private static void requireChoices(ModifierRenderType type, List<ModifierChoice> choices) {
        if (choices.isEmpty()) {
            throw new ValidationException(CHOICES, ErrorCodes.REQUIRED, "must contain at least 1 choice");
        }
        if (choices.size() > MAX_CHOICES) {
            throw new ValidationException(
                    CHOICES,
                    ErrorCodes.TOO_MANY_CHOICES,
                    "must contain at most " + MAX_CHOICES + " choices (was " + choices.size() + ")");
        }
        Set<String> names = new HashSet<>();
        Set<ModifierId> ids = new HashSet<>();
        for (int j = 0; j < choices.size(); j++) {
            ModifierChoice choice = choices.get(j);
            String at = CHOICES + "[" + j + "]";
            if (!names.add(choice.name().toLowerCase(Locale.ROOT))) {
                throw new ValidationException(
                        at + ".name",
                        ErrorCodes.DUPLICATE_CHOICE_VALUE,
                        "must be unique within the modifier, ignoring case (\"" + choice.name() + "\" is repeated)");
            }
            if (!ids.add(choice.choiceId())) {
                throw new ValidationException(
                        at + ".choiceId", ErrorCodes.INVALID_ID, "is the id of another choice of the modifier");
            }
            if (type == ModifierRenderType.SWATCH_CHOICES && choice.colorCode() == null) {
                throw new ValidationException(
                        at + ".colorCode", ErrorCodes.REQUIRED, "is required in a SWATCH_CHOICES modifier");
            }
            if (type == ModifierRenderType.TEXT_CHOICES && choice.colorCode() != null) {
                throw new ValidationException(
                        at + ".colorCode", ErrorCodes.NOT_ALLOWED, "is for SWATCH_CHOICES modifiers only");
            }
        }
    }

    /** The read-only key a buyer's input names the modifier by: its name. */
    public String key() {
        return name;
    }

    /** Whether this modifier is called {@code other}, ignoring case and surrounding white space. */
    public boolean isNamed(String other) {
        return other != null && name.equalsIgnoreCase(other.strip());
    }

    /** The choice with {@code choiceId}, if the modifier has it. */
    public Optional<ModifierChoice> choice(ModifierId choiceId) {
        return choices.stream().filter(c -> c.choiceId().equals(choiceId)).findFirst();
    }
}
