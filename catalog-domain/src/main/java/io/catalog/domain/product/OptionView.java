package io.catalog.domain.product;

import java.util.List;
import java.util.Objects;

/** An option as presented by the API, with the computed availability of its choices. */
public record OptionView(String name, OptionType type, List<ChoiceView> choices) {

    public OptionView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        choices = List.copyOf(choices);
    }

    /** A choice with its computed availability and the product media linked to it, in product order. */
    public record ChoiceView(
            String value, String description, boolean inStock, boolean visible, List<MediaItem> media) {

        public ChoiceView {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(description, "description");
            media = List.copyOf(media);
        }
    }
}
