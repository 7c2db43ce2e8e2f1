package io.catalog.web.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies and HTTP framing that are not one valid JSON text in UTF-8, or that are absurdly large, deep or
 * precise: each used to answer 500, hang, or be stored altered.
 */
final class StrictInputCases implements HostileCases {

    /** Past every limit: the depth that used to fail the server was a little over 1,000. */
    private static final int DEEP = 2_000;

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String modify = store.modifyToken();
        String products = "/stores/v1/products";
        String product = products + "/" + store.productId();
        List<HostileRequest> requests = new ArrayList<>();

        // Nesting, in every family of endpoint that reads a body.
        String deep = "[".repeat(DEEP) + "]".repeat(DEEP);
        requests.add(HostileRequest.post("deep product create", products)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"Deep\", \"x\": " + deep + "}}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.patch("deep product update", product)
                .bearer(modify)
                .json("{\"product\": {\"x\": " + deep + "}}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("deep bulk create", "/stores/v1/bulk/products")
                .bearer(modify)
                .json("{\"products\": " + deep + "}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("deep product query", products + "/query")
                .bearer(store.readToken())
                .json("{\"query\": {\"filter\": " + "{\"$not\": ".repeat(DEEP) + "{}" + "}".repeat(DEEP) + "}}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("deep $and in a filter string", products + "/query")
                .bearer(store.readToken())
                .json("{\"query\": {\"filter\": \"" + "{\\\"$and\\\": [".repeat(499) + "{}" + "]}".repeat(499) + "\"}}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("deep variant query", product + "/variants/query")
                .bearer(modify)
                .json("{\"query\": " + deep + "}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("deep collection query", "/stores/v1/collections/query")
                .bearer(modify)
                .json("{\"query\": " + deep + "}")
                .expect(400, "NESTING_TOO_DEEP"));
        requests.add(HostileRequest.post("$or of 10,000 filters", products + "/query")
                .bearer(store.readToken())
                .json("{\"query\": {\"filter\": {\"$or\": ["
                        + String.join(", ", java.util.Collections.nCopies(10_000, "{\"name\": \"x\"}")) + "]}}}")
                .expect(400, "FILTER_TOO_LARGE"));

        // Numbers.
        requests.add(HostileRequest.patch("a discount of 1e-1000000", product)
                .bearer(modify)
                .json("{\"product\": {\"discount\": {\"type\": \"AMOUNT\", \"value\": 1e-1000000}}}")
                .expect(400, "NUMBER_OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a price filter of 1e100000", products + "/query")
                .bearer(store.readToken())
                .json("{\"query\": {\"filter\": {\"price\": {\"$gt\": 1e100000}}}}")
                .expect(400, "NUMBER_OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a price filter of 1e100000 in a string", products + "/query")
                .bearer(store.readToken())
                .json("{\"query\": {\"filter\": \"{\\\"price\\\": {\\\"$lt\\\": 1e100000}}\"}}")
                .expect(400, "NUMBER_OUT_OF_RANGE"));
        String sixty = "{\"product\": {\"name\":\"N\", \"priceData\": {\"price\": 1e1000000}}}";
        requests.add(HostileRequest.post("a 60-byte body holding 1e1000000 (answer kept short)", products)
                .bearer(modify)
                .json(sixty)
                .expect(400, "NUMBER_OUT_OF_RANGE"));

        // Charset and content coding.
        requests.add(HostileRequest.patch("charset=bogus", product)
                .bearer(modify)
                .header("Content-Type", "application/json; charset=bogus")
                .body("{\"product\": {\"name\": \"Bogus\"}}".getBytes(StandardCharsets.UTF_8))
                .expect(415, "UNSUPPORTED_CHARSET"));
        requests.add(HostileRequest.patch("charset=ISO-8859-1", product)
                .bearer(modify)
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .body("{\"product\": {\"name\": \"Caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1))
                .expect(415, "UNSUPPORTED_CHARSET"));
        requests.add(HostileRequest.patch("Content-Encoding: gzip on a plain body", product)
                .bearer(modify)
                .header("Content-Encoding", "gzip")
                .json("{\"product\": {\"name\": \"Zipped\"}}")
                .expect(415, "UNSUPPORTED_CONTENT_ENCODING"));

        // Framing.
        requests.add(HostileRequest.patch("a bad chunk size", product)
                .bearer(modify)
                .header("Content-Type", "application/json")
                .header("Transfer-Encoding", "chunked")
                .header("Connection", "close")
                .body("zz\r\n{\"product\": {\"name\": \"Chunk\"}}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                .framedByHand()
                .expect(400, "INCOMPLETE_BODY"));
        // Answered when the server's read timeout (10 s) passes with no more of the body.
        requests.add(HostileRequest.patch("a Content-Length larger than the body", product)
                .bearer(modify)
                .header("Content-Type", "application/json")
                .header("Content-Length", "100")
                .header("Connection", "close")
                .body("{\"product\": {\"name\": \"Short\"}}".getBytes(StandardCharsets.UTF_8))
                .framedByHand()
                .expect(400, "INCOMPLETE_BODY"));
        requests.add(HostileRequest.patch("a 20-digit Content-Length", product)
                .bearer(modify)
                .header("Content-Type", "application/json")
                .header("Content-Length", "99999999999999999999")
                .header("Connection", "close")
                .body("{\"product\": {\"name\": \"Huge\"}}".getBytes(StandardCharsets.UTF_8))
                .framedByHand()
                .expect(413, "BODY_TOO_LARGE"));

        // Size.
        requests.add(HostileRequest.patch("a 10 MB body", product)
                .bearer(modify)
                .json("{\"product\": {\"description\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}}")
                .expect(413, "BODY_TOO_LARGE"));
        requests.add(HostileRequest.patch("a 2 MB body in chunks, its length not declared", product)
                .bearer(modify)
                .header("Content-Type", "application/json")
                .header("Transfer-Encoding", "chunked")
                .header("Connection", "close")
                .body(chunked("{\"product\": {\"description\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}"))
                .framedByHand()
                .expect(413, "BODY_TOO_LARGE"));

        // Not one valid JSON text in UTF-8.
        requests.add(HostileRequest.patch("trailing garbage", product)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"Trailing\"}} garbage")
                .expect(400, "MALFORMED_JSON"));
        requests.add(HostileRequest.patch("a second JSON text", product)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"One\"}}{\"product\": {\"name\": \"Two\"}}")
                .expect(400, "MALFORMED_JSON"));
        requests.add(HostileRequest.patch("a duplicate key", product)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"First\", \"name\": \"Last\"}}")
                .expect(400, "DUPLICATE_KEY"));
        requests.add(HostileRequest.patch("NUL in a name", product)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"Nul\\u0000here\"}}")
                .expect(400, "INVALID_CHARACTER"));
        requests.add(HostileRequest.patch("a lone surrogate escape", product)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"Lone \\ud800 surrogate\"}}")
                .expect(400, "INVALID_CHARACTER"));
        requests.add(HostileRequest.patch("invalid UTF-8 bytes", product)
                .bearer(modify)
                .header("Content-Type", "application/json")
                .body(bytes("{\"product\": {\"name\": \"Caf", new byte[] {(byte) 0xE9}, "\"}}"))
                .expect(400, "INVALID_ENCODING"));
        requests.add(HostileRequest.patch("a UTF-8-encoded surrogate", product)
                .bearer(modify)
                .header("Content-Type", "application/json")
                .body(bytes("{\"product\": {\"name\": \"", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "\"}}"))
                .expect(400, "INVALID_ENCODING"));
        return requests;
    }

    private static byte[] chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return bytes(Integer.toHexString(bytes.length) + "\r\n", bytes, "\r\n0\r\n\r\n");
    }

    private static byte[] bytes(String start, byte[] middle, String end) {
        byte[] a = start.getBytes(StandardCharsets.UTF_8);
        byte[] c = end.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + middle.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(middle, 0, all, a.length, middle.length);
        System.arraycopy(c, 0, all, a.length + middle.length, c.length);
        return all;
    }
}
