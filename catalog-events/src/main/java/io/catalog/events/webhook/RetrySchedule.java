package io.catalog.events.webhook;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: after attempt {@code n} fails, the {@code n}-th delay of the schedule
 * (Standard Webhooks': 5s, 5m, 30m, 2h, 5h, 10h, 10h) plus up to 20% jitter, or later when the receiver asked so
 * with {@code Retry-After}; after the last delay's attempt, none (the delivery is dead-lettered).
 */
public final class RetrySchedule {

    /** The default schedule. */
    public static final String DEFAULT = "PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H";
    /** The longest {@code Retry-After} honoured. */
    static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private final List<Duration> delays;
    private final RandomGenerator random;

    RetrySchedule(List<Duration> delays, RandomGenerator random) {
        this.delays = List.copyOf(delays);
        this.random = random;
    }

    /** A schedule from comma-separated ISO-8601 durations, e.g. {@value #DEFAULT}; empty means one attempt only. */
    public static RetrySchedule parse(String schedule) {
        List<Duration> delays = new ArrayList<>();
        for (String part : schedule.split(",")) {
            if (!part.isBlank()) {
                Duration delay = Duration.parse(part.trim());
                if (delay.isNegative()) {
                    throw new IllegalArgumentException("Negative delay in retry schedule: " + part);
                }
                delays.add(delay);
            }
        }
        return new RetrySchedule(delays, RandomGenerator.getDefault());
    }

    List<Duration> delays() {
        return delays;
    }

    /** How many times a delivery is sent at most. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /**
     * The delay before the next attempt once {@code attempts} attempts failed, empty when none is left.
     *
     * @param retryAfter what the receiver's {@code Retry-After} asked for, if anything
     */
    public Optional<Duration> nextDelay(int attempts, Optional<Duration> retryAfter) {
        if (attempts >= maxAttempts()) {
            return Optional.empty();
        }
        Duration base = delays.get(Math.max(0, attempts - 1));
        Duration delay = base.plusMillis((long) (base.toMillis() * 0.2 * random.nextDouble()));
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get();
            delay = asked.compareTo(delay) > 0 ? asked : delay;
        }
        return Optional.of(delay);
    }

    /** A {@code Retry-After} header, delay-seconds or an HTTP date, as a delay from {@code now}. */
    public static Optional<Duration> retryAfter(String header, OffsetDateTime now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration delay =
                        Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
                return delay.isNegative() ? Optional.of(Duration.ZERO) : Optional.of(delay);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
