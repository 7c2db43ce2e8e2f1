package io.catalog.web.benchmark;

import io.catalog.web.security.Permissions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The benchmark's ceiling: a constant, pre-serialized JSON body of the size asked for, answered through the same
 * HTTP endpoint, JAX-RS stack and token check as the catalog's reads but without touching the database. The
 * benchmark compares every read scenario with it. Off by default ({@code catalog.benchmark.ceiling-endpoint}); when
 * off the path answers 404 like any unknown path. Part of the diagnostics WAR only (the benchmark deploys it); the
 * shipped one has no such path.
 */
@Path("/stores/v1/benchmark/ceiling")
@ApplicationScoped
public class CeilingResource {

    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "catalog.benchmark.ceiling-endpoint", defaultValue = "false")
    boolean enabled;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Permissions.READ_PRODUCTS)
    @Operation(hidden = true)
    public Response ceiling(@QueryParam("bytes") Integer bytes) {
        if (!enabled) {
            throw new NotFoundException();
        }
        int size = bytes == null ? 16 * 1024 : Math.max(32, Math.min(MAX_BYTES, bytes));
        return Response.ok(bodies.computeIfAbsent(size, CeilingResource::body)).build();
    }

    /** A JSON object of exactly {@code size} bytes: {@code {"product":{"padding":"xxx..."}}}. */
    static byte[] body(int size) {
        String head = "{\"product\":{\"padding\":\"";
        String tail = "\"}}";
        return (head + "x".repeat(Math.max(0, size - head.length() - tail.length())) + tail)
                .getBytes(StandardCharsets.US_ASCII);
    }
}
