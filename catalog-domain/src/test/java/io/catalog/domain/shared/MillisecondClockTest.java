package io.catalog.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MillisecondClockTest {

    @Test
    void instantsAreWholeMilliseconds() {
        Clock clock = MillisecondClock.of(Clock.fixed(Instant.parse("2026-12-07T10:15:30.123456789Z"), ZoneOffset.UTC));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-07T10:15:30.123Z"));
        assertThat(clock.instant().toString()).isEqualTo("2026-12-07T10:15:30.123Z");
        assertThat(MillisecondClock.of(clock)).isSameAs(clock);
        assertThat(clock.withZone(ZoneOffset.ofHours(2)).instant()).isEqualTo(clock.instant());
    }

    @Test
    void theSystemClockIsTruncatedToo() {
        Clock clock = MillisecondClock.of(Clock.systemUTC());

        for (int i = 0; i < 1000; i++) {
            assertThat(clock.instant().getNano() % 1_000_000).isZero();
        }
    }
}
