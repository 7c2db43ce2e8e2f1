package io.catalog.domain.product.modifier;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.regex.Pattern;

/** The rule of a modifier's texts (names, titles): surrounding white space removed, 1 to n characters, no controls. */
final class ModifierText {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private ModifierText() {}

    /**
     * {@code text} stripped, checked to hold 1 to {@code max} characters (code points) and no control character.
     *
     * @throws ValidationException {@code REQUIRED} (absent or blank), {@code TOO_LONG}, {@code INVALID_FORMAT} on
     *                             {@code field}
     */
    static String checked(String field, String text, int max) {
        String stripped = Require.present(field, text).strip();
        Require.length(field, stripped, 1, max);
        if (CONTROL.matcher(stripped).find()) {
            throw new ValidationException(
                    field,
                    ErrorCodes.INVALID_FORMAT,
                    "must not hold control characters (was \"" + Excerpt.of(stripped) + "\")");
        }
        return stripped;
    }
}
