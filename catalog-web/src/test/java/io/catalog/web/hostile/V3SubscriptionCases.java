package io.catalog.web.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The fields added to Catalog V3 with subscriptions under attack: subscriptions past their limits, of the wrong JSON
 * type or with values the catalog does not know; {@code fields} names that are no RequestedFields, too many or of the
 * wrong type on get, query and search; field mask paths below the variants that are not kept; backward cursors
 * rewritten under the MAC. Each is refused with 400 (403 without the permission) and nothing is written.
 */
final class V3SubscriptionCases implements HostileCases {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static String subscription(String fields) {
        return subscription("T", "MONTH", fields);
    }

    private static String subscription(String title, String frequency, String fields) {
        return "\"subscriptionDetails\": {\"subscriptions\": [{\"title\": \"" + title + "\", \"frequency\": \""
                + frequency + "\"" + fields + "}]}";
    }

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String products = "/stores/v3/products";
        String modify = store.modifyToken();
        List<HostileRequest> requests = new ArrayList<>();
        List<String[]> cases = new ArrayList<>();

        cases.add(new String[] {
            "7 subscriptions",
            Collections.nCopies(7, "{\"title\": \"T\", \"frequency\": \"DAY\"}").stream()
                    .collect(Collectors.joining(", ", "\"subscriptionDetails\": {\"subscriptions\": [", "]}")),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "10,000 subscriptions",
            Collections.nCopies(10_000, "{}").stream()
                    .collect(Collectors.joining(", ", "\"subscriptionDetails\": {\"subscriptions\": [", "]}")),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {"a title of 21 characters", subscription("x".repeat(21), "DAY", ""), "TOO_LONG"});
        cases.add(
                new String[] {"a title of 10,000 characters", subscription("x".repeat(10_000), "DAY", ""), "TOO_LONG"});
        cases.add(new String[] {"an empty title", subscription("   ", "DAY", ""), "REQUIRED"});
        cases.add(new String[] {
            "a description of 61 characters", subscription(", \"description\": \"" + "d".repeat(61) + "\""), "TOO_LONG"
        });
        cases.add(new String[] {"an interval of 0", subscription(", \"interval\": 0"), "OUT_OF_RANGE"});
        cases.add(new String[] {"an interval of 51", subscription(", \"interval\": 51"), "OUT_OF_RANGE"});
        cases.add(new String[] {"an interval of 1e30", subscription(", \"interval\": 1e30"), "INVALID_TYPE"});
        cases.add(new String[] {"an interval of 1.5", subscription(", \"interval\": 1.5"), "INVALID_TYPE"});
        cases.add(new String[] {"1 billing cycle", subscription(", \"billingCycles\": 1"), "OUT_OF_RANGE"});
        cases.add(new String[] {"1,000 billing cycles", subscription(", \"billingCycles\": 1000"), "OUT_OF_RANGE"});
        cases.add(new String[] {
            "autoRenewal false without cycles", subscription(", \"autoRenewal\": false"), "NOT_ALLOWED"
        });
        cases.add(new String[] {
            "autoRenewal with cycles", subscription(", \"autoRenewal\": true, \"billingCycles\": 3"), "NOT_ALLOWED"
        });
        cases.add(new String[] {"a frequency of HOUR", subscription("T", "HOUR", ""), "UNKNOWN_ENUM_VALUE"});
        cases.add(new String[] {
            "no frequency", "\"subscriptionDetails\": {\"subscriptions\": [{\"title\": \"T\"}]}", "REQUIRED"
        });
        cases.add(new String[] {"an id that is no GUID", subscription(", \"id\": \"../../x\""), "INVALID_ID"});
        cases.add(new String[] {
            "two subscriptions of one id",
            "\"subscriptionDetails\": {\"subscriptions\": ["
                    + "{\"id\": \"4b9c3f0e-3c1a-4e8b-9a51-5d0f6f7d2a10\", \"title\": \"A\", \"frequency\": \"DAY\"},"
                    + "{\"id\": \"4B9C3F0E-3C1A-4E8B-9A51-5D0F6F7D2A10\", \"title\": \"B\", \"frequency\": \"DAY\"}]}",
            "NOT_ALLOWED"
        });
        cases.add(new String[] {
            "a discount of 0 percent",
            subscription(", \"discount\": {\"type\": \"PERCENT\", \"percentOff\": 0}"),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "a discount of 101 percent",
            subscription(", \"discount\": {\"type\": \"PERCENT\", \"percentOff\": 101}"),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "a discount of 1e50 percent",
            subscription(", \"discount\": {\"type\": \"PERCENT\", \"percentOff\": 1e50}"),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "a discount of 1e400 percent",
            subscription(", \"discount\": {\"type\": \"PERCENT\", \"percentOff\": 1e400}"),
            "NUMBER_OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "a percentage of 3 decimals",
            subscription(", \"discount\": {\"type\": \"PERCENT\", \"percentOff\": 10.125}"),
            "TOO_MANY_DECIMALS"
        });
        cases.add(new String[] {
            "a negative amount off",
            subscription(", \"discount\": {\"type\": \"AMOUNT\", \"amountOff\": \"-1\"}"),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "an amount off above the price",
            subscription(", \"discount\": {\"type\": \"AMOUNT\", \"amountOff\": \"0.01\"}"),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "an amount off that is text",
            subscription(", \"discount\": {\"type\": \"AMOUNT\", \"amountOff\": \"ten\"}"),
            "INVALID_TYPE"
        });
        cases.add(new String[] {
            "an amount and a percentage",
            subscription(", \"discount\": {\"type\": \"AMOUNT\", \"amountOff\": \"1\", \"percentOff\": 5}"),
            "NOT_ALLOWED"
        });
        cases.add(new String[] {
            "a discount of type FREE", subscription(", \"discount\": {\"type\": \"FREE\"}"), "UNKNOWN_ENUM_VALUE"
        });
        cases.add(
                new String[] {"a discount without type", subscription(", \"discount\": {\"percentOff\": 5}"), "REQUIRED"
                });
        cases.add(new String[] {"a free trial", subscription(", \"freeTrialDays\": 7"), "UNSUPPORTED_FIELD"});
        cases.add(new String[] {
            "subscriptions as a string", "\"subscriptionDetails\": {\"subscriptions\": \"monthly\"}", "INVALID_TYPE"
        });
        cases.add(new String[] {"subscription details as an array", "\"subscriptionDetails\": []", "INVALID_TYPE"});
        cases.add(new String[] {
            "allowOneTimePurchases as text",
            "\"subscriptionDetails\": {\"allowOneTimePurchases\": \"yes\"}",
            "INVALID_TYPE"
        });
        for (String[] c : cases) {
            requests.add(HostileRequest.post("a V3 product with " + c[0], products)
                    .bearer(modify)
                    .json("{\"product\": {\"name\": \"Hostile\", " + c[1] + "}}")
                    .expect(400, c[2]));
        }
        requests.add(HostileRequest.post("subscriptions written with a read token", products)
                .bearer(store.readToken())
                .json("{\"product\": {\"name\": \"Hostile\", " + subscription("") + "}}")
                .expect(403));

        // fields
        String unknownFields = "{\"fields\": [\"URL\", \"COST\"]}";
        requests.add(HostileRequest.post("a query asking an unknown field", products + "/query")
                .bearer(store.readToken())
                .json(unknownFields)
                .expect(400, "UNKNOWN_ENUM_VALUE"));
        requests.add(HostileRequest.post("a search asking an unknown field", products + "/search")
                .bearer(store.readToken())
                .json(unknownFields)
                .expect(400, "UNKNOWN_ENUM_VALUE"));
        requests.add(HostileRequest.post("a query asking 10,000 fields", products + "/query")
                .bearer(store.readToken())
                .json(Collections.nCopies(10_000, "\"URL\"").stream()
                        .collect(Collectors.joining(", ", "{\"fields\": [", "]}")))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("fields as an object", products + "/query")
                .bearer(store.readToken())
                .json("{\"fields\": {\"URL\": true}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("fields of numbers", products + "/search")
                .bearer(store.readToken())
                .json("{\"fields\": [1]}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.get(
                        "a get asking a field in SQL", products + "/" + store.productId() + "?fields=URL%27%3B--")
                .bearer(store.readToken())
                .expect(400, "UNKNOWN_ENUM_VALUE"));
        requests.add(HostileRequest.post("a create asking an unknown field", products)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"Hostile\"}, \"fields\": [\"EVERYTHING\"]}")
                .expect(400, "UNKNOWN_ENUM_VALUE"));

        // field masks below the variants
        requests.add(HostileRequest.patch("a field mask naming a variant's media", products + "/" + store.productId())
                .bearer(modify)
                .json("{\"product\": {\"revision\": \"1\", \"variantsInfo\": {\"variants\": [{}]}},"
                        + " \"fieldMask\": {\"paths\": [\"variantsInfo.variants.media\"]}}")
                .expect(400, "UNSUPPORTED_FIELD"));

        // backward cursors rewritten under the MAC of a forward one
        String cursor = store.v3Cursor();
        int dot = cursor.indexOf('.');
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, dot)), StandardCharsets.UTF_8);
        String backward = payload.substring(0, payload.length() - 1) + ",\"d\":\"b\"}";
        for (String[] c : List.of(new String[] {"a cursor turned backward under its MAC", backward}, new String[] {
            "a cursor of an unknown direction under its MAC",
            payload.substring(0, payload.length() - 1) + ",\"d\":\"x\"}"
        })) {
            requests.add(HostileRequest.post(c[0], products + "/query")
                    .bearer(store.readToken())
                    .json("{\"query\": {\"cursorPaging\": {\"cursor\": \""
                            + ENCODER.encodeToString(c[1].getBytes(StandardCharsets.UTF_8)) + "."
                            + cursor.substring(dot + 1) + "\"}}}")
                    .expect(400, "INVALID_CURSOR"));
        }
        return requests;
    }
}
