package io.catalog.web.support;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the API integration tests: Arquillian deploys the diagnostics WAR the build just packaged (the shipped
 * application plus the SQL statement count header and the benchmark's ceiling endpoint) to a real Open Liberty (on H2
 * or PostgreSQL, chosen by the failsafe execution) and the tests call it over HTTP as clients do.
 */
@ExtendWith({DatabaseAvailable.class, ArquillianExtension.class})
public abstract class CatalogIT {

    public static final String READ = "READ_PRODUCTS";
    public static final String MODIFY = "MODIFY_PRODUCTS";

    private static final TokenIssuer TOKENS =
            TokenIssuer.inFolder(Path.of(System.getProperty("catalog.it.jwt.dir", "target/it-jwt")));

    @Deployment(testable = false)
    public static WebArchive catalogWar() {
        return ShrinkWrap.createFromZipFile(
                WebArchive.class, new File(System.getProperty("catalog.it.war", "target/catalog-diagnostics.war")));
    }

    protected static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("catalog.it.http.port", "19080") + "/");
    }

    /** A client without a token. */
    protected static Api anonymous() {
        return Api.at(baseUri());
    }

    /** A client of {@code store} holding the given permissions. */
    protected static Api store(String store, String... permissions) {
        return anonymous().withToken(TOKENS.token(store, List.of(permissions), Duration.ofHours(1)));
    }

    /** A client of a store of its own, with both permissions, so tests never see each other's data. */
    protected static Api newStore() {
        return store("store-" + java.util.UUID.randomUUID(), READ, MODIFY);
    }

    protected static String token(String store, String... permissions) {
        return TOKENS.token(store, List.of(permissions), Duration.ofHours(1));
    }

    /** A token of {@code store} issued two hours ago that expired an hour ago (beyond any clock skew allowed). */
    public static String expiredToken(String store, String... permissions) {
        return TOKENS.token(
                store, List.of(permissions), java.time.Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));
    }

    /** A token whose {@code instanceId} claim is any JSON value (see {@link TokenIssuer#tokenClaiming}). */
    protected static String tokenClaiming(Object store, String... permissions) {
        return TOKENS.tokenClaiming(store, List.of(permissions), Duration.ofHours(1));
    }
}
