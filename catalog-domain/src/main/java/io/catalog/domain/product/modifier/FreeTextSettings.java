package io.catalog.domain.product.modifier;

import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.Currency;
import java.util.Objects;

/**
 * What a {@link ModifierRenderType#FREE_TEXT} modifier asks of the buyer's text: between {@code minCharCount} and
 * {@code maxCharCount} characters ({@code 0 <= min <= max}, {@code 1 <= max <=} {@value #MAX_CHAR_COUNT}), the
 * {@code title} shown above the text box (1 to {@value #MAX_TITLE_LENGTH} characters) and the price the text adds
 * ({@code defaultAddedPrice}, in the store currency, rounded to its minor unit, never negative). Errors name the
 * fields as V3 does, relative to the settings ({@code maxCharCount}).
 *
 * <p>The seeds give no bounds for free texts; {@value #MAX_CHAR_COUNT} characters is the catalog's (a text box, not
 * a document), and the title's bound is twice a name's.
 */
public record FreeTextSettings(int minCharCount, int maxCharCount, Money defaultAddedPrice, String title) {

    /** The most characters a buyer's text may be asked to hold; also the default {@code maxCharCount}. */
    public static final int MAX_CHAR_COUNT = 500;

    public static final int MAX_TITLE_LENGTH = 100;

    public FreeTextSettings {
        Require.range("maxCharCount", maxCharCount, 1, MAX_CHAR_COUNT);
        Require.range("minCharCount", minCharCount, 0, MAX_CHAR_COUNT);
        if (minCharCount > maxCharCount) {
            throw new ValidationException(
                    "minCharCount",
                    ErrorCodes.OUT_OF_RANGE,
                    "must not be above maxCharCount " + maxCharCount + " (was " + minCharCount + ")");
        }
        Objects.requireNonNull(defaultAddedPrice, "defaultAddedPrice");
        title = ModifierText.checked("title", title, MAX_TITLE_LENGTH);
    }

    /** The settings a free-text modifier called {@code name} has when none are given: any text up to the maximum. */
    public static FreeTextSettings defaultsFor(String name, Currency currency) {
        return new FreeTextSettings(0, MAX_CHAR_COUNT, Money.zero(currency), name);
    }
}
