package io.catalog.domain.application;

/**
 * Request to add one media item to a product: by an existing {@code mediaId} or by {@code url} (exactly one of
 * them), with an optional {@code mediaType} ("image" or "video"; implied by the file extension when absent), and
 * optionally linked to the choice {@code choiceOption} / {@code choiceValue}.
 */
public record MediaCommand(String mediaId, String url, String mediaType, String choiceOption, String choiceValue) {}
