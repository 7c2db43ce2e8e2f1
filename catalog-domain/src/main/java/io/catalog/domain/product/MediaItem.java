package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One media item of a product: an image or a video kept by reference (its URL; the catalog never downloads it).
 * The id is the media id it was added by, or a generated 32-hex-digit id for an item added by URL. The URL is
 * absolute http or https, at most {@value #MAX_URL_LENGTH} characters.
 *
 * @param title    v1's {@code title}, Catalog V3's {@code displayName}; empty when none
 * @param altText  the image's alternative text (V3), at most {@value #MAX_ALT_TEXT_LENGTH} characters without control
 *                 characters; empty when none
 * @param uploadId the id the media was uploaded by (V3), a media id; {@code null} when none
 */
public record MediaItem(String id, MediaType type, String url, String title, String altText, String uploadId) {

    public static final int MAX_URL_LENGTH = 2000;
    public static final int MAX_ID_LENGTH = 200;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_ALT_TEXT_LENGTH = 1000;

    private static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public MediaItem {
        id = requireMediaId("mediaId", id);
        Require.present("mediaType", type);
        url = requireUrl("url", url);
        title = title == null ? "" : plainText("title", title, MAX_TITLE_LENGTH);
        altText = altText == null ? "" : plainText("altText", altText, MAX_ALT_TEXT_LENGTH);
        uploadId = uploadId == null ? null : requireMediaId("uploadId", uploadId);
    }

    /** Without alt text or upload id. */
    public MediaItem(String id, MediaType type, String url, String title) {
        this(id, type, url, title, "", null);
    }

    /** This item with another title, alt text and upload id, each kept when {@code null}. */
    public MediaItem describedAs(String newTitle, String newAltText, String newUploadId) {
        return new MediaItem(
                id,
                type,
                url,
                newTitle == null ? title : newTitle,
                newAltText == null ? altText : newAltText,
                newUploadId == null ? uploadId : newUploadId);
    }

    /** An item kept by its URL, with a generated id; its type is {@code type}, or else implied by the URL. */
    public static MediaItem ofUrl(String url, MediaType type) {
        String checked = requireUrl("url", url);
        return new MediaItem(
                UUID.randomUUID().toString().replace("-", ""),
                type == null ? MediaType.ofFileName(URI.create(checked).getPath()) : type,
                checked,
                "");
    }

    /**
     * An item added by an existing media id, found at {@code baseUrl + mediaId}; its type is {@code type}, or else
     * implied by the id's extension.
     */
    public static MediaItem ofMediaId(String mediaId, String baseUrl, MediaType type) {
        String checked = requireMediaId("mediaId", mediaId);
        Objects.requireNonNull(baseUrl, "baseUrl");
        return new MediaItem(checked, type == null ? MediaType.ofFileName(checked) : type, baseUrl + checked, "");
    }

    /** {@code mediaId}, checked: 1..200 characters, letters, digits and {@code . _ ~ -} only. */
    public static String requireMediaId(String field, String mediaId) {
        String id = Require.length(field, Require.present(field, mediaId).strip(), 1, MAX_ID_LENGTH);
        if (!MEDIA_ID.matcher(id).matches()) {
            throw new ValidationException(
                    field,
                    ErrorCodes.INVALID_FORMAT,
                    "must contain only letters, digits and . _ ~ - (was \"" + Excerpt.of(id) + "\")");
        }
        return id;
    }

    /** {@code text}, stripped, at most {@code max} characters, without control characters. */
    private static String plainText(String field, String text, int max) {
        String stripped = Require.length(field, text.strip(), 0, max);
        if (CONTROL.matcher(stripped).find()) {
            throw new ValidationException(field, ErrorCodes.INVALID_FORMAT, "must not contain control characters");
        }
        return stripped;
    }

    /** {@code url}, checked: absolute http or https with a host, at most {@value #MAX_URL_LENGTH} characters. */
    public static String requireUrl(String field, String url) {
        String text = Require.length(field, Require.present(field, url).strip(), 1, MAX_URL_LENGTH);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ValidationException(
                field,
                ErrorCodes.INVALID_FORMAT,
                "must be an absolute http or https URL (was \"" + Excerpt.of(text) + "\")");
    }
}
