package io.catalog.domain.collection;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A category's image: an absolute http or https URL of at most {@value #MAX_LENGTH} characters. */
public record CategoryImage(String url) {

    public static final int MAX_LENGTH = 2048;

    public CategoryImage {
        url = Require.length("image", Require.present("image", url).strip(), 1, MAX_LENGTH);
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(url, "not an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException(
                    "image",
                    ErrorCodes.INVALID_FORMAT,
                    "must be an http or https URL (was \"" + Excerpt.of(url) + "\")");
        }
    }

    @Override
    public String toString() {
        return url;
    }
}
