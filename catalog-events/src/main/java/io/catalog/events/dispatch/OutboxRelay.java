package io.catalog.events.dispatch;

import io.catalog.events.telemetry.EventMetrics;
import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.OutboxEvent;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes one batch from the outbox in two transactions.
 *
 * <ol>
 *   <li><b>Claim.</b> Due events are claimed (row locks other servers skip) and leased for
 *   {@code catalog.events.lease}, and the claim is committed before anything is published. The claim is a write of
 *   the relay's own, committed after the changes whose events it claims: on H2, which shows a commit to other sessions
 *   an instant before it has written it to its file, the file then holds those changes once it holds the claim. So
 *   no event leaves the catalog announcing a change that a crash could still lose.</li>
 *   <li><b>Publish.</b> In a second transaction the claimed events still unpublished are locked (another server that
 *   took them over when the lease ended and published them leaves them out), handed to every {@link EventSink}, and
 *   marked published; a failed event waits with exponential backoff, and the later events of its aggregate wait
 *   behind it; the others are released.</li>
 * </ol>
 *
 * <p>{@link #publishAll} claims each next batch in the transaction that publishes the one before, so a steady stream
 * costs one commit per batch.
 *
 * <p>A crash after the claim leaves the events leased: they are due again when the lease ends and published then (at
 * least once, never lost). While an event is leased or waits for a retry, its aggregate's later events are held back,
 * so each aggregate's events are published in order.
 *
 * <p>Each batch's publishing is a span, {@value #SPAN} (how many events it claimed, published and postponed), and
 * its counts go to the {@link EventMetrics} once committed.
 */
@ApplicationScoped
public class OutboxRelay {

    @Inject
    EventOutbox outbox;

    @Inject
    @Any
    Instance<EventSink> sinks;

    @Inject
    RelayTransactions transactions;

    @Inject
    Clock clock;

    static final String SPAN = "catalog.outbox.publish";

    /** The server's tracer (MicroProfile Telemetry); one that does nothing until the server gives it. */
    @Inject
    Tracer tracer = OpenTelemetry.noop().getTracer("io.catalog");

    @Inject
    EventMetrics metrics = EventMetrics.NONE;

    @Inject
    @ConfigProperty(name = "catalog.events.retry.initial-delay", defaultValue = "PT1S")
    Duration initialRetryDelay;

    @Inject
    @ConfigProperty(name = "catalog.events.retry.max-delay", defaultValue = "PT5M")
    Duration maxRetryDelay;

    /** How long claimed events stay the claiming server's before they are due again (its end after a crash). */
    @Inject
    @ConfigProperty(name = "catalog.events.lease", defaultValue = "PT30S")
    Duration lease;

    /** What one batch did: how many due events were claimed, and how many were published or postponed. */
    public record Batch(int claimed, int settled) {}

    /** Claimed events and the lease that names the claim as this relay's. */
    private record Claim(List<OutboxEvent> events, OffsetDateTime claimedAt, OffsetDateTime leasedUntil) {

        static final Claim NONE = new Claim(List.of(), null, null);
    }

    /** A published batch and the claim of the next, committed together. */
    private record Step(Published published, Claim next) {

        Batch batch() {
            return published.batch();
        }
    }

    /** What publishing a batch did: the batch, and how many of its events were published and how many failed. */
    private record Published(Batch batch, int published, int failed) {}

    /** Publishes one batch: a claim, committed, then its publishing. */
    public Batch publishBatch(int limit) {
        Claim claim = transactions.inNewTransaction(() -> claim(limit));
        if (claim.events().isEmpty()) {
            return new Batch(0, 0);
        }
        return publishClaimed(claim, () -> Claim.NONE).batch();
    }

    /**
     * Publishes batch after batch while events are due and batches make progress; returns how many events were
     * published or postponed. Each batch's publishing transaction also claims the next batch, so in a steady stream
     * every batch costs one commit, and each claim is still committed before its events are published.
     */
    public int publishAll(int limit) {
        Claim claim = transactions.inNewTransaction(() -> claim(limit));
        int settled = 0;
        while (!claim.events().isEmpty()) {
            Step step = publishClaimed(claim, () -> claim(limit));
            settled += step.batch().settled();
            claim = step.next();
        }
        return settled;
    }

    /**
     * Publishes {@code claim} in a new transaction and, when that made progress, claims the next batch in it. When the
     * transaction fails, the claim is given back at once (due again at the next poll, not at the lease's end); the
     * next claim rolled back with it.
     */
    private Step publishClaimed(Claim claim, Supplier<Claim> next) {
        Span span = tracer.spanBuilder(SPAN)
                .setAttribute("catalog.outbox.claimed", claim.events().size())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            Step step;
            try {
                step = transactions.inNewTransaction(() -> {
                    Published published = publish(claim.events(), claim.claimedAt(), claim.leasedUntil());
                    return new Step(published, published.batch().settled() > 0 ? next.get() : Claim.NONE);
                });
            } catch (RuntimeException e) {
                span.recordException(e);
                span.setStatus(StatusCode.ERROR);
                List<String> ids = claim.events().stream().map(OutboxEvent::id).toList();
                transactions.inNewTransaction(() -> {
                    outbox.release(ids, claim.leasedUntil(), claim.claimedAt());
                    return null;
                });
                throw e;
            }
            span.setAttribute("catalog.outbox.published", step.published().published());
            span.setAttribute("catalog.outbox.failed", step.published().failed());
            metrics.published(step.published().published());
            metrics.publishFailed(step.published().failed());
            return step;
        } finally {
            span.end();
        }
    }

    private Claim claim(int limit) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Whole milliseconds, which every database stores exactly: the lease's end names the claim as this relay's.
        OffsetDateTime leasedUntil = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        List<OutboxEvent> due = outbox.claimDue(limit, now);
        if (due.isEmpty()) {
            return Claim.NONE;
        }
        outbox.lease(due.stream().map(OutboxEvent::id).toList(), leasedUntil);
        return new Claim(due, now, leasedUntil);
    }

    private Published publish(List<OutboxEvent> claimed, OffsetDateTime now, OffsetDateTime leasedUntil) {
        Set<String> unpublished =
                outbox.lockUnpublished(claimed.stream().map(OutboxEvent::id).toList(), leasedUntil);
        // Of each aggregate's run, those published meanwhile are a prefix (an aggregate's events are published in
        // order): the rest is still in order.
        List<OutboxEvent> due = claimed.stream()
                .filter(event -> unpublished.contains(event.id()))
                .toList();
        if (due.isEmpty()) {
            return new Published(new Batch(claimed.size(), 0), 0, 0);
        }
        Set<String> published = new LinkedHashSet<>();
        due.forEach(event -> published.add(event.id()));
        Map<String, String> failed = new HashMap<>();
        for (EventSink sink : sinks) {
            Delivery delivery = sink.deliver(due);
            published.retainAll(delivery.delivered());
            delivery.failed().forEach(failed::putIfAbsent);
        }
        published.removeAll(failed.keySet());
        outbox.markPublished(published, now);
        due.stream()
                .filter(event -> failed.containsKey(event.id()))
                .forEach(event ->
                        outbox.markFailed(event.id(), failed.get(event.id()), now.plus(retryDelay(event.attempts()))));
        // Neither published nor failed (behind a failed event of their aggregate): due again now, held back by it.
        Set<String> released = new HashSet<>(unpublished);
        released.removeAll(published);
        released.removeAll(failed.keySet());
        outbox.lease(released, now);
        return new Published(
                new Batch(claimed.size(), published.size() + failed.size()), published.size(), failed.size());
    }

    /** {@code initial * 2^attempts}, at most {@code max}. */
    Duration retryDelay(int attempts) {
        Duration delay = initialRetryDelay;
        for (int i = 0; i < attempts && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
