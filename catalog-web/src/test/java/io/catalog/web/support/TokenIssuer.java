package io.catalog.web.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs tokens the catalog accepts: RS256, issuer {@value #ISSUER}, the store in {@code instanceId}, the permissions
 * in {@code groups}. The RSA key pair lives in a folder as {@code private.pem} (PKCS#8) and {@code public.pem}
 * (the server's {@code jwt.publickey.location}); it is generated there on first use.
 */
public final class TokenIssuer {

    public static final String ISSUER = "catalog-dev";

    private final RSAPrivateKey privateKey;

    private TokenIssuer(RSAPrivateKey privateKey) {
        this.privateKey = privateKey;
    }

    /** The issuer whose keys are in {@code folder}, creating them when absent. */
    public static synchronized TokenIssuer inFolder(Path folder) {
        try {
            Path privatePem = folder.resolve("private.pem");
            Path publicPem = folder.resolve("public.pem");
            if (!Files.exists(privatePem) || !Files.exists(publicPem)) {
                Files.createDirectories(folder);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Path tmpPublic = Files.createTempFile(folder, "public", ".tmp");
                Files.writeString(tmpPublic, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(
                        privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                privatePem.toFile().setReadable(false, false);
                privatePem.toFile().setReadable(true, true);
                Files.move(
                        tmpPublic,
                        publicPem,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            byte[] der = fromPem(Files.readString(privatePem));
            RSAPrivateKey key =
                    (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new TokenIssuer(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a public key written by {@link #inFolder}. */
    public static RSAPublicKey publicKey(Path folder) throws IOException, GeneralSecurityException {
        byte[] der = fromPem(Files.readString(folder.resolve("public.pem")));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    public String token(String store, List<String> permissions, Duration ttl) {
        return tokenClaiming(store, permissions, Instant.now(), ttl);
    }

    /** A token issued at {@code issuedAt}, e.g. hours ago for one that has expired. */
    public String token(String store, List<String> permissions, Instant issuedAt, Duration ttl) {
        return tokenClaiming(store, permissions, issuedAt, ttl);
    }

    /**
     * A token whose {@code instanceId} claim is any JSON value (a string, a number, a boolean, a {@code Map} as an
     * object, a {@code List} as an array), or absent when null: for tests of claims the catalog must refuse.
     */
    public String tokenClaiming(Object store, List<String> permissions, Duration ttl) {
        return tokenClaiming(store, permissions, Instant.now(), ttl);
    }

    private String tokenClaiming(Object store, List<String> permissions, Instant issuedAt, Duration ttl) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("catalog-client")
                .claim("upn", "catalog-client")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(ttl)))
                .claim("groups", permissions);
        if (store != null) {
            claims.claim("instanceId", store);
        }
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(privateKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] fromPem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(base64);
    }
}
