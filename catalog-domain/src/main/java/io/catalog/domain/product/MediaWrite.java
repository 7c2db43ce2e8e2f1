package io.catalog.domain.product;

/**
 * One item of a product's whole media list as Catalog V3 writes it ({@link MediaGallery#replacedBy}): an item the
 * product has, named by its {@code id}, or a new one by its {@code url} (with the {@code id} given, or a generated
 * one). Each other component is {@code null} when not sent: an item kept keeps its value.
 *
 * @param displayName the item's title
 * @param type        {@code null}: implied by the URL
 */
public record MediaWrite(String id, String url, MediaType type, String altText, String displayName, String uploadId) {}
