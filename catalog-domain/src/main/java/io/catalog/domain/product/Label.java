package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The name of a brand or a ribbon given to a product: 1 to {@value #MAX_LENGTH} characters without control
 * characters, surrounding white space removed. Brands and ribbons are not entities of their own yet; a product keeps
 * the name, and the id answered for it is derived from the store, the kind and the {@linkplain #key() normalised}
 * name: the same in every product of the store, so that brand and ribbon entities can adopt those ids later.
 */
public record Label(String name) {

    public static final int MAX_LENGTH = 50;

    /** What a label names. */
    public enum Kind {
        BRAND,
        RIBBON
    }

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public Label {
        Require.present("name", name);
        name = name.strip();
        Require.length("name", name, 1, MAX_LENGTH);
        if (CONTROL.matcher(name).find()) {
            throw new ValidationException(
                    "name",
                    ErrorCodes.INVALID_FORMAT,
                    "must not hold control characters (was \"" + Excerpt.of(name) + "\")");
        }
    }

    /**
     * The label a write asks for, its errors named under {@code field} ({@code brand}, {@code additionalRibbons[1]}):
     * the name is required; an id sent must be the one derived from that name in the store ({@code INVALID_ID}),
     * since assigning by id alone needs brand and ribbon entities.
     */
    public static Label requested(Kind kind, StoreId store, String name, String id, String field) {
        Label label;
        try {
            label = new Label(name);
        } catch (ValidationException e) {
            throw e.nestedIn(field);
        }
        if (id != null && !id.equalsIgnoreCase(label.id(kind, store))) {
            throw new ValidationException(
                    field + ".id",
                    ErrorCodes.INVALID_ID,
                    "must be the id of " + kind.name().toLowerCase(Locale.ROOT) + " \"" + Excerpt.of(label.name())
                            + "\" (" + label.id(kind, store) + ") or be left out: assigning by id alone is not"
                            + " supported yet");
        }
        return label;
    }

    /** The name as compared: NFC, white space runs as one space, lower case. "Sale" and " sale " are one label. */
    public String key() {
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The id of this label in {@code store}: a name-based UUID of the kind, the store and {@link #key()}. */
    public String id(Kind kind, StoreId store) {
        String seed = kind.name().toLowerCase(Locale.ROOT) + ":" + store.value() + ":" + key();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
