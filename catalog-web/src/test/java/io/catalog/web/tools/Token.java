package io.catalog.web.tools;

import io.catalog.web.support.TokenIssuer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a bearer token for local use: {@code ./mvnw -q -pl catalog-web exec:java@token -Dstore=my-store
 * -Dpermissions=READ_PRODUCTS,MODIFY_PRODUCTS}. The key pair is made on first use in {@code ~/.catalog/jwt}
 * (or {@code $CATALOG_JWT_DIR}), outside the repository; the server started by the README trusts that public key.
 */
public final class Token {

    private Token() {}

    public static void main(String[] args) {
        String store = System.getProperty("store", "my-store");
        List<String> permissions = Arrays.stream(System.getProperty("permissions", "READ_PRODUCTS,MODIFY_PRODUCTS")
                        .split(","))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList();
        Duration ttl = Duration.parse("PT" + System.getProperty("ttl", "24h").toUpperCase());
        String dir = System.getenv()
                .getOrDefault(
                        "CATALOG_JWT_DIR",
                        Path.of(System.getProperty("user.home"), ".catalog", "jwt")
                                .toString());
        System.out.println(TokenIssuer.inFolder(Path.of(dir)).token(store, permissions, ttl));
    }
}
