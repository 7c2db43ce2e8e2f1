package io.catalog.web.products;

import io.catalog.domain.product.ChoiceMedia;
import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.MediaType;
import io.catalog.domain.product.NewMedia;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the media request bodies (Add Product Media, Remove Product Media, Add / Remove Product Media To / From
 * Choices) into the domain's values: the shape (types, nesting) of the whole body is checked first, then the values are
 * built, under their own rules; errors name the v1 fields.
 */
final class ProductMediaRequests {

    static final String MEDIA = "media";
    static final String MEDIA_IDS = "mediaIds";

    private ProductMediaRequests() {}

    /**
     * {@code {"media": [{"mediaId" | "url", "mediaType"?, "choice"?: {"option", "choice"}}, ...]}}: the media to
     * add, a {@code mediaId} found at {@code mediaBaseUrl + mediaId}; errors are reported on {@code media[i]...}.
     */
    static List<NewMedia> additions(JsonInput body, String mediaBaseUrl) {
        List<SentMedia> sent = body.objects(MEDIA, item -> {
            JsonInput choice = item.object("choice");
            return new SentMedia(
                    item.string("mediaId"),
                    item.string("url"),
                    item.string("mediaType"),
                    choice == null ? null : choice.string("option"),
                    choice == null ? null : choice.string("choice"));
        });
        if (sent == null) {
            throw new ValidationException(body.path(MEDIA), ErrorCodes.REQUIRED, "is required");
        }
        List<NewMedia> items = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            try {
                items.add(sent.get(i).newMedia(mediaBaseUrl));
            } catch (ValidationException e) {
                throw e.nestedIn(MEDIA + "[" + i + "]");
            }
        }
        return items;
    }

    /**
     * A media item as sent: by an existing {@code mediaId} or by {@code url} (exactly one of them), with an optional
     * {@code mediaType} ("image" or "video"; implied by the file extension when absent), optionally linked to the
     * choice {@code choiceOption} / {@code choiceValue}.
     */
    private record SentMedia(String mediaId, String url, String mediaType, String choiceOption, String choiceValue) {

        NewMedia newMedia(String mediaBaseUrl) {
            if (mediaId != null && url != null) {
                throw new ValidationException(
                        "url",
                        ErrorCodes.CONFLICTING_SELECTORS,
                        "must not be sent together with mediaId; send one of them");
            }
            if (mediaId == null && url == null) {
                throw new ValidationException("mediaId", ErrorCodes.REQUIRED, "or url is required");
            }
            MediaType type = mediaType == null ? null : V1Enums.mediaType(mediaType);
            MediaItem item =
                    mediaId != null ? MediaItem.ofMediaId(mediaId, mediaBaseUrl, type) : MediaItem.ofUrl(url, type);
            return new NewMedia(item, choiceOption, choiceValue);
        }
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
