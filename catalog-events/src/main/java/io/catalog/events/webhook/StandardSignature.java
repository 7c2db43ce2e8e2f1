package io.catalog.events.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code webhook-signature} of the Standard Webhooks format: {@code v1,} + base64(HMAC-SHA256(key,
 * id + "." + timestamp + "." + body)), the key being the subscription secret's (see {@link WebhookSecrets}).
 */
public final class StandardSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private StandardSignature() {}

    /** The header value for one attempt: {@code timestamp} in seconds since the epoch. */
    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(WebhookSecrets.key(secret), ALGORITHM));
            byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
