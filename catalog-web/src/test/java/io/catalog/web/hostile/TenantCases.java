package io.catalog.web.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who the caller is and where webhooks may go: tokens whose store claim is not a store id exactly as written (quotes
 * around or inside the attacked store's id, empty, too long, control characters, not a string) are refused with 401,
 * never mended into a store; webhook targets written ambiguously (octal, integer or shortened IPv4), on ports 0 or
 * above 65535, or at addresses that reach no single host (also when written inside IPv6) are refused with 400, also
 * on servers that allow private targets, as the test servers do.
 */
final class TenantCases implements HostileCases {

    /** Targets refused whatever {@code catalog.webhooks.allow-private-targets} says, with their error code. */
    private static final Map<String, String> REFUSED_TARGETS = Map.ofEntries(
            Map.entry("http://0177.0.0.1/hooks", "INVALID_FORMAT"),
            Map.entry("http://2130706433/hooks", "INVALID_FORMAT"),
            Map.entry("http://127.1/hooks", "INVALID_FORMAT"),
            Map.entry("http://0x7f.0.0.1/hooks", "INVALID_FORMAT"),
            Map.entry("http://localhost:0/hooks", "INVALID_FORMAT"),
            Map.entry("http://localhost:65536/hooks", "INVALID_FORMAT"),
            Map.entry("http://[fe80::1%25eth0]/hooks", "INVALID_FORMAT"),
            Map.entry("http://[::127.0.0.1]/hooks", "NOT_ALLOWED"),
            Map.entry("http://[::7f00:1]/hooks", "NOT_ALLOWED"),
            Map.entry("http://[::ffff:0:127.0.0.1]/hooks", "NOT_ALLOWED"),
            Map.entry("http://[64:ff9b::240.0.0.1]/hooks", "NOT_ALLOWED"),
            Map.entry("http://[2002:ffff:ffff::]/hooks", "NOT_ALLOWED"),
            Map.entry("http://0.0.0.0/hooks", "NOT_ALLOWED"),
            Map.entry("http://240.0.0.1/hooks", "NOT_ALLOWED"),
            Map.entry("http://255.255.255.255/hooks", "NOT_ALLOWED"),
            Map.entry("http://224.0.0.1/hooks", "NOT_ALLOWED"),
            Map.entry("http://[ff02::1]/hooks", "NOT_ALLOWED"),
            Map.entry("http://[::]/hooks", "NOT_ALLOWED"),
            Map.entry("http://[100::1]/hooks", "NOT_ALLOWED"));

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String product = "/stores/v1/products/" + store.productId();
        String id = store.id();
        int half = id.length() / 2;
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("the store's id in quotes", "\"" + id + "\"");
        claims.put("a quote inside the store's id", id.substring(0, half) + "\"" + id.substring(half));
        claims.put("an empty store", "");
        claims.put("a store of 200 characters", "s".repeat(200));
        claims.put("a store with a NUL", id + "\u0000");
        claims.put("a store with a line break", id + "\nother");
        claims.put("a store with a tab", id + "\t");
        claims.put("a store that is a number", 42);
        claims.put("a store that is an object", Map.of("id", id));
        claims.put("a store that is an array", List.of(id));
        claims.put("a store that is true", true);

        List<HostileRequest> requests = new ArrayList<>();
        claims.forEach((name, claim) -> {
            String token = store.tokens().token(claim, "READ_PRODUCTS", "MODIFY_PRODUCTS");
            requests.add(HostileRequest.get("a read with " + name, product)
                    .bearer(token)
                    .expect(401, "UNAUTHORIZED"));
            requests.add(HostileRequest.patch("a write with " + name, product)
                    .bearer(token)
                    .json("{\"product\": {\"name\": \"Taken over\"}}")
                    .expect(401, "UNAUTHORIZED"));
        });
        String subscription = "/stores/v1/webhooks/subscriptions/" + store.subscriptionId();
        REFUSED_TARGETS.forEach((url, code) -> {
            String body = "{\"subscription\": {\"targetUrl\": \"" + url + "\"}}";
            requests.add(HostileRequest.post("a subscription to " + url, "/stores/v1/webhooks/subscriptions")
                    .bearer(store.modifyToken())
                    .json(body)
                    .expect(400, code));
            requests.add(HostileRequest.patch("a subscription moved to " + url, subscription)
                    .bearer(store.modifyToken())
                    .json(body)
                    .expect(400, code));
        });
        return requests;
    }
}
