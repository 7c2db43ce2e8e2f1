package io.catalog.web.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Catalog V3 Search Products ({@code /stores/v3/products/search}) under attack: expressions too long, of too many
 * words or of the wrong type; LIKE wildcards meant to match everything; search fields and aggregation field paths
 * that are not there; too many aggregations, buckets or values; limits and amounts out of range; a query's cursor
 * passed off as a search's. Each is refused with 400 naming the field. A storefront token searching or counting its
 * way to the hidden product sees nothing of it.
 */
final class V3SearchCases implements HostileCases {

    private static final String NO_PRODUCTS = "\"products\"\\s*:\\s*\\[\\s*\\]";

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String search = "/stores/v3/products/search";
        String read = store.readToken();
        List<HostileRequest> requests = new ArrayList<>();

        // The free-text part.
        for (String[] bad : List.of(
                new String[] {"an expression of 201 characters", "\"" + "a".repeat(201) + "\"", "OUT_OF_RANGE"},
                new String[] {"an expression of 100,000 characters", "\"" + "a ".repeat(50_000) + "\"", "OUT_OF_RANGE"},
                new String[] {"an expression of 11 words", "\"a b c d e f g h i j k\"", "OUT_OF_RANGE"},
                new String[] {"an expression that is a number", "5", "INVALID_TYPE"},
                new String[] {"an expression that is an array", "[\"red\"]", "INVALID_TYPE"})) {
            requests.add(HostileRequest.post(bad[0], search)
                    .bearer(read)
                    .json("{\"search\": {\"search\": {\"expression\": " + bad[1] + "}}}")
                    .expect(400, bad[2]));
        }
        // A string is read as the JSON it holds (as filters may be sent): "red" is none.
        requests.add(HostileRequest.post("a search part that is a string", search)
                .bearer(read)
                .json("{\"search\": {\"search\": \"red\"}}")
                .expect(400, "INVALID_FORMAT"));
        requests.add(HostileRequest.post("a search part that is a number", search)
                .bearer(read)
                .json("{\"search\": {\"search\": 5}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("search fields that are not there", search)
                .bearer(read)
                .json("{\"search\": {\"search\": {\"expression\": \"a\", \"fields\": [\"password\"]}}}")
                .expect(400, "UNKNOWN_FIELD"));
        requests.add(HostileRequest.post("1,000 search fields", search)
                .bearer(read)
                .json("{\"search\": {\"search\": {\"expression\": \"a\", \"fields\": ["
                        + String.join(",", Collections.nCopies(1_000, "\"name\"")) + "]}}}")
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a search mode of OR", search)
                .bearer(read)
                .json("{\"search\": {\"search\": {\"expression\": \"a\", \"mode\": \"OR\"}}}")
                .expect(400, "NOT_ALLOWED"));

        // Aggregations.
        String visible = "{\"type\": \"VALUE\", \"fieldPath\": \"visible\"}";
        requests.add(HostileRequest.post("11 aggregations", search)
                .bearer(read)
                .json(aggregations(String.join(",", Collections.nCopies(11, visible))))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("10,000 aggregations", search)
                .bearer(read)
                .json(aggregations(String.join(",", Collections.nCopies(10_000, visible))))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("aggregations that are an object", search)
                .bearer(read)
                .json("{\"search\": {\"aggregations\": " + visible + "}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("an aggregation that is a string", search)
                .bearer(read)
                .json(aggregations("\"visible\""))
                .expect(400, "INVALID_TYPE"));
        for (String[] bad : List.of(
                new String[] {
                    "an aggregation of an unknown field",
                    "{\"type\": \"VALUE\", \"fieldPath\": \"cost\"}",
                    "UNKNOWN_FIELD"
                },
                new String[] {
                    "an aggregation of __proto__",
                    "{\"type\": \"VALUE\", \"fieldPath\": \"__proto__\"}",
                    "UNKNOWN_FIELD"
                },
                new String[] {"an aggregation without fieldPath", "{\"type\": \"VALUE\"}", "REQUIRED"},
                new String[] {"an aggregation without type", "{\"fieldPath\": \"visible\"}", "REQUIRED"},
                new String[] {
                    "an aggregation of type NESTED",
                    "{\"type\": \"NESTED\", \"fieldPath\": \"visible\"}",
                    "UNKNOWN_ENUM_VALUE"
                },
                new String[] {"a RANGE of a flag", "{\"type\": \"RANGE\", \"fieldPath\": \"visible\"}", "NOT_ALLOWED"},
                new String[] {
                    "a value limit of 101",
                    "{\"type\": \"VALUE\", \"fieldPath\": \"visible\", \"value\": {\"limit\": 101}}",
                    "OUT_OF_RANGE"
                },
                new String[] {
                    "a value limit of 0",
                    "{\"type\": \"VALUE\", \"fieldPath\": \"visible\", \"value\": {\"limit\": 0}}",
                    "OUT_OF_RANGE"
                },
                new String[] {
                    "a value limit of 1e9",
                    "{\"type\": \"VALUE\", \"fieldPath\": \"visible\", \"value\": {\"limit\": 1e9}}",
                    "OUT_OF_RANGE"
                },
                new String[] {
                    "a value limit that is a string",
                    "{\"type\": \"VALUE\", \"fieldPath\": \"visible\", \"value\": {\"limit\": \"5\"}}",
                    "INVALID_TYPE"
                },
                new String[] {
                    "a sortType of RANDOM",
                    "{\"type\": \"VALUE\", \"fieldPath\": \"visible\", \"value\": {\"sortType\": \"RANDOM\"}}",
                    "UNKNOWN_ENUM_VALUE"
                },
                new String[] {
                    "a scalar of AVG",
                    "{\"type\": \"SCALAR\", \"fieldPath\": \"actualPriceRange.minValue.amount\","
                            + " \"scalar\": {\"type\": \"AVG\"}}",
                    "UNKNOWN_ENUM_VALUE"
                },
                new String[] {
                    "a scalar without its type",
                    "{\"type\": \"SCALAR\", \"fieldPath\": \"actualPriceRange.minValue.amount\"}",
                    "REQUIRED"
                },
                new String[] {
                    "a range without buckets",
                    "{\"type\": \"RANGE\", \"fieldPath\": \"actualPriceRange.minValue.amount\"}",
                    "REQUIRED"
                },
                new String[] {
                    "21 buckets",
                    "{\"type\": \"RANGE\", \"fieldPath\": \"actualPriceRange.minValue.amount\", \"range\":"
                            + " {\"buckets\": [" + String.join(",", Collections.nCopies(21, "{\"from\": 1}"))
                            + "]}}",
                    "OUT_OF_RANGE"
                },
                new String[] {
                    "a bucket of nothing",
                    "{\"type\": \"RANGE\", \"fieldPath\": \"actualPriceRange.minValue.amount\", \"range\":"
                            + " {\"buckets\": [{}]}}",
                    "REQUIRED"
                },
                new String[] {
                    "a bucket from above its to",
                    "{\"type\": \"RANGE\", \"fieldPath\": \"actualPriceRange.minValue.amount\", \"range\":"
                            + " {\"buckets\": [{\"from\": 9, \"to\": 1}]}}",
                    "NOT_ALLOWED"
                },
                new String[] {
                    "a bucket from 1e100000 in a string",
                    "{\"type\": \"RANGE\", \"fieldPath\": \"actualPriceRange.minValue.amount\", \"range\":"
                            + " {\"buckets\": [{\"from\": \"1e100000\"}]}}",
                    "NUMBER_OUT_OF_RANGE"
                },
                new String[] {
                    "a bucket from that is no amount",
                    "{\"type\": \"RANGE\", \"fieldPath\": \"actualPriceRange.minValue.amount\", \"range\":"
                            + " {\"buckets\": [{\"from\": \"cheap\"}]}}",
                    "INVALID_TYPE"
                },
                new String[] {
                    "an aggregation name of 101 characters",
                    "{\"name\": \"" + "n".repeat(101) + "\", \"type\": \"VALUE\", \"fieldPath\": \"visible\"}",
                    "OUT_OF_RANGE"
                })) {
            requests.add(HostileRequest.post(bad[0], search)
                    .bearer(read)
                    .json(aggregations(bad[1]))
                    .expect(400, bad[2]));
        }
        requests.add(HostileRequest.post("two aggregations of one name", search)
                .bearer(read)
                .json(aggregations(visible + "," + visible))
                .expect(400, "NOT_ALLOWED"));

        // Cursors and tokens.
        requests.add(HostileRequest.post("a query's cursor sent to search", search)
                .bearer(store.modifyToken())
                .json("{\"search\": {\"cursorPaging\": {\"cursor\": \"" + store.v3Cursor() + "\"}}}")
                .expect(400, "INVALID_CURSOR"));
        requests.add(HostileRequest.post("a search without a token", search)
                .json("{}")
                .expect(401, "UNAUTHORIZED"));

        // A storefront searching for the hidden product, or counting it.
        String hiddenId = store.hiddenProductId();
        String hiddenName = "Hidden one";
        for (String expression : List.of("Hidden one", "hidden", "%", "_", "%%", "\\\\%", "*", ".*")) {
            requests.add(HostileRequest.post("the hidden product searched for as " + expression, search)
                    .bearer(read)
                    .json("{\"search\": {\"search\": {\"expression\": \"" + expression + "\"}}}")
                    .expectOkShowing("\"products\"", hiddenId, hiddenName));
        }
        requests.add(HostileRequest.post("the hidden product searched by name", search)
                .bearer(read)
                .json("{\"search\": {\"search\": {\"expression\": \"hidden\"}}}")
                .expectOkShowing(NO_PRODUCTS, hiddenId, hiddenName));
        requests.add(HostileRequest.post("the hidden product counted by a visible facet", search)
                .bearer(read)
                .json(aggregations(visible))
                .expectOkShowing("\"value\"\\s*:\\s*\"true\"", hiddenId, hiddenName, "\"false\""));
        requests.add(HostileRequest.post("the hidden product's price as the lowest", search)
                .bearer(read)
                .json(aggregations("{\"type\": \"SCALAR\", \"fieldPath\": \"actualPriceRange.minValue.amount\","
                        + " \"scalar\": {\"type\": \"MIN\"}}"))
                .expectOkShowing("\"SCALAR\"", hiddenId, hiddenName, "\"value\":3"));
        return requests;
    }

    private static String aggregations(String list) {
        return "{\"search\": {\"aggregations\": [" + list + "]}}";
    }
}
