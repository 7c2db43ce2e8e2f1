package io.catalog.domain.store;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.regex.Pattern;

/** Identifies the store (tenant) that owns catalog data: 1..64 characters of {@code [A-Za-z0-9._:-]}. */
public record StoreId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final int MAX_LENGTH = 64;

    public StoreId {
        Require.length("storeId", value, 1, MAX_LENGTH);
        if (!FORMAT.matcher(value).matches()) {
            throw new ValidationException(
                    "storeId", ErrorCodes.INVALID_FORMAT, "may only contain letters, digits, '.', '_', ':' and '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
