package io.catalog.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;

/**
 * The store (tenant) of the current request, taken from the verified token's {@code instanceId} claim. Every read
 * and write is scoped by it: a product of another store is simply not found.
 */
@RequestScoped
public class CurrentStore {

    public static final String STORE_CLAIM = "instanceId";

    @Inject
    JsonWebToken token;

    /** The request's store, read from the token once. */
    private StoreId id;

    public StoreId id() {
        if (id == null) {
            id = storeOfToken();
        }
        return id;
    }

    private StoreId storeOfToken() {
        Object claim = token == null ? null : token.getClaim(STORE_CLAIM);
        if (claim == null || claim.toString().isBlank()) {
            throw new NotAuthorizedException("The token carries no " + STORE_CLAIM + " claim", "Bearer");
        }
        try {
            return new StoreId(claim.toString().replace("\"", ""));
        } catch (ValidationException e) {
            throw new NotAuthorizedException("The token's " + STORE_CLAIM + " claim is not a valid store id", "Bearer");
        }
    }

    /** Whether the caller may see hidden products, variants and choices (owners, ERPs) or only visible ones. */
    public boolean canModify() {
        return token != null && token.getGroups().contains(Permissions.MODIFY_PRODUCTS);
    }
}
