package io.catalog.web.settings;

import io.catalog.domain.application.StoreSettingsService;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.security.CurrentStore;
import io.catalog.web.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling store's settings: {@code /stores/v1/settings}. */
@Path("/stores/v1/settings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Store settings")
@APIResponse(
        responseCode = "401",
        description = "No token, or a token that is invalid or expired",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks the permission",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class StoreSettingsResource {

    static final String SETTINGS = "settings";

    private static final String EXAMPLE = """
            {"settings": {"allowBackorders": false, "currency": "USD", "siteUrl": "https://www.example.com/"}}""";

    @Inject
    StoreSettingsService settings;

    @Context
    SecurityContext security;

    /** A store's settings. */
    @Schema(name = "StoreSettings")
    @JsonbPropertyOrder({"allowBackorders", "currency", "siteUrl"})
    public record SettingsDto(
            @Schema(
                    description = "Whether decrements (and a negative inventoryDelta) may take a tracked quantity "
                            + "below zero; a quantity at or below zero is out of stock either way",
                    example = "false")
            Boolean allowBackorders,

            @Schema(description = "Currency of every price in the store", readOnly = true, example = "USD")
            String currency,

            @Schema(description = "Base of productPageUrl", readOnly = true, example = "https://www.example.com/")
            String siteUrl) {

        static SettingsDto of(StoreSettings settings) {
            return new SettingsDto(
                    settings.allowBackorders(), settings.currency().getCurrencyCode(), settings.siteUrl());
        }
    }

    /** {@code {"settings": {...}}}. */
    @Schema(name = "StoreSettingsEnvelope")
    public record SettingsEnvelope(SettingsDto settings) {}

    @GET
    @RolesAllowed({Permissions.READ_PRODUCTS, Permissions.MODIFY_PRODUCTS})
    @Operation(
            operationId = "getStoreSettings",
            summary = "Get store settings",
            description = "The calling store's settings.")
    @APIResponse(
            responseCode = "200",
            description = "The settings",
            content =
                    @Content(
                            schema = @Schema(implementation = SettingsEnvelope.class),
                            examples = @ExampleObject(name = "defaults", value = EXAMPLE)))
    public Response get() {
        return Response.ok(new SettingsEnvelope(SettingsDto.of(settings.get(CurrentStore.id(security)))))
                .build();
    }

    @PATCH
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateStoreSettings",
            summary = "Update store settings",
            description = "Changes only the settings sent: allowBackorders. " + "Answers the settings.")
    @APIResponse(
            responseCode = "200",
            description = "The settings as updated",
            content =
                    @Content(
                            schema = @Schema(implementation = SettingsEnvelope.class),
                            examples = @ExampleObject(name = "backorders allowed", value = """
                            {"settings": {"allowBackorders": true, "currency": "USD", "siteUrl": "https://www.example.com/"}}""")))
    @APIResponse(
            responseCode = "400",
            description = "A field of the wrong type",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response update(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SettingsEnvelope.class),
                                            examples = @ExampleObject(name = "allow backorders", value = """
                    {"settings": {"allowBackorders": true}}""")))
                    JsonInput body) {
        Boolean allowBackorders = body.requiredObject(SETTINGS).bool("allowBackorders");
        StoreId store = CurrentStore.id(security);
        return Response.ok(new SettingsEnvelope(SettingsDto.of(settings.update(store, allowBackorders))))
                .build();
    }
}
