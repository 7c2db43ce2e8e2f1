package io.catalog.events.webhook;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Subscription secrets, in the Standard Webhooks convention: {@code whsec_} followed by the base64 of the HMAC key
 * (24 to 64 bytes). Generated ones have 32 random bytes.
 */
public final class WebhookSecrets {

    static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 32;
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {}

    /** A new random secret. */
    public static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** {@code secret} when it is well-formed; else a validation error on {@code field} (never quoting the secret). */
    public static String validate(String secret, String field) {
        key(secret, field);
        return secret;
    }

    /** The HMAC key of a secret. */
    public static byte[] key(String secret) {
        return key(secret, "secret");
    }

    private static byte[] key(String secret, String field) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new ValidationException(
                    field,
                    ErrorCodes.INVALID_FORMAT,
                    "must be \"" + PREFIX + "\" followed by the base64 of " + MIN_BYTES + " to " + MAX_BYTES
                            + " bytes");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    field, ErrorCodes.INVALID_FORMAT, "must be \"" + PREFIX + "\" followed by base64");
        }
        if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
            throw new ValidationException(
                    field,
                    ErrorCodes.OUT_OF_RANGE,
                    "must carry " + MIN_BYTES + " to " + MAX_BYTES + " bytes (was " + key.length + ")");
        }
        return key;
    }
}
