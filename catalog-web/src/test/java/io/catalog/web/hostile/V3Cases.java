package io.catalog.web.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Catalog V3 read side ({@code /stores/v3/products}) under attack: cursors altered, cut, made up, oversized or of
 * another store, or sent with a filter or sort; page sizes out of range or of the wrong type; filters too deep, too
 * wide or naming unknown fields and operators; every member of the body of the wrong type; sorts on too many or
 * unsortable fields; product ids with path tricks. Each is refused with 400 (404 for an id that names no product of
 * the caller's; any 4xx for a path the container may refuse first; a path with {@code %00} is left out, as
 * {@link ErrorShapeCases} says why).
 * A storefront token reaching for the hidden product by id, by filter, by count or through a cursor its owner made
 * is answered as if the product did not exist: 404, or a page and a count without it.
 */
final class V3Cases implements HostileCases {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** An empty page of products, as a regular expression. */
    private static final String NO_PRODUCTS = "\"products\"\\s*:\\s*\\[\\s*\\]";

    /** A count of nothing, as a regular expression. */
    private static final String COUNT_ZERO = "\"count\"\\s*:\\s*0\\s*[,}]";

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String products = "/stores/v3/products";
        String query = products + "/query";
        String count = products + "/count";
        String read = store.readToken();
        String modify = store.modifyToken();
        String cursor = store.v3Cursor();
        List<HostileRequest> requests = new ArrayList<>();

        // Cursors.
        int dot = cursor.indexOf('.');
        String payload = cursor.substring(0, dot);
        String mac = cursor.substring(dot + 1);
        String payloadJson = new String(DECODER.decode(payload), StandardCharsets.UTF_8);
        List<String[]> badCursors = List.of(
                new String[] {"a cursor cut short", cursor.substring(0, cursor.length() - 3)},
                new String[] {"a cursor without its MAC", payload},
                new String[] {"a cursor with an empty MAC", payload + "."},
                new String[] {
                    "a cursor with its payload cut short", payload.substring(0, payload.length() - 4) + "." + mac
                },
                new String[] {"a cursor with one payload character changed", flip(payload, 5) + "." + mac},
                new String[] {"a cursor with one MAC character changed", payload + "." + flip(mac, 3)},
                new String[] {
                    "a cursor's MAC on another payload",
                    payload + "."
                            + store.otherV3Cursor()
                                    .substring(store.otherV3Cursor().indexOf('.') + 1)
                },
                new String[] {
                    "a cursor rewritten for a page of 100 under its MAC",
                    rewritten(payloadJson, "\"l\":1", "\"l\":100", mac)
                },
                new String[] {
                    "a cursor rewritten to show hidden products under its MAC",
                    ENCODER.encodeToString(
                                    ("{\"s\":\"" + store.id() + "\",\"l\":100,\"k\":[\"0\"],\"f\":{\"visible\":false}}")
                                            .getBytes(StandardCharsets.UTF_8))
                            + "." + mac
                },
                new String[] {"a made-up cursor", "eyJzIjoieCJ9.AAAA"},
                new String[] {"garbage", "not a cursor at all"},
                new String[] {"a cursor of dots", "...."},
                new String[] {"a cursor of one dot", "."},
                new String[] {"a cursor not in base64url", "!!!!.????"},
                new String[] {"a cursor of padded base64", "eyJzIjoieCJ9==.AA=="},
                new String[] {"a cursor of non-ASCII", "\u00e9\u00e9\u00e9.\u4e2d\u6587"},
                new String[] {"a cursor of 100,000 characters", "A".repeat(50_000) + "." + "B".repeat(49_999)},
                new String[] {"another store's cursor", store.otherV3Cursor()});
        for (String[] bad : badCursors) {
            requests.add(HostileRequest.post(bad[0], query)
                    .bearer(read)
                    .json("{\"query\": {\"cursorPaging\": {\"cursor\": \"" + bad[1] + "\"}}}")
                    .expect(400, "INVALID_CURSOR"));
        }
        requests.add(HostileRequest.post("a cursor with a NUL", query)
                .bearer(read)
                .json("{\"query\": {\"cursorPaging\": {\"cursor\": \"" + payload + "\\u0000." + mac + "\"}}}")
                .expect(400));
        requests.add(HostileRequest.post("this store's cursor sent to the other store", query)
                .bearer(store.otherToken())
                .json(cursorBody(cursor))
                .expect(400, "INVALID_CURSOR"));
        requests.add(HostileRequest.post("the other store's cursor sent with both permissions", query)
                .bearer(modify)
                .json(cursorBody(store.otherV3Cursor()))
                .expect(400, "INVALID_CURSOR"));
        requests.add(HostileRequest.post("a cursor of 2 MB", query)
                .bearer(read)
                .json(cursorBody("A".repeat(2 * 1024 * 1024)))
                .expect(413, "BODY_TOO_LARGE"));
        requests.add(HostileRequest.post("a cursor with a filter", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"name\": \"x\"}, \"cursorPaging\": {\"cursor\": \"" + cursor
                        + "\"}}}")
                .expect(400, "NOT_ALLOWED"));
        requests.add(HostileRequest.post("a cursor with a filter in a string", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": \"{\\\"visible\\\": false}\", \"cursorPaging\": {\"cursor\": \""
                        + cursor + "\"}}}")
                .expect(400, "NOT_ALLOWED"));
        requests.add(HostileRequest.post("a cursor with a sort", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"fieldName\": \"name\"}], \"cursorPaging\": {\"cursor\": \"" + cursor
                        + "\"}}}")
                .expect(400, "NOT_ALLOWED"));
        requests.add(HostileRequest.post("a cursor with a page of 101", query)
                .bearer(read)
                .json("{\"query\": {\"cursorPaging\": {\"limit\": 101, \"cursor\": \"" + cursor + "\"}}}")
                .expect(400, "OUT_OF_RANGE"));
        for (String wrong : List.of("5", "true", "{}", "[\"" + cursor + "\"]")) {
            requests.add(HostileRequest.post("a cursor that is " + wrong.charAt(0) + "...", query)
                    .bearer(read)
                    .json("{\"query\": {\"cursorPaging\": {\"cursor\": " + wrong + "}}}")
                    .expect(400, "INVALID_TYPE"));
        }

        // Page sizes.
        for (String limit : List.of("0", "101", "-1", "1000000000", "1e9")) {
            requests.add(HostileRequest.post("a limit of " + limit, query)
                    .bearer(read)
                    .json("{\"query\": {\"cursorPaging\": {\"limit\": " + limit + "}}}")
                    .expect(400, "OUT_OF_RANGE"));
        }
        for (String limit :
                List.of("\"1\"", "1.5", "true", "[1]", "{}", "2147483648", "-2147483649", "99999999999999999999999")) {
            requests.add(HostileRequest.post("a limit of " + limit, query)
                    .bearer(read)
                    .json("{\"query\": {\"cursorPaging\": {\"limit\": " + limit + "}}}")
                    .expect(400, "INVALID_TYPE"));
        }
        requests.add(HostileRequest.post("a limit of 1e100000", query)
                .bearer(read)
                .json("{\"query\": {\"cursorPaging\": {\"limit\": 1e100000}}}")
                .expect(400, "NUMBER_OUT_OF_RANGE"));

        // Wrong types for every member of the bodies.
        for (String wrong : List.of("\"x\"", "1", "true", "[]")) {
            String label = " that is " + wrong;
            if (!wrong.equals("[]")) { // an empty sort is no sort
                requests.add(HostileRequest.post("a sort" + label, query)
                        .bearer(read)
                        .json("{\"query\": {\"sort\": " + wrong + "}}")
                        .expect(400));
            }
            requests.add(HostileRequest.post("a query" + label, query)
                    .bearer(read)
                    .json("{\"query\": " + wrong + "}")
                    .expect(400));
            requests.add(HostileRequest.post("cursorPaging" + label, query)
                    .bearer(read)
                    .json("{\"query\": {\"cursorPaging\": " + wrong + "}}")
                    .expect(400, "INVALID_TYPE"));
            requests.add(HostileRequest.post("a filter" + label, query)
                    .bearer(read)
                    .json("{\"query\": {\"filter\": " + wrong + "}}")
                    .expect(400));
            requests.add(HostileRequest.post("a count filter" + label, count)
                    .bearer(read)
                    .json("{\"filter\": " + wrong + "}")
                    .expect(400));
            requests.add(HostileRequest.post("a query body" + label, query)
                    .bearer(read)
                    .json(wrong)
                    .expect(400));
            requests.add(HostileRequest.post("a count body" + label, count)
                    .bearer(read)
                    .json(wrong)
                    .expect(400));
        }
        requests.add(HostileRequest.post("a sort key that is a string", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [\"name\"]}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("a sort fieldName that is a number", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"fieldName\": 1}]}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("a sort order that is a boolean", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"fieldName\": \"name\", \"order\": true}]}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("a sort without fieldName", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"order\": \"ASC\"}]}}")
                .expect(400, "REQUIRED"));
        requests.add(HostileRequest.post("a sort order of UP", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"fieldName\": \"name\", \"order\": \"UP\"}]}}")
                .expect(400, "UNKNOWN_ENUM_VALUE"));
        requests.add(HostileRequest.post("a malformed filter in a string", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": \"{\\\"name\\\": \"}}")
                .expect(400, "INVALID_FORMAT"));
        requests.add(HostileRequest.post("a filter value that is null", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"name\": null}}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("a filter value that is an array", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"name\": [\"x\"]}}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("$in of a string", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"id\": {\"$in\": \"" + store.productId() + "\"}}}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("$and of an object", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"$and\": {\"name\": \"x\"}}}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("$or of numbers", count)
                .bearer(read)
                .json("{\"filter\": {\"$or\": [1, 2]}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("a price that is no amount", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"actualPriceRange.minValue.amount\": {\"$gt\": \"ten\"}}}}")
                .expect(400, "INVALID_FORMAT"));
        requests.add(HostileRequest.post("a price of 1e100000", count)
                .bearer(read)
                .json("{\"filter\": {\"actualPriceRange.minValue.amount\": {\"$gt\": 1e100000}}}")
                .expect(400, "NUMBER_OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a price of 1e100000 in a string", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"actualPriceRange.minValue.amount\": {\"$lt\": \"1e100000\"}}}}")
                .expect(400));
        requests.add(HostileRequest.post("a createdDate that is no instant", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"createdDate\": {\"$gte\": \"yesterday\"}}}}")
                .expect(400));
        requests.add(HostileRequest.post("a createdDate past the year 9999", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"createdDate\": {\"$lt\": \"+999999999-12-31T00:00:00Z\"}}}}")
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("an updatedDate before the year 1 in a count", count)
                .bearer(read)
                .json("{\"filter\": {\"updatedDate\": {\"$gt\": \"-000001-01-01T00:00:00Z\"}}}")
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a product type V3 does not have", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"productType\": \"SERVICE\"}}}")
                .expect(400, "UNKNOWN_ENUM_VALUE"));
        requests.add(HostileRequest.post("an id that is no UUID in a filter", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"id\": \"../" + store.productId() + "\"}}}")
                .expect(400));

        // Unknown fields and operators.
        for (String[] filter : List.of(
                new String[] {"an unknown field", "{\"nope\": 1}", "UNKNOWN_FIELD"},
                new String[] {"a v1 field V3 does not have", "{\"price\": {\"$gt\": 1}}", "UNKNOWN_FIELD"},
                new String[] {"numericId, which V3 does not filter", "{\"numericId\": {\"$gt\": 0}}", "UNKNOWN_FIELD"},
                new String[] {"a nested field path", "{\"actualPriceRange.minValue\": {\"$gt\": 1}}", "UNKNOWN_FIELD"},
                new String[] {"an empty field name", "{\"\": 1}", "UNKNOWN_FIELD"},
                new String[] {"an unknown operator", "{\"name\": {\"$regex\": \".*\"}}", "UNKNOWN_OPERATOR"},
                new String[] {"$hasAll, which V3 does not have", "{\"id\": {\"$hasAll\": [\"x\"]}}", null},
                new String[] {"$hasAll of one value", "{\"name\": {\"$hasAll\": \"x\"}}", "UNKNOWN_OPERATOR"},
                new String[] {"$where at the top", "{\"$where\": \"1 == 1\"}", "UNKNOWN_OPERATOR"},
                new String[] {"$nor", "{\"$nor\": [{\"name\": \"x\"}]}", "UNKNOWN_OPERATOR"},
                new String[] {"an operator without $", "{\"name\": {\"eq\": \"x\"}}", null},
                new String[] {"no operator", "{\"name\": {}}", "REQUIRED"},
                new String[] {"$lt on a name", "{\"name\": {\"$lt\": \"m\"}}", null},
                new String[] {
                    "$startsWith on a price", "{\"actualPriceRange.minValue.amount\": {\"$startsWith\": \"1\"}}", null
                },
                new String[] {"$in of nothing", "{\"id\": {\"$in\": []}}", null},
                new String[] {"$in of objects", "{\"name\": {\"$in\": [{\"a\": 1}]}}", "INVALID_TYPE"})) {
            requests.add(HostileRequest.post(filter[0], query)
                    .bearer(read)
                    .json("{\"query\": {\"filter\": " + filter[1] + "}}")
                    .expect(400, filter[2]));
            requests.add(HostileRequest.post(filter[0] + " in a count", count)
                    .bearer(read)
                    .json("{\"filter\": " + filter[1] + "}")
                    .expect(400, filter[2]));
        }

        // Deep and wide filters.
        requests.add(HostileRequest.post("$and nested 40 deep", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": " + nested("$and", 40) + "}}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("$or nested 2,000 deep", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": " + nested("$or", 2_000) + "}}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("$and and $or nested 40 deep in a count", count)
                .bearer(read)
                .json("{\"filter\": " + nested("$and", 20).replace("{}", nested("$or", 20)) + "}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("$and nested 60 deep in a filter string", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": \"" + nested("$and", 60).replace("\"", "\\\"") + "\"}}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("$not nested 70 deep", count)
                .bearer(read)
                .json("{\"filter\": " + "{\"$not\": ".repeat(70) + "{}" + "}".repeat(70) + "}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("101 $not in one $and", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"$and\": ["
                        + String.join(", ", Collections.nCopies(101, "{\"$not\": {\"name\": \"x\"}}")) + "]}}}")
                .expect(400, "FILTER_TOO_LARGE"));
        requests.add(HostileRequest.post("$or of 10,000 filters", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"$or\": ["
                        + String.join(", ", Collections.nCopies(10_000, "{\"name\": \"x\"}")) + "]}}}")
                .expect(400, "FILTER_TOO_LARGE"));
        requests.add(HostileRequest.post("$and of 100 conditions in a count", count)
                .bearer(read)
                .json(IntStream.range(0, 100)
                        .mapToObj(i -> "{\"name\": \"n" + i + "\"}")
                        .collect(Collectors.joining(", ", "{\"filter\": {\"$and\": [", "]}}")))
                .expect(400, "FILTER_TOO_LARGE"));
        String huge = IntStream.range(0, 10_000)
                .mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .collect(Collectors.joining(", ", "[", "]"));
        requests.add(HostileRequest.post("$in of 10,000 ids", query)
                .bearer(read)
                .json("{\"query\": {\"filter\": {\"id\": {\"$in\": " + huge + "}}}}")
                .expect(400));
        requests.add(HostileRequest.post("$nin of 10,000 ids in a count", count)
                .bearer(read)
                .json("{\"filter\": {\"id\": {\"$nin\": " + huge + "}}}")
                .expect(400));
        String hundreds =
                IntStream.range(0, 500).mapToObj(i -> "\"n" + i + "\"").collect(Collectors.joining(", ", "[", "]"));
        requests.add(HostileRequest.post("ten $in of 500 names", query)
                .bearer(read)
                .json(IntStream.range(0, 10)
                        .mapToObj(i -> "{\"name\": {\"$in\": " + hundreds + "}}")
                        .collect(Collectors.joining(", ", "{\"query\": {\"filter\": {\"$or\": [", "]}}}")))
                .expect(400));

        // Sorts.
        requests.add(HostileRequest.post("a sort on 4 fields", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"fieldName\": \"name\"}, {\"fieldName\": \"slug\"},"
                        + " {\"fieldName\": \"createdDate\"}, {\"fieldName\": \"id\"}]}}")
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a sort on 1,000 fields", query)
                .bearer(read)
                .json(Collections.nCopies(1_000, "{\"fieldName\": \"name\"}").stream()
                        .collect(Collectors.joining(", ", "{\"query\": {\"sort\": [", "]}}")))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a sort on one field twice", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"fieldName\": \"name\"}, {\"fieldName\": \"name\", \"order\":"
                        + " \"DESC\"}]}}")
                .expect(400, "NOT_ALLOWED"));
        for (String field : List.of("visible", "productType", "numericId", "description", "nope", "", "$and")) {
            requests.add(HostileRequest.post("a sort on " + (field.isEmpty() ? "an empty name" : field), query)
                    .bearer(read)
                    .json("{\"query\": {\"sort\": [{\"fieldName\": \"" + field + "\"}]}}")
                    .expect(400, "UNKNOWN_FIELD"));
        }

        // Product ids in the path.
        String hiddenId = store.hiddenProductId();
        for (String[] id : List.of(
                new String[] {"an id of ..%2F", "..%2F"},
                new String[] {"an id climbing to v1", "..%2F..%2Fv1%2Fproducts%2F" + store.productId()},
                new String[] {"an id climbing to the hidden product", "..%2F..%2Fv1%2Fproducts%2F" + hiddenId},
                new String[] {"an id of %2e%2e", "%2e%2e%2f" + hiddenId},
                new String[] {"an id with a backslash", "..%5C" + hiddenId},
                new String[] {"an id in upper case", hiddenId.toUpperCase(java.util.Locale.ROOT)},
                new String[] {"an id with a trailing dot", hiddenId + "."},
                new String[] {"an id with a semicolon", hiddenId + ";x=1"},
                new String[] {"an id in Cyrillic", "%D0%B0%D0%B1%D0%B2"},
                new String[] {"an id with a right-to-left override", "%E2%80%AE" + hiddenId},
                new String[] {"an id of full-width digits", "%EF%BC%91%EF%BC%92%EF%BC%93"},
                new String[] {"an id of an invalid UTF-8 byte", "%C3%28"},
                new String[] {"an id of emoji", "%F0%9F%98%80".repeat(20)},
                new String[] {"an id of spaces", "%20%20"},
                new String[] {"an id of a JSON string", "%22" + hiddenId + "%22"})) {
            // Any 4xx: the container may refuse a path before the application reads it.
            requests.add(HostileRequest.get(id[0], products + "/" + id[1]).bearer(read));
        }
        requests.add(HostileRequest.get("an id of 3,000 characters", products + "/" + "a".repeat(3_000))
                .bearer(read));
        requests.add(HostileRequest.get("an id of 3,000 encoded characters", products + "/" + "%41".repeat(3_000))
                .bearer(read));
        requests.add(HostileRequest.get("an id of 20,000 characters", products + "/" + "a".repeat(20_000))
                .bearer(read));
        requests.add(HostileRequest.get("an id of no product", products + "/" + UUID.randomUUID())
                .bearer(read)
                .expect(404, "PRODUCT_NOT_FOUND"));
        requests.add(HostileRequest.get("another store's product", products + "/" + store.productId())
                .bearer(store.otherToken())
                .expect(404, "PRODUCT_NOT_FOUND"));
        requests.add(HostileRequest.get("no token", products + "/" + store.productId())
                .expect(401, "UNAUTHORIZED"));
        requests.add(
                HostileRequest.post("a query without a token", query).json("{}").expect(401, "UNAUTHORIZED"));

        // A storefront reaching for the hidden product.
        String hiddenName = "Hidden one";
        requests.add(HostileRequest.get("the hidden product by id", products + "/" + hiddenId)
                .bearer(read)
                .expect(404, "PRODUCT_NOT_FOUND"));
        requests.add(HostileRequest.get("the hidden product by id, with a method override", products + "/" + hiddenId)
                .bearer(read)
                .header("X-HTTP-Method-Override", "DELETE")
                .expect(404, "PRODUCT_NOT_FOUND"));
        for (String[] probe : List.of(
                new String[] {"by id", "{\"id\": \"" + hiddenId + "\"}"},
                new String[] {"by $in of ids", "{\"id\": {\"$in\": [\"" + hiddenId + "\"]}}"},
                new String[] {"by visible false", "{\"visible\": false}"},
                new String[] {"by visible $ne true", "{\"visible\": {\"$ne\": true}}"},
                new String[] {"by $not visible", "{\"$not\": {\"visible\": true}}"},
                new String[] {"by name", "{\"name\": \"" + hiddenName + "\"}"},
                new String[] {"by name prefix", "{\"name\": {\"$startsWith\": \"Hidden\"}}"},
                new String[] {"by slug", "{\"slug\": {\"$contains\": \"hidden\"}}"},
                new String[] {"by price", "{\"actualPriceRange.minValue.amount\": {\"$lt\": \"5\"}}"},
                new String[] {
                    "by $or of id and visible", "{\"$or\": [{\"id\": \"" + hiddenId + "\"}, {\"visible\": false}]}"
                },
                new String[] {"in a filter string", "\"{\\\"id\\\": \\\"" + hiddenId + "\\\"}\""})) {
            requests.add(HostileRequest.post("the hidden product " + probe[0], query)
                    .bearer(read)
                    .json("{\"query\": {\"filter\": " + probe[1] + "}}")
                    .expectOkShowing(NO_PRODUCTS, hiddenId, hiddenName));
            requests.add(HostileRequest.post("the hidden product counted " + probe[0], count)
                    .bearer(read)
                    .json("{\"filter\": " + probe[1] + "}")
                    .expectOkShowing(COUNT_ZERO, hiddenId, hiddenName));
        }
        requests.add(HostileRequest.post("the hidden product among every product", query)
                .bearer(read)
                .json("{\"query\": {\"sort\": [{\"fieldName\": \"actualPriceRange.minValue.amount\"}]}}")
                .expectOkShowing("\"" + store.productId() + "\"", hiddenId, hiddenName));
        requests.add(HostileRequest.post("the hidden product in pages of 1", query)
                .bearer(read)
                .json("{\"query\": {\"cursorPaging\": {\"limit\": 1}}}")
                .expectOkShowing("\"hasNext\"\\s*:\\s*false", hiddenId, hiddenName));
        requests.add(HostileRequest.post("the hidden product through its owner's cursor", query)
                .bearer(read)
                .json(cursorBody(cursor))
                .expectOkShowing(NO_PRODUCTS, hiddenId, hiddenName));

        // Variants written whole: differing values make managed variants, each value checked on its variant.
        for (String[] bad : List.of(
                new String[] {
                    "a negative variant price", "\"price\": {\"actualPrice\": {\"amount\": \"-0.01\"}}", "OUT_OF_RANGE"
                },
                new String[] {
                    "a variant price of 10^12",
                    "\"price\": {\"actualPrice\": {\"amount\": \"1000000000000\"}}",
                    "OUT_OF_RANGE"
                },
                new String[] {"a variant SKU of 41 characters", "\"sku\": \"" + "S".repeat(41) + "\"", "TOO_LONG"},
                new String[] {"a negative variant weight", "\"physicalProperties\": {\"weight\": -1}", "OUT_OF_RANGE"
                })) {
            requests.add(HostileRequest.post(bad[0] + " in differing variants", products)
                    .bearer(modify)
                    .json(twoVariants("\"price\": {\"actualPrice\": {\"amount\": \"1\"}}", bad[1]))
                    .expect(400, bad[2]));
        }
        String one = "\"price\": {\"actualPrice\": {\"amount\": \"1\"}";
        for (String[] bad : List.of(
                new String[] {
                    "a negative compare-at price", one + ", \"compareAtPrice\": {\"amount\": \"-5\"}}", "OUT_OF_RANGE"
                },
                new String[] {
                    "a compare-at price of 22 decimals, below the price once rounded",
                    one + ", \"compareAtPrice\": {\"amount\": \"0.0000000000000000000001\"}}",
                    "NOT_ALLOWED"
                },
                new String[] {
                    "a compare-at price without an actual price",
                    "\"price\": {\"compareAtPrice\": {\"amount\": \"5\"}}",
                    "REQUIRED"
                },
                new String[] {
                    "a cost of 10^24",
                    one + "}, \"revenueDetails\": {\"cost\": {\"amount\":" + " 999999999999999999999999}}",
                    "OUT_OF_RANGE"
                },
                new String[] {
                    "a cost of 1e999999999 in a string",
                    one + "}, \"revenueDetails\": {\"cost\":" + " {\"amount\": \"1e999999999\"}}",
                    "NUMBER_OUT_OF_RANGE"
                },
                new String[] {
                    "a price of 1e-999999999 in a string",
                    "\"price\": {\"actualPrice\": {\"amount\": \"1e-999999999\"}}",
                    "NUMBER_OUT_OF_RANGE"
                },
                new String[] {"a barcode of 41 characters", "\"barcode\": \"" + "7".repeat(41) + "\"", "TOO_LONG"},
                new String[] {
                    "a profit sent in place of a cost",
                    one + "}, \"revenueDetails\": {\"profit\": 5," + " \"costs\": 1}",
                    "UNSUPPORTED_FIELD"
                })) {
            requests.add(HostileRequest.post(bad[0] + " in a variant", products)
                    .bearer(modify)
                    .json(twoVariants("\"sku\": \"A\"", bad[1]))
                    .expect(400, bad[2]));
        }
        String bulk = "/stores/v3/bulk/products/";
        requests.add(HostileRequest.post("a bulk creation of 101 products", bulk + "create")
                .bearer(modify)
                .json(Collections.nCopies(101, "{\"name\": \"x\"}").stream()
                        .collect(Collectors.joining(", ", "{\"products\": [", "]}")))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a bulk deletion of 101 ids", bulk + "delete")
                .bearer(modify)
                .json(Collections.nCopies(101, "\"" + UUID.randomUUID() + "\"").stream()
                        .collect(Collectors.joining(", ", "{\"productIds\": [", "]}")))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a bulk deletion of another store's product", bulk + "delete")
                .bearer(store.otherToken())
                .json("{\"productIds\": [\"" + store.productId() + "\"]}")
                .expectOkShowing("\"code\"\\s*:\\s*\"PRODUCT_NOT_FOUND\""));
        requests.add(HostileRequest.post("a bulk deletion of no ids", bulk + "delete")
                .bearer(modify)
                .json("{\"productIds\": []}")
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("differing variants naming one combination twice", products)
                .bearer(modify)
                .json(twoVariants("\"sku\": \"A\"", "\"sku\": \"B\"").replace("\"L\"", "\"S\""))
                .expect(400, "NOT_ALLOWED"));
        requests.add(HostileRequest.post("a variant naming an option twice", products)
                .bearer(modify)
                .json(twoVariants("\"sku\": \"A\"", "\"sku\": \"B\"")
                        .replace(
                                "\"choiceName\": \"L\"}}",
                                "\"choiceName\": \"L\"}}, "
                                        + "{\"optionChoiceNames\": {\"optionName\": \"Size\", \"choiceName\": \"S\"}}"))
                .expect(400, "NOT_ALLOWED"));
        return requests;
    }

    /** A product with options Size (S, L): its two variants, S with {@code small}'s fields, L with {@code large}'s. */
    private static String twoVariants(String small, String large) {
        return """
                {"product": {"name": "Hostile variants",
                  "options": [{"name": "Size", "choicesSettings": {"choices": [{"name": "S"}, {"name": "L"}]}}],
                  "variantsInfo": {"variants": [
                    {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}}], %s},
                    {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "L"}}], %s}]}}}""".formatted(small, large);
    }

    private static String cursorBody(String cursor) {
        return "{\"query\": {\"cursorPaging\": {\"cursor\": \"" + cursor + "\"}}}";
    }

    /** {@code text} with its character at {@code index} replaced by another base64url character. */
    private static String flip(String text, int index) {
        char c = text.charAt(index);
        return text.substring(0, index) + (c == 'A' ? 'B' : 'A') + text.substring(index + 1);
    }

    /** The cursor's payload with {@code from} replaced by {@code to}, re-encoded, with the original MAC. */
    private static String rewritten(String payloadJson, String from, String to, String mac) {
        if (!payloadJson.contains(from)) {
            throw new IllegalStateException("the cursor's payload has no " + from + ": " + payloadJson);
        }
        return ENCODER.encodeToString(payloadJson.replace(from, to).getBytes(StandardCharsets.UTF_8)) + "." + mac;
    }

    /** {@code {"$and": [{"$and": [... {} ...]}]}}, {@code depth} operators deep. */
    private static String nested(String operator, int depth) {
        return ("{\"" + operator + "\": [").repeat(depth) + "{}" + "]}".repeat(depth);
    }
}
