package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A product option such as "Size" or "Color": a name (1..50 characters) and 1..30 choices whose values are unique
 * ignoring case. Choice keys are unique within the option.
 */
public record ProductOption(String name, OptionType type, List<Choice> choices) {

    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_CHOICES = 30;

    public ProductOption {
        name = Require.length("name", Require.present("name", name).strip(), 1, MAX_NAME_LENGTH);
        Require.present("optionType", type);
        choices = List.copyOf(Require.present("choices", choices));
        if (choices.isEmpty()) {
            throw new ValidationException("choices", ErrorCodes.REQUIRED, "must contain at least 1 choice");
        }
        if (choices.size() > MAX_CHOICES) {
            throw new ValidationException(
                    "choices",
                    ErrorCodes.TOO_MANY_CHOICES,
                    "must contain at most " + MAX_CHOICES + " choices (was " + choices.size() + ")");
        }
        requireUniqueValues(choices);
        if (choices.stream().map(Choice::key).collect(Collectors.toSet()).size() != choices.size()) {
            throw new IllegalArgumentException("choice keys must be unique within option " + name);
        }
    }

    private static void requireUniqueValues(List<Choice> choices) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            String value = choices.get(i).value();
            if (!seen.add(value.toLowerCase(Locale.ROOT))) {
                throw new ValidationException(
                        "choices[" + i + "].value",
                        ErrorCodes.DUPLICATE_CHOICE_VALUE,
                        "must be unique within the option, ignoring case (\"" + value + "\" is repeated)");
            }
        }
    }

    /** Whether this option is called {@code optionName}, ignoring case. */
    public boolean isNamed(String optionName) {
        return name.equalsIgnoreCase(optionName.strip());
    }

    /** The choice whose value, or else description, is {@code choiceName}, ignoring case. */
    public Optional<Choice> findChoice(String choiceName) {
        Objects.requireNonNull(choiceName, "choiceName");
        return choices.stream()
                .filter(choice -> choice.hasValue(choiceName))
                .findFirst()
                .or(() -> choices.stream()
                        .filter(choice -> choice.hasDescription(choiceName))
                        .findFirst());
    }

    /** The display name of {@code choice} in this option, see {@link Choice#displayName(OptionType)}. */
    public String displayNameOf(Choice choice) {
        return choice.displayName(type);
    }
}
