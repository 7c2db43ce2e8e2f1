package io.catalog.domain.product.modifier;

import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One choice of a choices modifier: its stable {@code choiceId}, its name (1 to {@value #MAX_NAME_LENGTH} characters,
 * as an option's choice), its colour for a swatch ({@code #RGB} or {@code #RRGGBB}, hexadecimal, {@code null} for a
 * text choice) and the price choosing it adds ({@code addedPrice}, in the store currency, never negative). Errors
 * name the fields relative to the choice ({@code name}, {@code colorCode}).
 */
public record ModifierChoice(ModifierId choiceId, String name, String colorCode, Money addedPrice) {

    public static final int MAX_NAME_LENGTH = 50;

    private static final Pattern COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    public ModifierChoice {
        Objects.requireNonNull(choiceId, "choiceId");
        name = ModifierText.checked("name", name, MAX_NAME_LENGTH);
        if (colorCode != null) {
            colorCode = colorCode.strip();
            if (!COLOR.matcher(colorCode).matches()) {
                throw new ValidationException(
                        "colorCode",
                        ErrorCodes.INVALID_FORMAT,
                        "must be a colour as #RGB or #RRGGBB in hexadecimal (was \"" + Excerpt.of(colorCode) + "\")");
            }
        }
        Objects.requireNonNull(addedPrice, "addedPrice");
    }

    /** The read-only key a buyer's selection names the choice by: its name. */
    public String key() {
        return name;
    }
}
