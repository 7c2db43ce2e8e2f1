package io.catalog.domain.application;

/** A choice of an {@link OptionCommand}: value and optional description. */
public record ChoiceCommand(String value, String description) {}
