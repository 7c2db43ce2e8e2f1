package io.catalog.domain.product;

import java.util.Objects;

/**
 * A media item to add to a product, optionally linked at once to one choice ({@code option} and {@code choice}
 * both given, or both {@code null}).
 *
 * @param option name of the option, ignoring case
 * @param choice value or description of one of its choices, ignoring case
 */
public record NewMedia(MediaItem item, String option, String choice) {

    public NewMedia {
        Objects.requireNonNull(item, "item");
    }

    /** Whether the item is to be linked to a choice. */
    public boolean linked() {
        return option != null || choice != null;
    }
}
