/**
 * Kept product answers: each server's serialized product answers, kept with the revision they show and sent again
 * while the product is at that revision ({@link io.catalog.web.products.kept.ProductAnswers}), and the bodies written
 * from them without a copy ({@link io.catalog.web.products.kept.JsonPieces}). The resources of
 * {@code web.products} learn a product's revision, ask here for its answer and hand over what they had to read and
 * serialize again.
 */
package io.catalog.web.products.kept;
