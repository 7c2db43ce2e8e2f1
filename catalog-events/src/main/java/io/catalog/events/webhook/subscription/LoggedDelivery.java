package io.catalog.events.webhook.subscription;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An entry of a subscription's delivery log: one event sent (or to send) to it, and how its attempts went.
 *
 * @param aggregateKey   {@code aggregateType/aggregateId} of the event; a subscription gets one aggregate's events in
 *                       sequence order
 * @param attempts       how many times it was sent
 * @param lastStatusCode the status of the last answer, or {@code null} (none yet, or no answer: see lastError)
 * @param finishedAt     when it was delivered or dead-lettered
 * @param history        every attempt, first to last
 */
public record LoggedDelivery(
        String id,
        String subscriptionId,
        String eventId,
        String eventType,
        String aggregateKey,
        long sequence,
        Status status,
        int attempts,
        OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        OffsetDateTime lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        OffsetDateTime finishedAt,
        List<Attempt> history) {

    public LoggedDelivery {
        history = List.copyOf(history);
    }

    /** The aggregate's type: {@code product} or {@code collection}. */
    public String aggregateType() {
        return aggregateKey.substring(0, aggregateKey.indexOf('/'));
    }

    /** The product's or collection's id. */
    public String aggregateId() {
        return aggregateKey.substring(aggregateKey.indexOf('/') + 1);
    }

    /**
     * One attempt of a delivery.
     *
     * @param number     1 for the first attempt
     * @param statusCode the answer's status, or {@code null} when none came
     * @param error      why it failed, or {@code null}
     */
    public record Attempt(int number, OffsetDateTime at, Integer statusCode, String error) {}

    /** Where a delivery stands. */
    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** A receiver answered 2xx. */
        DELIVERED,
        /** Given up: the last try failed, or the receiver answered 410 Gone. */
        DEAD
    }
}
