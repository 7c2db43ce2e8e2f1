package io.catalog.domain.shared;

/** The caller worked on an outdated revision of an aggregate; it must reload and retry (HTTP 409). */
public final class StaleRevisionException extends CatalogException {

    private final long expected;
    private final long actual;

    public StaleRevisionException(long expected, long actual) {
        super(
                ErrorCodes.STALE_REVISION,
                "revision",
                "revision " + expected + " is stale: the current revision is " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    /** The revision the caller based its change on. */
    public long expected() {
        return expected;
    }

    /** The revision currently stored, as far as it is known ({@code -1} when the store could not tell). */
    public long actual() {
        return actual;
    }
}
