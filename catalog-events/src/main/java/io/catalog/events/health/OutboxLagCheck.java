package io.catalog.events.health;

import io.catalog.persistence.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while events leave the outbox: DOWN, saying how old the oldest unpublished event is and the bound, once it is
 * older than {@code catalog.events.readiness.max-lag} (publishing has stopped: the messaging engine refuses, or no
 * server publishes). Zero turns the check off. Every server on the database reports the same lag.
 */
@Readiness
@ApplicationScoped
public class OutboxLagCheck implements HealthCheck {

    static final String NAME = "event-outbox";

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "catalog.events.readiness.max-lag", defaultValue = "PT5M")
    Duration maxLag;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (maxLag.isZero() || maxLag.isNegative()) {
            return response.up().withData("maxLagSeconds", "off").build();
        }
        Optional<OffsetDateTime> oldest = outbox.oldestUnpublished();
        long lagSeconds = oldest.map(at -> Math.max(
                        0, Duration.between(at, OffsetDateTime.now(clock)).toSeconds()))
                .orElse(0L);
        response.withData("oldestUnpublishedAgeSeconds", lagSeconds).withData("maxLagSeconds", maxLag.toSeconds());
        if (oldest.isPresent() && Duration.ofSeconds(lagSeconds).compareTo(maxLag) > 0) {
            return response.down()
                    .withData(
                            "reason",
                            "the oldest unpublished event occurred " + lagSeconds + " s ago, over the bound of "
                                    + maxLag.toSeconds() + " s: events are not being published")
                    .build();
        }
        return response.up().build();
    }
}
