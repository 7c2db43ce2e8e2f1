package io.catalog.domain.product;

/**
 * A stored product's revision and visibility, read without the rest of it: what a reader needs to know whether an
 * answer it already made of the product is still the product's answer.
 */
public record ProductRevision(long revision, boolean visible) {}
