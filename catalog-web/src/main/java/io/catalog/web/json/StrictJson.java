package io.catalog.web.json;

import io.catalog.domain.shared.ErrorCodes;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads exactly one JSON text and refuses what a lenient reader lets through, in the same single pass that builds the
 * {@link JsonValue} (a streaming {@link JsonParser} walk, so nothing is parsed twice):
 * <ul>
 * <li>content after the one JSON text ({@code {"a":1} garbage});</li>
 * <li>an object with the same key twice (which a reader would silently resolve to the last): refused, naming the
 * key's path;</li>
 * <li>objects and arrays nested more than {@value #MAX_DEPTH} levels deep;</li>
 * <li>U+0000 and unpaired surrogates in strings and keys, whether escaped (backslash-u0000, backslash-ud800) or
 * not: no column stores them as sent;</li>
 * <li>numbers of more than {@value #MAX_NUMBER_LENGTH} characters, of more than {@value #MAX_DIGITS} significant
 * digits or with a power of ten beyond &plusmn;{@value #MAX_EXPONENT}: refused from their text, before any
 * arithmetic ({@code 1e1000000} is nine characters, but a million digits once scaled).</li>
 * </ul>
 * Every message repeats at most {@value RejectedBodyException#EXCERPT} characters of the client's text. Decoding bytes
 * (strict UTF-8, the size limit) is the caller's: {@link JsonBodyReader}; a {@link CharacterCodingException} or
 * {@link BodyTooLargeException} raised by the {@code Reader} is reported as such.
 *
 * <p>The JSON-P implementation's own limits (Parsson's {@code org.eclipse.parsson.maxDepth}, 1000, and
 * {@code maxBigDecimalLength}, 1100 characters) are system-wide, far looser, blind to exponents and name no path: they
 * stay as they are, and these bounds are checked here.
 */
public final class StrictJson {

    /** Objects and arrays inside one another, the outermost counting 1. */
    public static final int MAX_DEPTH = 64;
    /** Significant digits of a number. */
    public static final int MAX_DIGITS = 40;
    /** The largest power of ten a number may carry either way: 1e100 and 1e-100 are read, 1e101 is not. */
    public static final int MAX_EXPONENT = 100;
    /** Characters of a number as written (sign, digits, point, exponent). */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** The longest path an error shows: a deep one keeps its start and its end. */
    private static final int MAX_PATH_SHOWN = 160;

    /** Looked up once: {@code Json.createParser} looks the provider up through the service loader at every call. */
    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private final JsonParser parser;
    private final String root;
    /** The path of the value being read, as keys (String) and indexes (Integer); made into text only for errors. */
    private final List<Object> path = new ArrayList<>();

    private StrictJson(JsonParser parser, String root) {
        this.parser = parser;
        this.root = root;
    }

    /**
     * The one JSON text {@code text} holds.
     *
     * @param root the path errors name the text by (e.g. {@code query.filter} for a filter sent as a string); empty
     *             for a request body
     */
    public static JsonValue read(Reader text, String root) {
        try (JsonParser parser = PROVIDER.createParser(text)) {
            StrictJson reading = new StrictJson(parser, root);
            if (!parser.hasNext()) {
                throw malformed("no JSON value", root);
            }
            JsonValue value = reading.value(parser.next(), 1);
            parser.hasNext(); // throws on anything but white space after the value
            return value;
        } catch (JsonException e) {
            throw fromReader(e, root);
        }
    }

    private JsonValue value(JsonParser.Event event, int depth) {
        return switch (event) {
            case START_OBJECT -> object(depth);
            case START_ARRAY -> array(depth);
            case VALUE_STRING -> PROVIDER.createValue(text(parser.getString()));
            case VALUE_NUMBER -> number();
            case VALUE_TRUE -> JsonValue.TRUE;
            case VALUE_FALSE -> JsonValue.FALSE;
            case VALUE_NULL -> JsonValue.NULL;
            default -> throw malformed("unexpected " + event, pathText());
        };
    }

    private JsonValue object(int depth) {
        checkDepth(depth);
        JsonObjectBuilder builder = PROVIDER.createObjectBuilder();
        Set<String> keys = new HashSet<>();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            path.add(key);
            text(key);
            if (!keys.add(key)) {
                throw RejectedBodyException.badRequest(
                        RejectedBodyException.DUPLICATE_KEY,
                        pathText() + " is sent twice; send each key of an object once",
                        pathText());
            }
            builder.add(key, value(parser.next(), depth + 1));
            path.remove(path.size() - 1);
        }
        return builder.build();
    }

    private JsonValue array(int depth) {
        checkDepth(depth);
        JsonArrayBuilder builder = PROVIDER.createArrayBuilder();
        int index = 0;
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
            path.add(index++);
            builder.add(value(event, depth + 1));
            path.remove(path.size() - 1);
        }
        return builder.build();
    }

    /** {@code depth}: that of the container just opened, the outermost being 1. */
    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw RejectedBodyException.badRequest(
                    RejectedBodyException.TOO_DEEP,
                    label(pathText()) + "nests objects and arrays more than " + MAX_DEPTH + " levels deep",
                    fieldOrNull(pathText()));
        }
    }

    private JsonValue number() {
        String text = parser.getString();
        if (text.length() > MAX_NUMBER_LENGTH) {
            throw number(text, "is longer than " + MAX_NUMBER_LENGTH + " characters");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) { // an exponent beyond the int range: 1e99999999999
            throw number(text, "is out of range");
        }
        if (value.precision() > MAX_DIGITS) {
            throw number(text, "has more than " + MAX_DIGITS + " significant digits");
        }
        // The power of ten of the leading digit, and that of the last one: both within the bound.
        long leading = (long) value.precision() - value.scale() - 1;
        long trailing = -(long) value.scale();
        if (Math.abs(leading) > MAX_EXPONENT || Math.abs(trailing) > MAX_EXPONENT) {
            throw number(
                    text,
                    "is out of range (at most 1e" + MAX_EXPONENT + " and at least 1e-" + MAX_EXPONENT + " in size)");
        }
        return PROVIDER.createValue(value);
    }

    private RejectedBodyException number(String text, String problem) {
        return RejectedBodyException.badRequest(
                RejectedBodyException.NUMBER_OUT_OF_RANGE,
                label(pathText()) + "the number " + RejectedBodyException.excerpt(text) + " " + problem,
                fieldOrNull(pathText()));
    }

    /** The string itself, once checked for U+0000 and unpaired surrogates. */
    private String text(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw character("U+0000 (NUL)");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw character("an unpaired surrogate (U+"
                            + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ")");
                }
            }
        }
        return text;
    }

    private RejectedBodyException character(String what) {
        return RejectedBodyException.badRequest(
                RejectedBodyException.INVALID_CHARACTER,
                label(pathText()) + "holds " + what + ", which no text may hold",
                fieldOrNull(pathText()));
    }

    private String pathText() {
        StringBuilder text = new StringBuilder(root);
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                String key = RejectedBodyException.excerpt(shown((String) segment));
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(key);
            }
        }
        return text.length() <= MAX_PATH_SHOWN
                ? text.toString()
                : text.substring(0, 40) + "..." + text.substring(text.length() - (MAX_PATH_SHOWN - 43));
    }

    /** A key as it may be shown: its characters that {@link #text(String)} refuses replaced by U+FFFD. */
    private static String shown(String key) {
        StringBuilder shown = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            shown.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
        }
        return shown.toString();
    }

    private static String label(String path) {
        return path.isEmpty() ? "The request body " : path + ": ";
    }

    private static String fieldOrNull(String path) {
        return path.isEmpty() ? null : path;
    }

    /** Malformed JSON: a body is {@code MALFORMED_JSON}; a field's text sent as JSON (a root) is {@code INVALID_FORMAT}. */
    private static RejectedBodyException malformed(String problem, String root) {
        return root.isEmpty()
                ? RejectedBodyException.badRequest(
                        RejectedBodyException.MALFORMED_JSON, "The request body is not valid JSON: " + problem, null)
                : RejectedBodyException.badRequest(
                        ErrorCodes.INVALID_FORMAT, root + " is not valid JSON: " + problem, root);
    }

    /** A failure of the underlying reader, which the parser wraps: bad bytes, too many bytes, or a broken read. */
    private static RuntimeException fromReader(JsonException e, String root) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge.rejection();
            }
            if (cause instanceof CharacterCodingException) {
                return RejectedBodyException.badRequest(
                        RejectedBodyException.INVALID_ENCODING,
                        "The request body is not valid UTF-8 (JSON request bodies are UTF-8 only)",
                        null);
            }
            if (cause instanceof java.io.IOException) {
                return RejectedBodyException.badRequest(
                        RejectedBodyException.INCOMPLETE_BODY, RejectedBodyException.INCOMPLETE, null);
            }
        }
        return malformed(firstLine(e.getMessage()), root); // a JsonParsingException: the text itself is wrong
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
