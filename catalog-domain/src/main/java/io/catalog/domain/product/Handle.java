package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.regex.Pattern;

/**
 * A product's stable human identifier, unique in its store and never changed after creation (unlike the slug): 1 to
 * {@value #MAX_LENGTH} characters, ASCII letters, digits, {@code .}, {@code _} and {@code -}, starting with a letter or
 * digit, case kept. Set on creation or derived from the product's slug ({@link #fromSlug}).
 */
public record Handle(String value) {

    public static final int MAX_LENGTH = 100;

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public Handle {
        Require.length("handle", value, 1, MAX_LENGTH);
        if (!FORMAT.matcher(value).matches()) {
            throw new ValidationException(
                    "handle",
                    ErrorCodes.INVALID_FORMAT,
                    "must be ASCII letters, digits, '.', '_' and '-', starting with a letter or digit (was \""
                            + Excerpt.of(value) + "\")");
        }
    }

    /** The handle a product without one gets: its slug's text. */
    public static Handle fromSlug(Slug slug) {
        return new Handle(slug.value());
    }

    /** This handle with a numeric suffix ("mug" becoming "mug-2"), shortened to stay within the length. */
    public Handle withSuffix(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("suffix must be positive: " + n);
        }
        String suffix = "-" + n;
        String base = value.length() + suffix.length() <= MAX_LENGTH
                ? value
                : value.substring(0, MAX_LENGTH - suffix.length());
        return new Handle(base + suffix);
    }

    @Override
    public String toString() {
        return value;
    }
}
