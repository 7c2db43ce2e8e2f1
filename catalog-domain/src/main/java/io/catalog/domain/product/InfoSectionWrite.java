package io.catalog.domain.product;

/**
 * One info section of a product's whole list as a write sends it ({@link InfoSections#written}); each component
 * {@code null} when not sent.
 *
 * @param id          the id of one of the product's sections ({@link InfoSection#id}): that section
 * @param uniqueName  the section of the product with that name, else a new section of that name
 * @param description the description as HTML, sanitised as a product's is
 */
public record InfoSectionWrite(String id, String uniqueName, String title, String description) {}
