package io.catalog.events.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One webhook POST as it is sent: the target, the headers in order (names as sent) and the body.
 *
 * @param target  the subscription's target URL
 * @param headers the request's own headers ({@code Host}, {@code Content-Length} and {@code Connection} are added
 *                when it is written)
 * @param body    the body, UTF-8
 */
public record WebhookRequest(URI target, Map<String, String> headers, String body) {

    public WebhookRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The value of header {@code name} (case-insensitive), if the request carries it. */
    public Optional<String> header(String name) {
        return headers.entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
