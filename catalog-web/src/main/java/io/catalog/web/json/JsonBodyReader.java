package io.catalog.web.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one reader of request bodies for the whole API: every resource takes its body as a {@link JsonInput}, read
 * here. A message body reader rather than a request filter, because it reads the stream once, as it arrives, straight
 * into the {@link JsonValue} the resource uses: a filter would have to buffer the body to check it, then hand the
 * bytes on to be decoded and parsed a second time. It refuses, before any resource runs:
 * <ul>
 * <li>a {@code Content-Encoding} other than {@code identity} (415): the API takes no compressed bodies;</li>
 * <li>a {@code charset} other than UTF-8 (415): JSON exchanged between systems is UTF-8 (RFC 8259, section 8.1);</li>
 * <li>a body over {@value #MAX_BODY_BYTES} bytes (413, default 1 MiB): from its {@code Content-Length} before
 * reading any of it (a length of twenty digits too), or, when the length is not declared (chunked), as soon as that
 * many bytes have come;</li>
 * <li>a body that cannot be read to its end (400 {@code INCOMPLETE_BODY}): a bad chunk size, or a
 * {@code Content-Length} larger than what is sent, once the server's read timeout (server.xml) passes;</li>
 * <li>bytes that are not UTF-8 (400), decoded strictly instead of being turned into U+FFFD;</li>
 * <li>anything {@link StrictJson} refuses (400), and a body that is not a JSON object ({@link JsonInput#body}).</li>
 * </ul>
 * An empty body (or only white space) reads as {@code {}}, as it always has.
 */
@Provider
@ApplicationScoped
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class JsonBodyReader implements MessageBodyReader<JsonInput> {

    /** The setting that bounds a request body, in bytes. */
    public static final String MAX_BODY_BYTES = "catalog.request.max-body-bytes";

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    @Inject
    @ConfigProperty(name = MAX_BODY_BYTES, defaultValue = "" + DEFAULT_MAX_BODY_BYTES)
    long maxBodyBytes;

    public JsonBodyReader() {}

    /** A reader with this limit, outside a container. */
    public JsonBodyReader(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonInput.class;
    }

    @Override
    public JsonInput readFrom(
            Class<JsonInput> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        checkContentEncoding(headers.getFirst(HttpHeaders.CONTENT_ENCODING));
        checkCharset(mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER));
        checkDeclaredLength(headers.getFirst(HttpHeaders.CONTENT_LENGTH));
        return read(entity);
    }

    /** The body in {@code entity}, read to its end and no further than the limit. */
    public JsonInput read(InputStream entity) throws IOException {
        PushbackInputStream body = new PushbackInputStream(new Limited(entity, maxBodyBytes), 1);
        int first = skipWhiteSpace(body);
        if (first < 0) {
            return JsonInput.body(JsonValue.EMPTY_JSON_OBJECT);
        }
        body.unread(first);
        InputStreamReader text = new InputStreamReader(
                body,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        return JsonInput.body(StrictJson.read(text, ""));
    }

    private static int skipWhiteSpace(InputStream body) throws IOException {
        try {
            int b = body.read();
            while (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                b = body.read();
            }
            return b;
        } catch (BodyTooLargeException e) {
            throw e.rejection();
        } catch (IOException e) {
            throw RejectedBodyException.badRequest(
                    RejectedBodyException.INCOMPLETE_BODY, RejectedBodyException.INCOMPLETE, null);
        }
    }

    private static void checkContentEncoding(String encoding) {
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            throw new RejectedBodyException(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    RejectedBodyException.UNSUPPORTED_CONTENT_ENCODING,
                    "Content-Encoding " + RejectedBodyException.excerpt(encoding.trim())
                            + " is not accepted: send the body uncompressed",
                    null);
        }
    }

    private static void checkCharset(String charset) {
        if (charset != null && !charset.trim().equalsIgnoreCase("utf-8")) {
            throw new RejectedBodyException(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    RejectedBodyException.UNSUPPORTED_CHARSET,
                    "charset " + RejectedBodyException.excerpt(charset.trim())
                            + " is not accepted: JSON request bodies are UTF-8 (charset=utf-8, or no charset)",
                    null);
        }
    }

    private void checkDeclaredLength(String length) {
        if (length == null) {
            return;
        }
        String digits = length.trim();
        if (!digits.isEmpty()
                && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                && (digits.length() > 18 || Long.parseLong(digits) > maxBodyBytes)) {
            // Twenty digits pass the HTTP layer; they are refused here, like any length over the limit.
            throw BodyTooLargeException.tooLarge(maxBodyBytes);
        }
    }

    /** Fails as soon as more than {@code limit} bytes have been read. */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
