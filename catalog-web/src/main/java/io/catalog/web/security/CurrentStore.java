package io.catalog.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The store (tenant) of the current request, taken from the verified token's {@code instanceId} claim. Every read
 * and write is scoped by it: a product of another store is simply not found.
 *
 * <p>The token is read from the request's JAX-RS {@link SecurityContext}, whose principal is the verified
 * {@link JsonWebToken}. The resources are application-scoped singletons and receive the context as a per-request
 * proxy, so no request-scoped bean is created per call.
 *
 * <p>What a token says is kept by its raw text (the server verified the token for this request before the resource
 * is called; the same text always carries the same claims). Reading the store claim anew cost an exception per
 * request: the server's token looks every claim name up among the standard claims' names and throws for any other.
 */
public final class CurrentStore {

    public static final String STORE_CLAIM = "instanceId";

    private CurrentStore() {}

    /** Who calls: the request's store, and whether the caller may see what is hidden. */
    public record Caller(StoreId store, boolean canModify) {}

    private static final Cache<String, Caller> CALLERS = Caffeine.newBuilder()
            .maximumSize(4_096)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    /** The request's store and permission (for calls that need both). */
    public static Caller caller(SecurityContext security) {
        return callerOf(token(security));
    }

    /** The request's store. */
    public static StoreId id(SecurityContext security) {
        return caller(security).store();
    }

    private static Caller callerOf(JsonWebToken token) {
        String raw = token == null ? null : token.getRawToken();
        if (raw == null) {
            return new Caller(storeOf(token), canModify(token));
        }
        // A token without a valid store claim throws here, and nothing is kept for it.
        return CALLERS.get(raw, ignored -> new Caller(storeOf(token), canModify(token)));
    }

    private static StoreId storeOf(JsonWebToken token) {
        Object claim = token == null ? null : token.getClaim(STORE_CLAIM);
        if (claim == null) {
            throw new InvalidTokenException("The token carries no " + STORE_CLAIM + " claim");
        }
        return storeNamedBy(claim)
                .orElseThrow(() -> new InvalidTokenException("The token's " + STORE_CLAIM
                        + " claim must be a string of 1 to 64 letters, digits, '.', '_', ':' or '-'"));
    }

    /**
     * The store a claim names, taken exactly as it is written: a JSON string that is a valid {@link StoreId}. Any
     * other value (not a string, empty, too long, other characters, quotes included) names none; it is never mended.
     */
    static Optional<StoreId> storeNamedBy(Object claim) {
        String text =
                claim instanceof JsonString json ? json.getString() : claim instanceof String string ? string : null;
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoreId(text));
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    /** Whether the caller may see hidden products, variants and choices (owners, ERPs) or only visible ones. */
    public static boolean canModify(SecurityContext security) {
        JsonWebToken token = token(security);
        return token != null && callerOf(token).canModify();
    }

    private static boolean canModify(JsonWebToken token) {
        return token != null && token.getGroups().contains(Permissions.MODIFY_PRODUCTS);
    }

    private static JsonWebToken token(SecurityContext security) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal instanceof JsonWebToken jwt ? jwt : null;
    }
}
