package io.catalog.domain.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Instants a request names (a time filter, a replay's start): ISO-8601 text, in the years 0001 to 9999. Every
 * database the catalog runs on stores these; a later year such as {@code +999999999-12-31T00:00:00Z} parses in Java
 * but is out of PostgreSQL's range, so it is refused here as a value out of range.
 */
public final class Instants {

    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private Instants() {}

    /** The instant {@code text} names; a validation error on {@code field} when it is malformed or out of range. */
    public static Instant parse(String text, String field) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(
                    field, ErrorCodes.INVALID_FORMAT, "must be an ISO-8601 instant such as 2026-11-22T10:15:30Z");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new ValidationException(field, ErrorCodes.OUT_OF_RANGE, "must be in the years 0001 to 9999");
        }
        return instant;
    }
}
