package io.catalog.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.store.StoreId;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * What a token says is read once per token text, and its store claim exactly as written. (A token without a valid
 * store, which is refused with 401 every time, is checked against the running server: {@code SecurityIT}.)
 */
class CurrentStoreTest {

    /** A verified token as the server hands it over: its raw text and claims; counts the claim reads. */
    private static final class Token implements JsonWebToken {
        final String raw = "header." + UUID.randomUUID() + ".signature";
        final String store;
        final Set<String> groups;
        final AtomicInteger claimReads = new AtomicInteger();

        Token(String store, Set<String> groups) {
            this.store = store;
            this.groups = groups;
        }

        @Override
        public String getName() {
            return "caller";
        }

        @Override
        public Set<String> getClaimNames() {
            return store == null ? Set.of() : Set.of(CurrentStore.STORE_CLAIM);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            claimReads.incrementAndGet();
            if ("raw_token".equals(name)) {
                return (T) raw;
            }
            return CurrentStore.STORE_CLAIM.equals(name) ? (T) store : null;
        }

        @Override
        public String getRawToken() {
            return raw;
        }

        @Override
        public Set<String> getGroups() {
            return groups;
        }
    }

    private static SecurityContext of(Principal principal) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return true;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }

    @Test
    void aTokensStoreAndPermissionAreReadOnceForAllItsRequests() {
        Token token = new Token("store-one", Set.of(Permissions.MODIFY_PRODUCTS));

        for (int i = 0; i < 5; i++) {
            assertThat(CurrentStore.caller(of(token)))
                    .isEqualTo(new CurrentStore.Caller(new StoreId("store-one"), true));
            assertThat(CurrentStore.id(of(token))).isEqualTo(new StoreId("store-one"));
            assertThat(CurrentStore.canModify(of(token))).isTrue();
        }
        assertThat(token.claimReads).hasValue(1);
    }

    @Test
    void eachTokenIsReadForItself() {
        Token reader = new Token("store-two", Set.of());
        Token other = new Token("store-three", Set.of(Permissions.MODIFY_PRODUCTS));

        assertThat(CurrentStore.caller(of(reader))).isEqualTo(new CurrentStore.Caller(new StoreId("store-two"), false));
        assertThat(CurrentStore.caller(of(other))).isEqualTo(new CurrentStore.Caller(new StoreId("store-three"), true));
    }

    @Test
    void aStoreClaimIsTakenExactlyAsWritten() {
        assertThat(CurrentStore.storeNamedBy("storeA")).contains(new StoreId("storeA"));
        assertThat(CurrentStore.storeNamedBy(Json.createValue("storeA"))).contains(new StoreId("storeA"));
        assertThat(CurrentStore.storeNamedBy("store-" + UUID.randomUUID())).isPresent();
        assertThat(CurrentStore.storeNamedBy("my_store.v2:eu-1")).contains(new StoreId("my_store.v2:eu-1"));
        assertThat(CurrentStore.storeNamedBy("s".repeat(64))).isPresent();
    }

    /** Nothing is stripped nor mended: a claim that is not a store id names no store. */
    @Test
    void aStoreClaimThatIsNotAStoreIdNamesNoStore() {
        List<Object> claims = List.of(
                "sto\"reA",
                "\"storeA\"",
                Json.createValue("\"storeA\""),
                "",
                " ",
                " storeA",
                "storeA ",
                "s".repeat(65),
                "s".repeat(200),
                "store\u0000A",
                "store\nA",
                "store\tA",
                "store/A",
                "st\u00f6re",
                42,
                42L,
                true,
                Json.createValue(42),
                JsonValue.TRUE,
                JsonValue.NULL,
                Json.createObjectBuilder().add("id", "storeA").build(),
                Json.createArrayBuilder().add("storeA").build(),
                List.of("storeA"));

        assertThat(claims)
                .allSatisfy(claim -> assertThat(CurrentStore.storeNamedBy(claim))
                        .as("%s", claim)
                        .isEmpty());
    }

    @Test
    void withoutATokenNothingMayBeModified() {
        assertThat(CurrentStore.canModify(of(null))).isFalse();
    }
}
