package io.catalog.web.webhooks;

import io.catalog.events.webhook.subscription.LoggedDelivery;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry of a subscription's delivery log: one event sent (or to send) to it, and how its attempts went. */
@Schema(name = "WebhookDelivery")
@JsonbPropertyOrder({
    "id",
    "eventId",
    "eventType",
    "aggregateType",
    "aggregateId",
    "sequence",
    "status",
    "attempts",
    "lastStatusCode",
    "lastError",
    "createdDate",
    "lastAttemptDate",
    "nextAttemptDate",
    "finishedDate",
    "history"
})
public record DeliveryDto(
        String id,

        @Schema(description = "The event's id, sent as webhook-id")
        String eventId,

        @Schema(example = "ProductChanged") String eventType,
        @Schema(example = "product") String aggregateType,

        @Schema(description = "The product or collection id")
        String aggregateId,

        @Schema(description = "The event's number among its aggregate's events")
        long sequence,

        @Schema(
                description = "PENDING, DELIVERED (a 2xx answer) or DEAD (dead-lettered after the last try, or 410)",
                enumeration = {"PENDING", "DELIVERED", "DEAD"})
        String status,

        @Schema(description = "Attempts made") int attempts,

        @Schema(description = "Status of the last answer; absent when none came (see lastError)")
        Integer lastStatusCode,

        String lastError,
        String createdDate,
        String lastAttemptDate,

        @Schema(description = "When it is tried next (pending deliveries only)")
        String nextAttemptDate,

        @Schema(description = "When it was delivered or dead-lettered")
        String finishedDate,

        @Schema(description = "Every attempt, first to last")
        List<AttemptDto> history) {

    /** One attempt: its number, when, the answer's status (absent when none came) and the error. */
    @Schema(name = "WebhookAttempt")
    @JsonbPropertyOrder({"attempt", "date", "statusCode", "error"})
    public record AttemptDto(int attempt, String date, Integer statusCode, String error) {}

    /** {@code {"deliveries": [...]}}, newest first. */
    @Schema(name = "WebhookDeliveryLog")
    public record Log(List<DeliveryDto> deliveries) {}

    public static DeliveryDto of(LoggedDelivery d) {
        return new DeliveryDto(
                d.id(),
                d.eventId(),
                d.eventType(),
                d.aggregateType(),
                d.aggregateId(),
                d.sequence(),
                d.status().name(),
                d.attempts(),
                d.lastStatusCode(),
                d.lastError(),
                instant(d.createdAt()),
                instant(d.lastAttemptAt()),
                d.status() == LoggedDelivery.Status.PENDING ? instant(d.nextAttemptAt()) : null,
                instant(d.finishedAt()),
                d.history().stream()
                        .map(a -> new AttemptDto(a.number(), instant(a.at()), a.statusCode(), a.error()))
                        .toList());
    }

    private static String instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant().toString();
    }
}
