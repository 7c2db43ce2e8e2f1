package io.catalog.domain.application;

import java.util.List;

/**
 * A product option as sent by a client.
 *
 * @param optionType {@code "drop_down"} (default when {@code null}) or {@code "color"}
 */
public record OptionCommand(String name, String optionType, List<ChoiceCommand> choices) {

    public OptionCommand {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
