package io.catalog.web.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.shared.ValidationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API's one reader of request bodies, and the strict JSON reading behind it, without a server. */
class JsonBodyReaderTest {

    private static final JsonBodyReader READER = new JsonBodyReader(1024);

    @Test
    void aValidBodyReadsAsBefore() throws IOException {
        JsonInput input = read("{\"product\": {\"name\": \"T-shirt \uD83D\uDC55\", \"priceData\": {\"price\": 12.50},"
                + " \"tags\": [\"a\", \"b\"], \"visible\": true, \"weight\": null}}");

        JsonInput product = input.object("product");
        assertThat(product.string("name")).isEqualTo("T-shirt \uD83D\uDC55");
        assertThat(product.object("priceData").decimal("price")).isEqualByComparingTo("12.50");
        assertThat(product.strings("tags")).containsExactly("a", "b");
        assertThat(product.bool("visible")).isTrue();
        assertThat(product.sentAsNull("weight")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r\n\t "})
    void anEmptyBodyReadsAsAnEmptyObject(String body) throws IOException {
        assertThat(read(body).has("anything")).isFalse();
    }

    @Test
    void contentAfterTheJsonTextIsRefused() {
        assertRefused("{\"a\": 1} garbage", 400, "MALFORMED_JSON", null);
        assertRefused("{\"a\": 1}{\"a\": 2}", 400, "MALFORMED_JSON", null);
        assertThat(readQuietly("{\"a\": 1}  \r\n")).isNotNull();
    }

    @Test
    void malformedJsonIsRefused() {
        assertRefused("{\"product\": {\"name\": ", 400, "MALFORMED_JSON", null);
        assertRefused("{'a': 1}", 400, "MALFORMED_JSON", null);
    }

    @Test
    void aDuplicateKeyIsRefusedNamingItsPath() {
        assertRefused("{\"product\": {\"name\": \"a\", \"name\": \"b\"}}", 400, "DUPLICATE_KEY", "product.name");
        assertRefused(
                "{\"products\": [{\"sku\": 1}, {\"sku\": 1, \"sku\": 2}]}", 400, "DUPLICATE_KEY", "products[1].sku");
        assertThat(readQuietly("{\"a\": {\"x\": 1}, \"b\": {\"x\": 1}}")).isNotNull();
    }

    @Test
    void nestingIsBoundedAt64Levels() {
        assertThat(readQuietly(nested(StrictJson.MAX_DEPTH))).isNotNull();
        RejectedBodyException tooDeep = refusal(nested(StrictJson.MAX_DEPTH + 1));
        assertThat(tooDeep.code()).isEqualTo("NESTING_TOO_DEEP");
        assertThat(tooDeep.field()).isEqualTo(String.join(".", java.util.Collections.nCopies(64, "a")));
        assertThat(refusal("{\"a\": " + "[".repeat(10) + "{\"b\": " + "[".repeat(70) + "]".repeat(70) + "}"
                                + "]".repeat(10) + "}")
                        .field())
                .startsWith("a" + "[0]".repeat(10) + ".b[0]")
                .endsWith("[0][0]")
                .contains("...")
                .hasSizeLessThanOrEqualTo(160);

        String longKey = "k".repeat(1000);
        String deepBody = ("{\"" + longKey + "\": ").repeat(2_000) + "{}" + "}".repeat(2_000);
        RejectedBodyException deep = (RejectedBodyException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new JsonBodyReader(JsonBodyReader.DEFAULT_MAX_BODY_BYTES)
                        .read(new ByteArrayInputStream(deepBody.getBytes(StandardCharsets.UTF_8))));
        assertThat(deep.code()).isEqualTo("NESTING_TOO_DEEP");
        assertThat(deep.field())
                .hasSizeLessThanOrEqualTo(160)
                .startsWith("kkkk")
                .contains("...");
        assertThat(deep.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void nulAndUnpairedSurrogatesAreRefusedInStringsAndKeys() {
        assertRefused("{\"name\": \"a\\u0000b\"}", 400, "INVALID_CHARACTER", "name");
        assertRefused("{\"name\": \"a\\ud800b\"}", 400, "INVALID_CHARACTER", "name");
        assertRefused("{\"name\": \"a\\udc00\"}", 400, "INVALID_CHARACTER", "name");
        assertRefused("{\"name\": \"\\ud83d\"}", 400, "INVALID_CHARACTER", "name");
        assertRefused("{\"na\\u0000me\": 1}", 400, "INVALID_CHARACTER", "na\uFFFDme");
        assertRefused("{\"tags\": [\"ok\", \"\\udfff\"]}", 400, "INVALID_CHARACTER", "tags[1]");
        assertThat(readQuietly("{\"name\": \"\\ud83d\\udc55\"}").string("name")).isEqualTo("\uD83D\uDC55");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "{\"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(latin1, 400, "INVALID_ENCODING");
        byte[] encodedSurrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        assertRefused(encodedSurrogate, 400, "INVALID_ENCODING");
        byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertRefused(overlong, 400, "INVALID_ENCODING");
        byte[] truncated = {'{', '"', 'a', '"', ':', '"', (byte) 0xE2, (byte) 0x82};
        assertRefused(truncated, 400, "INVALID_ENCODING");
    }

    @Test
    void aRawNulIsNotJson() {
        assertRefused(new byte[] {'{', '"', 'a', '"', ':', '"', 0, '"', '}'}, 400, "MALFORMED_JSON");
    }

    @Test
    void absurdNumbersAreRefusedFromTheirTextWithAShortExcerpt() {
        assertRefused("{\"discount\": {\"value\": 1e-1000000}}", 400, "NUMBER_OUT_OF_RANGE", "discount.value");
        assertRefused("{\"price\": 1e1000000}", 400, "NUMBER_OUT_OF_RANGE", "price");
        assertRefused("{\"price\": 1e99999999999999999999}", 400, "NUMBER_OUT_OF_RANGE", "price");
        assertRefused("{\"price\": 1e101}", 400, "NUMBER_OUT_OF_RANGE", "price");
        assertRefused("{\"price\": 1e-101}", 400, "NUMBER_OUT_OF_RANGE", "price");
        assertRefused("{\"price\": " + "9".repeat(41) + "}", 400, "NUMBER_OUT_OF_RANGE", "price");
        assertRefused("{\"price\": 0." + "0".repeat(100) + "1}", 400, "NUMBER_OUT_OF_RANGE", "price");
        assertRefused("{\"price\": 1" + "0".repeat(500) + "}", 400, "NUMBER_OUT_OF_RANGE", "price");

        RejectedBodyException e = refusal("{\"price\": 1" + "0".repeat(500) + "}");
        assertThat(e.getMessage()).hasSizeLessThan(200).contains("1" + "0".repeat(39) + "...");
    }

    @Test
    void ordinaryNumbersAreKeptExactly() {
        JsonInput input = readQuietly("{\"a\": 12.50, \"b\": 1e2, \"c\": -0.001, \"d\": 1e100, \"e\": 1e-100, \"f\": "
                + "9".repeat(40) + ", \"g\": 2147483647, \"h\": 0}");
        assertThat(input.decimal("a")).isEqualTo(new BigDecimal("12.50"));
        assertThat(input.decimal("b")).isEqualByComparingTo("100");
        assertThat(input.decimal("c")).isEqualTo(new BigDecimal("-0.001"));
        assertThat(input.decimal("d")).isEqualByComparingTo("1e100");
        assertThat(input.decimal("e")).isEqualByComparingTo("1e-100");
        assertThat(input.decimal("f")).isEqualTo(new BigDecimal("9".repeat(40)));
        assertThat(input.integer("g")).isEqualTo(Integer.MAX_VALUE);
        assertThat(input.integer("h")).isZero();
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> read("[1, 2]"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("body");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutReadingItAll() {
        CountingStream body =
                new CountingStream(("{\"a\": \"" + "x".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> READER.read(body)).isInstanceOfSatisfying(RejectedBodyException.class, e -> {
            assertThat(e.status().getStatusCode()).isEqualTo(413);
            assertThat(e.code()).isEqualTo("BODY_TOO_LARGE");
        });
        assertThat(body.read).isLessThan(64 * 1024);
        assertThat(readQuietly("{\"a\": \"" + "x".repeat(1024 - 10) + "\"}")).isNotNull();
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() {
        CountingStream body = new CountingStream("{}".getBytes(StandardCharsets.UTF_8));
        assertHeadersRefused(
                Map.of("Content-Length", "1025"), MediaType.APPLICATION_JSON_TYPE, body, 413, "BODY_TOO_LARGE");
        assertHeadersRefused(
                Map.of("Content-Length", "99999999999999999999"),
                MediaType.APPLICATION_JSON_TYPE,
                body,
                413,
                "BODY_TOO_LARGE");
        assertThat(body.read).isZero();
    }

    @Test
    void aDeclaredLengthWithinTheLimitIsReadAsSent() throws IOException {
        assertThat(readFrom(Map.of("Content-Length", "1024"), MediaType.APPLICATION_JSON_TYPE, "{\"a\": 1}")
                        .integer("a"))
                .isEqualTo(1);
        // Not a number: the HTTP layer frames the body; it is read and bounded as one without a length.
        assertThat(readFrom(Map.of("Content-Length", "ten"), MediaType.APPLICATION_JSON_TYPE, "{\"a\": 1}")
                        .integer("a"))
                .isEqualTo(1);
    }

    @Test
    void onlyUtf8IsAccepted() throws IOException {
        InputStream body = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));
        assertHeadersRefused(Map.of(), json("bogus"), body, 415, "UNSUPPORTED_CHARSET");
        assertHeadersRefused(Map.of(), json("ISO-8859-1"), body, 415, "UNSUPPORTED_CHARSET");
        assertThat(readFrom(Map.of(), json("UTF-8"), "{\"a\": 1}").integer("a")).isEqualTo(1);
        assertThat(readFrom(Map.of(), json("utf-8"), "{\"a\": 1}").integer("a")).isEqualTo(1);
    }

    @Test
    void noContentCodingIsAccepted() throws IOException {
        InputStream body = new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8));
        assertHeadersRefused(
                Map.of("Content-Encoding", "gzip"),
                MediaType.APPLICATION_JSON_TYPE,
                body,
                415,
                "UNSUPPORTED_CONTENT_ENCODING");
        assertHeadersRefused(
                Map.of("Content-Encoding", "br"),
                MediaType.APPLICATION_JSON_TYPE,
                body,
                415,
                "UNSUPPORTED_CONTENT_ENCODING");
        assertThat(readFrom(Map.of("Content-Encoding", "identity"), MediaType.APPLICATION_JSON_TYPE, "{\"a\": 1}")
                        .integer("a"))
                .isEqualTo(1);
    }

    @Test
    void aBodyCutShortIsRefused() {
        InputStream broken = new InputStream() {
            private final byte[] start = "{\"a\": \"xxxx".getBytes(StandardCharsets.UTF_8);
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent < start.length) {
                    return start[sent++];
                }
                throw new IOException("read timed out");
            }
        };
        assertThatThrownBy(() -> READER.read(broken))
                .isInstanceOfSatisfying(
                        RejectedBodyException.class, e -> assertThat(e.code()).isEqualTo("INCOMPLETE_BODY"));
    }

    @Test
    void aFieldHoldingJsonTextIsReadAsStrictly() {
        JsonInput input = readQuietly("{\"filter\": \"{\\\"name\\\": 1, \\\"name\\\": 2}\"}");
        assertThatThrownBy(() -> input.structured("filter"))
                .isInstanceOfSatisfying(
                        RejectedBodyException.class, e -> assertThat(e.field()).isEqualTo("filter.name"));
        JsonInput malformed = readQuietly("{\"filter\": \"{name: \"}");
        assertThatThrownBy(() -> malformed.structured("filter"))
                .isInstanceOfSatisfying(RejectedBodyException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_FORMAT");
                    assertThat(e.field()).isEqualTo("filter");
                });
        assertThat(StrictJson.read(new StringReader("{\"a\": [1, 2]}"), "x")
                        .asJsonObject()
                        .getJsonArray("a"))
                .hasSize(2);
    }

    @Test
    void theLargestBodyAllowedIsReadWhole() throws IOException {
        JsonBodyReader reader = new JsonBodyReader(JsonBodyReader.DEFAULT_MAX_BODY_BYTES);
        StringBuilder body = new StringBuilder("{\"products\": [");
        for (int i = 0; body.length() < 1_000_000; i++) {
            body.append(i == 0 ? "" : ", ")
                    .append("{\"name\": \"Product ")
                    .append(i)
                    .append("\", \"priceData\": {\"price\": 12.5}, \"tags\": [\"a\", \"b\"]}");
        }
        body.append("]}");
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        assertThat((long) bytes.length).isLessThanOrEqualTo(JsonBodyReader.DEFAULT_MAX_BODY_BYTES);
        JsonInput input = reader.read(new ByteArrayInputStream(bytes));
        assertThat(input.objects("products", p -> p.string("name")))
                .hasSizeGreaterThan(10_000)
                .last()
                .isEqualTo("Product "
                        + (input.objects("products", p -> p.string("name")).size() - 1));
    }

    private static MediaType json(String charset) {
        return new MediaType("application", "json", Map.of("charset", charset));
    }

    private static String nested(int depth) {
        return "{\"a\": ".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static JsonInput read(String body) throws IOException {
        return READER.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonInput readQuietly(String body) {
        try {
            return read(body);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonInput readFrom(Map<String, String> headers, MediaType type, String body) throws IOException {
        return READER.readFrom(
                JsonInput.class,
                JsonInput.class,
                new java.lang.annotation.Annotation[0],
                type,
                headers(headers),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static MultivaluedMap<String, String> headers(Map<String, String> headers) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        headers.forEach(map::putSingle);
        return map;
    }

    private static RejectedBodyException refusal(String body) {
        try {
            read(body);
        } catch (RejectedBodyException e) {
            return e;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("not refused: " + (body.length() > 100 ? body.substring(0, 100) : body));
    }

    private static void assertRefused(String body, int status, String code, String field) {
        RejectedBodyException e = refusal(body);
        assertThat(e.status().getStatusCode()).as(e.getMessage()).isEqualTo(status);
        assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
        assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        assertThat(e.getMessage()).hasSizeLessThan(400);
    }

    private static void assertRefused(byte[] body, int status, String code) {
        assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(body)))
                .isInstanceOfSatisfying(RejectedBodyException.class, e -> {
                    assertThat(e.status().getStatusCode()).as(e.getMessage()).isEqualTo(status);
                    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
                });
    }

    private static void assertHeadersRefused(
            Map<String, String> headers, MediaType type, InputStream body, int status, String code) {
        assertThatThrownBy(() -> READER.readFrom(
                        JsonInput.class,
                        JsonInput.class,
                        new java.lang.annotation.Annotation[0],
                        type,
                        headers(headers),
                        body))
                .isInstanceOfSatisfying(RejectedBodyException.class, e -> {
                    assertThat(e.status().getStatusCode()).isEqualTo(status);
                    assertThat(e.code()).isEqualTo(code);
                });
    }

    /** Counts the bytes taken from it. */
    private static final class CountingStream extends ByteArrayInputStream {
        int read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}
