package io.catalog.web.telemetry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of the protobuf wire format to read OTLP: a message is its fields by number, each occurrence a {@code
 * Long} (varint and fixed) or a {@code byte[]} (length-delimited: bytes, strings and nested messages alike).
 */
final class Protobuf {

    private final Map<Integer, List<Object>> fields = new LinkedHashMap<>();

    private Protobuf() {}

    static Protobuf parse(byte[] bytes) {
        Protobuf message = new Protobuf();
        int[] at = {0};
        while (at[0] < bytes.length) {
            long key = varint(bytes, at);
            int field = (int) (key >>> 3);
            int type = (int) (key & 7);
            Object value = switch (type) {
                case 0 -> varint(bytes, at);
                case 1 -> fixed(bytes, at, 8);
                case 5 -> fixed(bytes, at, 4);
                case 2 -> {
                    int length = (int) varint(bytes, at);
                    byte[] content = new byte[length];
                    System.arraycopy(bytes, at[0], content, 0, length);
                    at[0] += length;
                    yield content;
                }
                default -> throw new IllegalArgumentException("wire type " + type + " at " + at[0]);
            };
            message.fields.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }
        return message;
    }

    /** Every occurrence of a nested message field. */
    List<Protobuf> messages(int field) {
        return fields.getOrDefault(field, List.of()).stream()
                .map(value -> parse((byte[]) value))
                .toList();
    }

    String string(int field) {
        List<Object> values = fields.getOrDefault(field, List.of());
        return values.isEmpty() ? "" : new String((byte[]) values.get(0), StandardCharsets.UTF_8);
    }

    /** A bytes field as lower-case hex (trace and span ids), or "" when absent. */
    String hex(int field) {
        List<Object> values = fields.getOrDefault(field, List.of());
        StringBuilder hex = new StringBuilder();
        if (!values.isEmpty()) {
            for (byte b : (byte[]) values.get(0)) {
                hex.append(String.format("%02x", b));
            }
        }
        return hex.toString();
    }

    long number(int field) {
        List<Object> values = fields.getOrDefault(field, List.of());
        return values.isEmpty() ? 0 : (Long) values.get(0);
    }

    private static long varint(byte[] bytes, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = bytes[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }

    private static long fixed(byte[] bytes, int[] at, int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (long) (bytes[at[0]++] & 0xff) << (8 * i);
        }
        return value;
    }
}
