package io.catalog.domain.product;

import io.catalog.domain.shared.Require;
import java.util.Objects;

/**
 * One choice of a {@link ProductOption}: a value (1..50 characters) and a description (up to 50, defaulting to the
 * value). For colour options the value is the colour code ("#008000") and the description its name ("Green").
 */
public record Choice(ChoiceKey key, String value, String description) {

    public static final int MAX_LENGTH = 50;

    public Choice {
        Objects.requireNonNull(key, "key");
        value = Require.length("value", Require.present("value", value).strip(), 1, MAX_LENGTH);
        description = description == null || description.isBlank()
                ? value
                : Require.length("description", description.strip(), 1, MAX_LENGTH);
    }

    /** How the choice is named in a variant's choices: the description for colours, the value otherwise. */
    public String displayName(OptionType optionType) {
        return optionType == OptionType.COLOR ? description : value;
    }

    /** Whether {@code name} is this choice's value, ignoring case. */
    public boolean hasValue(String name) {
        return value.equalsIgnoreCase(name.strip());
    }

    /** Whether {@code name} is this choice's description, ignoring case. */
    public boolean hasDescription(String name) {
        return description.equalsIgnoreCase(name.strip());
    }
}
