package io.catalog.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;

class StandardSignatureTest {

    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        // The test vector of the Standard Webhooks reference libraries.
        String signature = StandardSignature.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L,
                "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theSignatureCoversIdTimestampAndBody() {
        String secret = WebhookSecrets.generate();
        String signature = StandardSignature.sign(secret, "id", 1, "{}");

        assertThat(StandardSignature.sign(secret, "id2", 1, "{}")).isNotEqualTo(signature);
        assertThat(StandardSignature.sign(secret, "id", 2, "{}")).isNotEqualTo(signature);
        assertThat(StandardSignature.sign(secret, "id", 1, "{ }")).isNotEqualTo(signature);
        assertThat(StandardSignature.sign(WebhookSecrets.generate(), "id", 1, "{}"))
                .isNotEqualTo(signature);
    }

    @Test
    void secretsAreWhsecBase64OfEnoughBytes() {
        assertThat(WebhookSecrets.generate()).startsWith("whsec_").isNotEqualTo(WebhookSecrets.generate());
        assertThat(WebhookSecrets.key(WebhookSecrets.generate())).hasSize(32);
        assertThatThrownBy(() -> WebhookSecrets.validate("plain-secret", "secret"))
                .isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("plain-secret");
        assertThatThrownBy(() -> WebhookSecrets.validate("whsec_c2hvcnQ=", "secret"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> WebhookSecrets.validate("whsec_###", "secret"))
                .isInstanceOf(ValidationException.class);
    }
}
