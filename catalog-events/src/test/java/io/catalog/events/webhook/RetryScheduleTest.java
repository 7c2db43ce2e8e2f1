package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final RandomGenerator NO_JITTER = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0;
        }
    };

    private static final RandomGenerator MOST_JITTER = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0.999999;
        }
    };

    @Test
    void theDefaultScheduleIsStandardWebhooksAndEndsAfterEightAttempts() {
        RetrySchedule schedule =
                new RetrySchedule(RetrySchedule.parse(RetrySchedule.DEFAULT).delays(), NO_JITTER);

        assertThat(schedule.maxAttempts()).isEqualTo(8);
        assertThat(schedule.nextDelay(1, Optional.empty())).contains(Duration.ofSeconds(5));
        assertThat(schedule.nextDelay(2, Optional.empty())).contains(Duration.ofMinutes(5));
        assertThat(schedule.nextDelay(3, Optional.empty())).contains(Duration.ofMinutes(30));
        assertThat(schedule.nextDelay(7, Optional.empty())).contains(Duration.ofHours(10));
        assertThat(schedule.nextDelay(8, Optional.empty())).isEmpty();
    }

    @Test
    void jitterAddsAtMostAFifth() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(100)), MOST_JITTER);

        assertThat(schedule.nextDelay(1, Optional.empty()).orElseThrow())
                .isGreaterThan(Duration.ofSeconds(119))
                .isLessThanOrEqualTo(Duration.ofSeconds(120));
        RetrySchedule random = RetrySchedule.parse("PT10S");
        for (int i = 0; i < 100; i++) {
            assertThat(random.nextDelay(1, Optional.empty()).orElseThrow())
                    .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(12));
        }
    }

    @Test
    void retryAfterPostponesButNeverHastensNorExceedsADay() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5)), NO_JITTER);

        assertThat(schedule.nextDelay(1, Optional.of(Duration.ofSeconds(60)))).contains(Duration.ofSeconds(60));
        assertThat(schedule.nextDelay(1, Optional.of(Duration.ofSeconds(1)))).contains(Duration.ofSeconds(5));
        assertThat(schedule.nextDelay(1, Optional.of(Duration.ofDays(3)))).contains(Duration.ofHours(24));
    }

    @Test
    void readsRetryAfterAsSecondsOrHttpDate() {
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);

        assertThat(RetrySchedule.retryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(RetrySchedule.retryAfter("Sun, 22 Nov 2026 10:01:30 GMT", now))
                .contains(Duration.ofSeconds(90));
        assertThat(RetrySchedule.retryAfter("Sun, 22 Nov 2026 09:00:00 GMT", now))
                .contains(Duration.ZERO);
        assertThat(RetrySchedule.retryAfter("soon", now)).isEmpty();
        assertThat(RetrySchedule.retryAfter(null, now)).isEmpty();
        assertThat(RetrySchedule.retryAfter("-5", now)).isEmpty();
    }

    @Test
    void anEmptyScheduleMeansOneAttempt() {
        assertThat(RetrySchedule.parse("").maxAttempts()).isEqualTo(1);
        assertThat(RetrySchedule.parse(" PT1S , PT2S ").maxAttempts()).isEqualTo(3);
    }
}
