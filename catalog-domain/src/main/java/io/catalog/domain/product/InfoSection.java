package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Excerpt;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One info section a product shows (Catalog V3's {@code infoSections[]}, v1's {@code additionalInfoSections[]}): a
 * unique name, a title and a description (sanitised HTML, {@link Description}). Its id is derived from the store and
 * the unique name ({@link #id}), so that the same section has the same id in every product of the store, as the info
 * sections of their own, when they come, will.
 *
 * @param uniqueName 1 to {@value #MAX_UNIQUE_NAME_LENGTH} letters, digits, {@code - _ .}, starting with a letter or
 *                   digit; compared ignoring case ({@link #key()})
 * @param title      1 to {@value #MAX_TITLE_LENGTH} characters without control characters, stripped
 */
public record InfoSection(String uniqueName, String title, Description description) {

    public static final int MAX_UNIQUE_NAME_LENGTH = 100;
    public static final int MAX_TITLE_LENGTH = 100;

    private static final Pattern UNIQUE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");

    public InfoSection {
        uniqueName = requireUniqueName(uniqueName);
        title = Require.length("title", Require.present("title", title).strip(), 1, MAX_TITLE_LENGTH);
        if (CONTROL.matcher(title).find()) {
            throw new ValidationException("title", ErrorCodes.INVALID_FORMAT, "must not contain control characters");
        }
        description = description == null ? Description.EMPTY : description;
    }

    /** {@code name}, checked as a unique name. */
    static String requireUniqueName(String name) {
        String stripped =
                Require.length("uniqueName", Require.present("uniqueName", name).strip(), 1, MAX_UNIQUE_NAME_LENGTH);
        if (!UNIQUE_NAME.matcher(stripped).matches()) {
            throw new ValidationException(
                    "uniqueName",
                    ErrorCodes.INVALID_FORMAT,
                    "must be letters, digits, . _ - starting with a letter or digit (was \"" + Excerpt.of(stripped)
                            + "\")");
        }
        return stripped;
    }

    /** The unique name as compared: lower case. */
    public String key() {
        return uniqueName.toLowerCase(Locale.ROOT);
    }

    /** The id of this section in {@code store}: a name-based UUID of the store and {@link #key()}. */
    public String id(StoreId store) {
        return idOf(store, uniqueName);
    }

    /** The id of the section named {@code uniqueName} in {@code store}. */
    public static String idOf(StoreId store, String uniqueName) {
        Objects.requireNonNull(store, "store");
        String seed = "info-section:" + store.value() + ":" + uniqueName.toLowerCase(Locale.ROOT);
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A unique name made of a title: its letters and digits in lower case, runs of others as one {@code -}. */
    static String nameOf(String title) {
        String name = NOT_NAME.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-");
        name = name.replaceAll("^-+|-+$", "");
        if (name.length() > MAX_UNIQUE_NAME_LENGTH - 4) {
            name = name.substring(0, MAX_UNIQUE_NAME_LENGTH - 4).replaceAll("-+$", "");
        }
        return name.isEmpty() ? "section" : name;
    }
}
