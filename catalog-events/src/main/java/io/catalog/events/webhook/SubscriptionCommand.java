package io.catalog.events.webhook;

import java.util.List;

/**
 * A subscription's fields as a request sends them; {@code null} means "not sent" (on creation: the default).
 *
 * @param eventTypes the event types to deliver; empty or absent means every type
 * @param secret     {@code whsec_...}; generated on creation when absent
 * @param format     {@code wix} or {@code standard} (the default)
 */
public record SubscriptionCommand(
        String targetUrl, List<String> eventTypes, String secret, String format, Boolean active) {

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "SubscriptionCommand[targetUrl=" + targetUrl + ", eventTypes=" + eventTypes + ", format=" + format
                + ", active=" + active + "]";
    }
}
