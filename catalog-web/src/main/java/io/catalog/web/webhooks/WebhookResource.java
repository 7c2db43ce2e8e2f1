package io.catalog.web.webhooks;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.events.webhook.SigningKeys;
import io.catalog.events.webhook.WebhookService;
import io.catalog.events.webhook.subscription.Subscription;
import io.catalog.web.QueryParameters;
import io.catalog.web.error.ApiError;
import io.catalog.web.json.JsonInput;
import io.catalog.web.security.CurrentStore;
import io.catalog.web.security.Permissions;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhooks: a store's subscriptions ({@code /stores/v1/webhooks/subscriptions}), their delivery logs and replays, and
 * the public key that signs the {@code wix} format ({@code /stores/v1/webhooks/jwks}, open to anyone).
 */
@Path("/stores/v1/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Event deliveries over HTTP: signed, retried, in order per product")
@APIResponse(
        responseCode = "400",
        description = "A field is malformed or breaks a limit",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "401",
        description = "No valid token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(
        responseCode = "403",
        description = "The token lacks MODIFY_PRODUCTS",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
public class WebhookResource {

    private static final String CREATE_EXAMPLE = """
            {"subscription": {"targetUrl": "https://erp.example.com/hooks/catalog",
                              "eventTypes": ["ProductCreated", "ProductChanged", "ProductDeleted"],
                              "format": "standard"}}""";
    private static final String WIX_EXAMPLE = """
            {"subscription": {"targetUrl": "https://app.example.com/wix/webhooks", "format": "wix"}}""";
    private static final int MAX_LOG = 1000;
    private static final long DEFAULT_LOG = 100;

    @Inject
    WebhookService webhooks;

    @Inject
    SigningKeys keys;

    @Context
    SecurityContext security;

    /** What a replay queued. */
    @Schema(name = "WebhookReplayResponse")
    public record Replayed(
            @Schema(description = "How many deliveries were queued")
            int replayed) {}

    @POST
    @Path("subscriptions")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "createWebhookSubscription",
            summary = "Create webhook subscription",
            description =
                    "Events of the store committed from now on "
                            + "are POSTed to targetUrl. The answer carries the secret, this once (generated when none is sent).")
    @APIResponse(
            responseCode = "200",
            description = "The new subscription, with its secret",
            content = @Content(schema = @Schema(implementation = SubscriptionDto.Envelope.class)))
    @APIResponse(
            responseCode = "409",
            description = "The store has 20 subscriptions already",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SubscriptionDto.Envelope create(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SubscriptionDto.Envelope.class),
                                            examples = {
                                                @ExampleObject(name = "standard", value = CREATE_EXAMPLE),
                                                @ExampleObject(name = "wix", value = WIX_EXAMPLE)
                                            }))
                    JsonInput body) {
        String store = CurrentStore.id(security).value();
        var command = WebhookRequests.command(body);
        return new SubscriptionDto.Envelope(
                SubscriptionDto.withSecret(inSubscription(() -> webhooks.create(store, command))));
    }

    @GET
    @Path("subscriptions")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "listWebhookSubscriptions",
            summary = "List webhook subscriptions",
            description = "The store's subscriptions, oldest first, " + "without their secrets.")
    @APIResponse(
            responseCode = "200",
            description = "The subscriptions",
            content = @Content(schema = @Schema(implementation = SubscriptionDto.ListEnvelope.class)))
    public SubscriptionDto.ListEnvelope list() {
        return new SubscriptionDto.ListEnvelope(
                webhooks.list(CurrentStore.id(security).value()).stream()
                        .map(SubscriptionDto::of)
                        .toList());
    }

    @GET
    @Path("subscriptions/{id}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(operationId = "getWebhookSubscription", summary = "Get webhook subscription")
    @APIResponse(
            responseCode = "200",
            description = "The subscription, without its secret",
            content = @Content(schema = @Schema(implementation = SubscriptionDto.Envelope.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SubscriptionDto.Envelope get(@PathParam("id") String id) {
        return new SubscriptionDto.Envelope(
                SubscriptionDto.of(webhooks.get(CurrentStore.id(security).value(), id)));
    }

    @PATCH
    @Path("subscriptions/{id}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "updateWebhookSubscription",
            summary = "Update webhook subscription",
            description =
                    "Changes only the fields sent. "
                            + "`\"active\": true` reactivates a subscription deactivated by a 410; its pending deliveries resume.")
    @APIResponse(
            responseCode = "200",
            description = "The subscription as updated, without its secret",
            content = @Content(schema = @Schema(implementation = SubscriptionDto.Envelope.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public SubscriptionDto.Envelope update(
            @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            schema = @Schema(implementation = SubscriptionDto.Envelope.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "pause",
                                                            value = "{\"subscription\": {\"active\": false}}")))
                    JsonInput body) {
        String store = CurrentStore.id(security).value();
        var command = WebhookRequests.command(body);
        return new SubscriptionDto.Envelope(
                SubscriptionDto.of(inSubscription(() -> webhooks.update(store, id, command))));
    }

    @DELETE
    @Path("subscriptions/{id}")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "deleteWebhookSubscription",
            summary = "Delete webhook subscription",
            description = "Deletes it with its delivery log; pending " + "deliveries are dropped.")
    @APIResponse(responseCode = "200", description = "Deleted; an empty object")
    @APIResponse(
            responseCode = "404",
            description = "No such subscription in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Map<String, Object> delete(@PathParam("id") String id) {
        webhooks.delete(CurrentStore.id(security).value(), id);
        return Map.of();
    }

    @GET
    @Path("subscriptions/{id}/deliveries")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "listWebhookDeliveries",
            summary = "Delivery log",
            description = "The subscription's deliveries, newest first: status, "
                    + "attempts, last status code and error, times.")
    @APIResponse(
            responseCode = "200",
            description = "The deliveries",
            content = @Content(schema = @Schema(implementation = DeliveryDto.Log.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public DeliveryDto.Log deliveries(
            @PathParam("id") String id,
            @Parameter(
                            description = "How many deliveries, 1 to 1000",
                            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "100"))
                    @QueryParam("limit")
                    String limitParameter) {
        long limit = QueryParameters.wholeNumber(limitParameter, "limit", DEFAULT_LOG);
        if (limit < 1 || limit > MAX_LOG) {
            throw new ValidationException("limit", ErrorCodes.OUT_OF_RANGE, "must be 1 to " + MAX_LOG);
        }
        return new DeliveryDto.Log(webhooks.deliveries(CurrentStore.id(security).value(), id, (int) limit).stream()
                .map(DeliveryDto::of)
                .toList());
    }

    @POST
    @Path("subscriptions/{id}/replay")
    @RolesAllowed(Permissions.MODIFY_PRODUCTS)
    @Operation(
            operationId = "replayWebhookEvents",
            summary = "Replay events",
            description = "Delivers again one published event of the store "
                    + "(`eventId`), or every published event since a time (`since`) that the subscription wants, up to "
                    + "10,000, in order per product. Receivers see the same webhook-id as before.")
    @APIResponse(
            responseCode = "200",
            description = "How many deliveries were queued",
            content = @Content(schema = @Schema(implementation = Replayed.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such subscription, or no such published event, in the store",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Replayed replay(
            @PathParam("id") String id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            examples = {
                                                @ExampleObject(
                                                        name = "one event",
                                                        value =
                                                                "{\"eventId\": \"5b0c3f6e-1d2a-4c3b-9e8f-7a6b5c4d3e2f\"}"),
                                                @ExampleObject(
                                                        name = "since a time",
                                                        value = "{\"since\": \"2026-11-22T10:00:00Z\"}")
                                            }))
                    JsonInput body) {
        String store = CurrentStore.id(security).value();
        var replay = WebhookRequests.replay(body);
        return new Replayed(
                replay.eventId() != null
                        ? webhooks.replay(store, id, replay.eventId())
                        : webhooks.replaySince(store, id, replay.since()));
    }

    @GET
    @Path("jwks")
    @PermitAll
    @SecurityRequirements
    @Operation(
            operationId = "getWebhookSigningKeys",
            summary = "Webhook signing keys",
            description = "The public key of the `wix` format's JWTs as a JWK "
                    + "set; no token needed. Match the JWT header's kid.")
    @APIResponse(
            responseCode = "200",
            description = "The JWK set",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "jwks",
                                            value =
                                                    "{\"keys\": [{\"kty\": \"RSA\", \"e\": \"AQAB\", \"use\": \"sig\", \"kid\": \"...\","
                                                            + " \"alg\": \"RS256\", \"n\": \"...\"}]}")))
    public String jwks() {
        return keys.jwks();
    }

    /** Runs a subscription command, addressing field errors inside the request's subscription object. */
    private static Subscription inSubscription(Supplier<Subscription> command) {
        try {
            return command.get();
        } catch (ValidationException e) {
            throw e.nestedIn(WebhookRequests.SUBSCRIPTION);
        }
    }
}
