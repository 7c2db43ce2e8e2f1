package io.catalog.domain.product.modifier;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a modifier or of a modifier's choice: a GUID in lower case. Generated when a write sends none; an id sent
 * is kept, so an integrator's ids stay the same across updates.
 */
public record ModifierId(String value) {

    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public ModifierId {
        Objects.requireNonNull(value, "value");
        if (!GUID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a lower-case GUID: " + value);
        }
    }

    /** A new random id. */
    public static ModifierId random() {
        return new ModifierId(UUID.randomUUID().toString());
    }

    /** The id {@code text} names (a GUID, any case), or {@code INVALID_ID} on {@code field}. */
    public static ModifierId parse(String field, String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (!GUID.matcher(lower).matches()) {
            throw new ValidationException(
                    field, ErrorCodes.INVALID_ID, "must be a GUID (was \"" + Excerpt.of(text) + "\")");
        }
        return new ModifierId(lower);
    }

    @Override
    public String toString() {
        return value;
    }
}
