package io.catalog.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small HTTP client for the catalog's API as its users call it: JSON over HTTP with a bearer token.
 * Immutable; {@link #withHeader} and {@link #as} return new clients.
 */
public final class Api {

    /**
     * HTTP/1.1, as the API's clients call it: the client's default would offer every plain-HTTP connection an upgrade
     * to HTTP/2, which Liberty accepts, and then multiplex concurrent callers over that one connection instead of
     * giving each a connection of its own.
     */
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;
    private final String bearer;
    private final List<String[]> headers;

    private Api(URI base, String bearer, List<String[]> headers) {
        this.base = base;
        this.bearer = bearer;
        this.headers = List.copyOf(headers);
    }

    public static Api at(URI base) {
        return new Api(base, null, List.of());
    }

    public Api withToken(String token) {
        return new Api(base, token, headers);
    }

    /** The bearer token this client sends, or null. */
    public String bearer() {
        return bearer;
    }

    public Api withHeader(String name, String value) {
        List<String[]> more = new ArrayList<>(headers);
        more.add(new String[] {name, value});
        return new Api(base, bearer, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        headers.forEach(h -> request.header(h[0], h[1]));
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, headers and the body as text and as JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        private JsonStructure structure() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
