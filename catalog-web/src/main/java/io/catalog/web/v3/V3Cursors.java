package io.catalog.web.v3;

import io.catalog.domain.shared.ValidationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cursors of Catalog V3 queries: opaque to clients, tamper-checked. A cursor is a JSON object (the store, the
 * query's filter and sort as sent, the page size and the sort keys of the last product answered), in base64url,
 * a dot, and the HMAC-SHA256 of those bytes under the server's cursor key, also in base64url. A cursor that does not
 * decode, or whose MAC does not match, is refused with 400 {@code INVALID_CURSOR} on the field it was sent in.
 * <p>
 * The key is {@code catalog.v3.cursor-key} (environment variable {@code CATALOG_V3_CURSOR_KEY}), at least 32
 * characters; several servers behind one address must share it. Without it each server makes a random key when it
 * starts, and cursors do not survive a restart.
 */
@ApplicationScoped
public class V3Cursors {

    static final String INVALID_CURSOR = "INVALID_CURSOR";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HmacSHA256";
    /** A cursor's longest length: far above any a filter within the query limits makes. */
    static final int MAX_LENGTH = 64 * 1024;

    @Inject
    @ConfigProperty(name = "catalog.v3.cursor-key")
    Optional<String> configuredKey;

    private SecretKeySpec key;

    /** For CDI. */
    public V3Cursors() {}

    /** Cursors under {@code key}, for tests. */
    V3Cursors(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    @PostConstruct
    void init() {
        String configured = configuredKey == null ? "" : configuredKey.orElse("");
        if (configured.length() >= 32) {
            key = new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        } else {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            key = new SecretKeySpec(random, ALGORITHM);
        }
    }

    /** The cursor of {@code payload}. */
    public String encode(JsonObject payload) {
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
    }

    /**
     * The payload of a cursor this server (or one sharing its key) made.
     *
     * @throws ValidationException {@value #INVALID_CURSOR} on {@code field} when it is malformed or was altered
     */
    public JsonObject decode(String cursor, String field) {
        int dot = cursor.indexOf('.');
        if (cursor.length() > MAX_LENGTH || dot < 0) {
            throw invalid(field);
        }
        byte[] bytes;
        byte[] sent;
        try {
            bytes = DECODER.decode(cursor.substring(0, dot));
            sent = DECODER.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid(field);
        }
        if (!MessageDigest.isEqual(mac(bytes), sent)) {
            throw invalid(field);
        }
        try (JsonReader reader = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw invalid(field);
        }
    }

    static ValidationException invalid(String field) {
        return new ValidationException(
                field, INVALID_CURSOR, "is not a cursor of this query API: send a cursor an answer gave, unchanged");
    }

    private byte[] mac(byte[] bytes) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
