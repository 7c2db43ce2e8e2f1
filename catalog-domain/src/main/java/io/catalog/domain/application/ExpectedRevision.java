package io.catalog.domain.application;

import io.catalog.domain.shared.StaleRevisionException;
import java.util.OptionalLong;

/** The revision a caller based its change on: the one check of it, for every aggregate's unit of work. */
final class ExpectedRevision {

    private ExpectedRevision() {}

    /** Fails with {@link StaleRevisionException} when a revision is expected and {@code actual} is another one. */
    static void require(OptionalLong expected, long actual) {
        if (expected.isPresent() && expected.getAsLong() != actual) {
            throw new StaleRevisionException(expected.getAsLong(), actual);
        }
    }
}
