package io.catalog.domain.product;

import java.util.List;

/**
 * A requested option, as given by a client, before choice keys are assigned by the product.
 * Field checks happen when the product turns it into a {@link ProductOption}.
 */
public record OptionSpec(String name, OptionType type, List<ChoiceSpec> choices) {

    public OptionSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A requested choice: its value and optional description. */
    public record ChoiceSpec(String value, String description) {

        public ChoiceSpec(String value) {
            this(value, null);
        }
    }
}
