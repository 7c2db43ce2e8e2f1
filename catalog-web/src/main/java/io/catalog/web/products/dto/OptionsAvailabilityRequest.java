package io.catalog.web.products.dto;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of Product Options Availability: the choices selected so far. Documents the request in OpenAPI; the body
 * itself is read by the resource's request reader.
 */
@Schema(name = "ProductOptionsAvailabilityRequest")
public record OptionsAvailabilityRequest(
        @Schema(
                required = true,
                description = "Option name to selected choice value (or description); options may " + "be left out",
                example = "{\"Size\": \"S\", \"Color\": \"Green\"}")
        Map<String, String> options) {}
