package io.catalog.events.webhook;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.Locale;

/** How a subscription's deliveries are shaped and signed. */
public enum WebhookFormat {

    /** The body is a JWT (RS256, the service's key, published as JWKS) whose {@code data} claim carries the event. */
    WIX("wix"),
    /** Standard Webhooks: a JSON body {type, timestamp, data}, signed with HMAC-SHA256 in {@code webhook-signature}. */
    STANDARD("standard");

    private final String apiName;

    WebhookFormat(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }

    /** The format of an API name; {@code field} names the request field for the error. */
    public static WebhookFormat of(String apiName, String field) {
        return Arrays.stream(values())
                .filter(f -> f.apiName.equals(apiName.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(
                        () -> new ValidationException(field, ErrorCodes.UNKNOWN_ENUM_VALUE, "must be wix or standard"));
    }
}
