package io.catalog.events.telemetry;

/** What leaving the catalog counts: events published from the outbox, and webhook attempts by what they came to. */
public interface EventMetrics {

    /** Events the relay published (a committed batch). */
    void published(int events);

    /** Events the relay could not publish; each waits for its retry. */
    void publishFailed(int events);

    /** A batch of webhook attempts recorded: answered 2xx, to be retried, and dead-lettered (410 Gone included). */
    void webhookAttempts(int delivered, int retried, int deadLettered);

    /** Counts nothing: for parts made outside the container. */
    EventMetrics NONE = new EventMetrics() {
        @Override
        public void published(int events) {}

        @Override
        public void publishFailed(int events) {}

        @Override
        public void webhookAttempts(int delivered, int retried, int deadLettered) {}
    };
}
