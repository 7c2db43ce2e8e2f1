package io.catalog.web.products;

import io.catalog.domain.application.MediaCommand;
import io.catalog.domain.product.ChoiceMedia;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.List;

/**
 * Reads the media request bodies (Add Product Media, Remove Product Media, Add / Remove Product Media To / From
 * Choices) into commands. Only the shape is checked here (types, nesting); every rule on the values belongs to the
 * domain.
 */
final class ProductMediaRequests {

    static final String MEDIA = "media";
    static final String MEDIA_IDS = "mediaIds";

    private ProductMediaRequests() {}

    /** {@code {"media": [{"mediaId" | "url", "mediaType"?, "choice"?: {"option", "choice"}}, ...]}}. */
    static List<MediaCommand> additions(JsonInput body) {
        List<MediaCommand> commands = body.objects(MEDIA, item -> {
            JsonInput choice = item.object("choice");
            return new MediaCommand(
                    item.string("mediaId"),
                    item.string("url"),
                    item.string("mediaType"),
                    choice == null ? null : choice.string("option"),
                    choice == null ? null : choice.string("choice"));
        });
        if (commands == null) {
            throw new ValidationException(body.path(MEDIA), ErrorCodes.REQUIRED, "is required");
        }
        return commands;
    }

    /** {@code {"mediaIds": [...]}}; absent or empty means all. */
    static List<String> mediaIds(JsonInput body) {
        List<String> ids = body.strings(MEDIA_IDS);
        return ids == null ? List.of() : ids;
    }

    /**
     * The choices and media ids of a choices-media body: {@code {"media": [{"option", "choice", "mediaIds"}, ...]}}
     * or, as the seed's example sends it, one entry flat: {@code {"option", "choice", "mediaIds"}}. An empty body
     * reads as no entries.
     */
    static List<ChoiceMedia> choiceMedia(JsonInput body) {
        List<ChoiceMedia> entries = body.objects(MEDIA, ProductMediaRequests::entry);
        if (entries != null) {
            return entries;
        }
        if (body.has("option") || body.has("choice") || body.has(MEDIA_IDS)) {
            return List.of(entry(body));
        }
        return List.of();
    }

    /** Like {@link #choiceMedia}, but at least one entry is required, each listing its media ids. */
    static List<ChoiceMedia> requiredChoiceMedia(JsonInput body) {
        List<ChoiceMedia> entries = choiceMedia(body);
        if (entries.isEmpty()) {
            throw new ValidationException(
                    body.path(MEDIA), ErrorCodes.REQUIRED, "is required (or option, choice and mediaIds)");
        }
        return entries;
    }

    private static ChoiceMedia entry(JsonInput entry) {
        return new ChoiceMedia(entry.string("option"), entry.string("choice"), entry.strings(MEDIA_IDS));
    }
}
