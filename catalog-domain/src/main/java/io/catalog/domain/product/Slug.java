package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The URL part of a product page: 1..100 characters, runs of {@code [a-z0-9]} joined by single dashes. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 100;
    /** How many candidate slugs one lookup checks when looking for a free one. */
    public static final int CANDIDATES_PER_LOOKUP = 20;

    private static final String FALLBACK = "product";
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    public Slug {
        Require.length("slug", value, 1, MAX_LENGTH);
        if (!FORMAT.matcher(value).matches()) {
            throw new ValidationException(
                    "slug",
                    ErrorCodes.INVALID_FORMAT,
                    "must be lowercase letters and digits separated by single dashes (was \"" + Excerpt.of(value)
                            + "\")");
        }
    }

    /** Validates {@code text} as a slug. */
    public static Slug parse(String text) {
        return new Slug(text);
    }

    /** Slug derived from a product name: "Café Crème!" becomes "cafe-creme"; "product" when nothing is left. */
    public static Slug fromName(String name) {
        String ascii =
                ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String dashed = SEPARATORS.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = truncate(trimDashes(dashed), MAX_LENGTH);
        return new Slug(slug.isEmpty() ? FALLBACK : slug);
    }

    /** This slug with a numeric suffix, "t-shirt" becoming "t-shirt-2"; the base is shortened to stay within 100 characters. */
    public Slug withSuffix(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("suffix must be positive: " + n);
        }
        String suffix = "-" + n;
        return new Slug(truncate(value, MAX_LENGTH - suffix.length()) + suffix);
    }

    private static String truncate(String slug, int maxLength) {
        return slug.length() <= maxLength ? slug : trimDashes(slug.substring(0, maxLength));
    }

    private static String trimDashes(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * This slug if it is free, else the first free of {@code this-1}, {@code this-2}, ... {@code takenAmong} answers
     * which of some candidates are taken: first this slug alone (the usual case, one exact lookup), then batches of
     * {@value #CANDIDATES_PER_LOOKUP} suffixed candidates, never a scan of every slug that starts alike.
     */
    public Slug firstFree(java.util.function.Function<java.util.List<Slug>, java.util.Set<Slug>> takenAmong) {
        if (takenAmong.apply(java.util.List.of(this)).isEmpty()) {
            return this;
        }
        for (int first = 1; ; first += CANDIDATES_PER_LOOKUP) {
            java.util.List<Slug> candidates = new java.util.ArrayList<>(CANDIDATES_PER_LOOKUP);
            for (int n = first; n < first + CANDIDATES_PER_LOOKUP; n++) {
                candidates.add(withSuffix(n));
            }
            java.util.Set<Slug> taken = takenAmong.apply(candidates);
            for (Slug candidate : candidates) {
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
