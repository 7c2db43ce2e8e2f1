package io.catalog.web.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of the hostile-input corpus, sent byte for byte over a socket by {@link RawHttp}. By default the
 * request is framed honestly ({@code Host}, {@code Content-Length} of the body, {@code Connection: close}); a case
 * about framing itself (a lying {@code Content-Length}, a bad chunk) sends {@link #framedByHand} and writes those
 * headers itself. Immutable: every method returns a new request.
 */
public record HostileRequest(
        String name,
        String method,
        String target,
        List<String> headers,
        byte[] body,
        boolean handFramed,
        int expectedStatus,
        String expectedCode,
        String expectedBody,
        List<String> secrets) {

    public HostileRequest {
        headers = List.copyOf(headers);
        secrets = List.copyOf(secrets);
    }

    public static HostileRequest of(String name, String method, String target) {
        return new HostileRequest(name, method, target, List.of(), null, false, 0, null, null, List.of());
    }

    public static HostileRequest get(String name, String target) {
        return of(name, "GET", target);
    }

    public static HostileRequest post(String name, String target) {
        return of(name, "POST", target);
    }

    public static HostileRequest patch(String name, String target) {
        return of(name, "PATCH", target);
    }

    public static HostileRequest delete(String name, String target) {
        return of(name, "DELETE", target);
    }

    /** Adds a header line, e.g. {@code header("Content-Encoding", "gzip")}. */
    public HostileRequest header(String name, String value) {
        List<String> more = new ArrayList<>(headers);
        more.add(name + ": " + value);
        return new HostileRequest(
                this.name, method, target, more, body, handFramed, expectedStatus, expectedCode, expectedBody, secrets);
    }

    public HostileRequest bearer(String token) {
        return header("Authorization", "Bearer " + token);
    }

    /** A body of JSON text (UTF-8) with {@code Content-Type: application/json}. */
    public HostileRequest json(String text) {
        return header("Content-Type", "application/json").body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body of these exact bytes; give the {@code Content-Type} with {@link #header}. */
    public HostileRequest body(byte[] bytes) {
        return new HostileRequest(
                name, method, target, headers, bytes, handFramed, expectedStatus, expectedCode, expectedBody, secrets);
    }

    /** No {@code Content-Length} nor {@code Connection} is added: the headers given frame the body. */
    public HostileRequest framedByHand() {
        return new HostileRequest(
                name, method, target, headers, body, true, expectedStatus, expectedCode, expectedBody, secrets);
    }

    /** The exact status expected (otherwise any 4xx). */
    public HostileRequest expect(int status) {
        return new HostileRequest(
                name, method, target, headers, body, handFramed, status, expectedCode, null, List.of());
    }

    /** The exact status and error code expected. */
    public HostileRequest expect(int status, String code) {
        return new HostileRequest(name, method, target, headers, body, handFramed, status, code, null, List.of());
    }

    /**
     * A read the caller may make, answered 200, whose answer must show none of {@code secrets} (what the caller may
     * not see, such as a hidden product's id and name) and must match {@code expectedBody}, a regular expression
     * found in the body ({@code null}: any), e.g. an empty page.
     */
    public HostileRequest expectOkShowing(String expectedBody, String... secrets) {
        return new HostileRequest(
                name, method, target, headers, body, handFramed, 200, null, expectedBody, List.of(secrets));
    }

    /** Whether the request is a read that must succeed without showing its secrets (not a request to refuse). */
    public boolean succeeds() {
        return expectedStatus >= 200 && expectedStatus < 300;
    }

    @Override
    public String toString() {
        return name + " (" + method + " " + (target.length() > 80 ? target.substring(0, 80) + "..." : target) + ")";
    }
}
