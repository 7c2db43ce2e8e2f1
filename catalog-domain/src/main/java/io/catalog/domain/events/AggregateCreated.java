package io.catalog.domain.events;

/**
 * The event that brings its aggregate into being (a product or collection was created): the first event of the
 * aggregate's stream, with no event of it before. Whoever numbers an aggregate's events may start from one without
 * looking for earlier numbers.
 */
public interface AggregateCreated extends DomainEvent {}
