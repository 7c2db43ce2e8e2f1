package io.catalog.domain.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A clock whose instants are whole milliseconds: the precision every timestamp of the catalog has ({@code created},
 * {@code lastUpdated}), as the Wix API answers them. Every database stores a millisecond exactly, so the instant a
 * write answers is the one later reads answer and filters compare: a {@code lastUpdated} taken from any answer
 * finds its product with {@code $eq} or {@code $gte}.
 */
public final class MillisecondClock extends Clock {

    private final Clock source;

    private MillisecondClock(Clock source) {
        this.source = source;
    }

    /** {@code source} truncated to milliseconds ({@code source} itself when it already is). */
    public static Clock of(Clock source) {
        Objects.requireNonNull(source, "source");
        return source instanceof MillisecondClock ? source : new MillisecondClock(source);
    }

    @Override
    public Instant instant() {
        return source.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public long millis() {
        return source.millis();
    }

    @Override
    public ZoneId getZone() {
        return source.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return of(source.withZone(zone));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MillisecondClock clock && clock.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode() ^ 0x6d73;
    }

    @Override
    public String toString() {
        return "MillisecondClock[" + source + "]";
    }
}
