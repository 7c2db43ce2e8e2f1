package io.catalog.domain.product;

import java.util.List;

/**
 * Media ids of a product selected for one choice, to link to it or unlink from it.
 *
 * @param option   name of the option, ignoring case
 * @param choice   value or description of one of its choices, ignoring case
 * @param mediaIds ids of the product's media items; empty means all (when unlinking)
 */
public record ChoiceMedia(String option, String choice, List<String> mediaIds) {

    public ChoiceMedia {
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
    }
}
