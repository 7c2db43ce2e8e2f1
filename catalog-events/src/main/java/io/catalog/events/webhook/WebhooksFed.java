package io.catalog.events.webhook;

/**
 * Fired (as a CDI event) when the relay's transaction added webhook deliveries; observed after its commit, it wakes
 * the {@link WebhookWorker} instead of leaving the deliveries to its next poll.
 *
 * @param deliveries how many deliveries were added
 */
public record WebhooksFed(int deliveries) {}
