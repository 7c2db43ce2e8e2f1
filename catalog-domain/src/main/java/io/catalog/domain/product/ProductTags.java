package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The tags a product is labelled with: the ids of private tags (seen by callers who may read private data) and of
 * public ones, each list at most {@value #MAX_TAG_IDS} GUIDs, each once, kept in lower case in the order given.
 */
public record ProductTags(List<String> privateTagIds, List<String> publicTagIds) {

    public static final int MAX_TAG_IDS = 100;

    public static final ProductTags NONE = new ProductTags(List.of(), List.of());

    public ProductTags {
        privateTagIds = checked("tags.privateTags.tagIds", privateTagIds);
        publicTagIds = checked("tags.publicTags.tagIds", publicTagIds);
    }

    private static List<String> checked(String field, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_TAG_IDS) {
            throw new ValidationException(
                    field,
                    ErrorCodes.OUT_OF_RANGE,
                    "must hold at most " + MAX_TAG_IDS + " ids (was " + ids.size() + ")");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = Guid.parse(field + "[" + i + "]", ids.get(i));
            if (!seen.add(id)) {
                throw new ValidationException(field + "[" + i + "]", ErrorCodes.NOT_ALLOWED, "repeats another id");
            }
        }
        return List.copyOf(new ArrayList<>(seen));
    }

    /** GUID text in canonical form. */
    static final class Guid {

        private Guid() {}

        /** {@code text} as a lower-case GUID ({@code 8-4-4-4-12} hex digits), or {@code INVALID_ID} naming {@code field}. */
        static String parse(String field, String text) {
            if (text == null
                    || text.length() != 36
                    || !text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
                throw new ValidationException(
                        field,
                        ErrorCodes.INVALID_ID,
                        "must be a GUID (was \"" + (text == null ? "" : Excerpt.of(text)) + "\")");
            }
            return UUID.fromString(text).toString().toLowerCase(Locale.ROOT);
        }
    }
}
