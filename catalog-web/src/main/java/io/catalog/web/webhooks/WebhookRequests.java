package io.catalog.web.webhooks;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Instants;
import io.catalog.domain.shared.ValidationException;
import io.catalog.events.webhook.SubscriptionCommand;
import io.catalog.web.json.JsonInput;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads webhook request bodies; the rules on the values are the webhook service's. */
final class WebhookRequests {

    static final String SUBSCRIPTION = "subscription";

    private WebhookRequests() {}

    /** {@code {"subscription": {"targetUrl", "eventTypes", "secret", "format", "active"}}}. */
    static SubscriptionCommand command(JsonInput body) {
        JsonInput s = body.requiredObject(SUBSCRIPTION);
        return new SubscriptionCommand(
                s.string("targetUrl"),
                s.strings("eventTypes"),
                s.string("secret"),
                s.string("format"),
                s.bool("active"));
    }

    /** A replay: {@code {"eventId": "..."}} or {@code {"since": "<ISO-8601 instant>"}}, exactly one. */
    record Replay(String eventId, OffsetDateTime since) {}

    static Replay replay(JsonInput body) {
        String eventId = body.string("eventId");
        String since = body.string("since");
        if ((eventId == null) == (since == null)) {
            throw new ValidationException("eventId", ErrorCodes.REQUIRED, "or since is required (exactly one of them)");
        }
        if (eventId != null) {
            return new Replay(eventId, null);
        }
        return new Replay(null, Instants.parse(since, "since").atOffset(ZoneOffset.UTC));
    }
}
