package io.catalog.events.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-22T10:00:00Z");
    private static final OffsetDateTime LATER = OffsetDateTime.parse("2026-11-22T11:00:00Z");

    private static Subscription subscription(boolean active, String disabledReason) {
        return new Subscription(
                "s-1",
                "store-1",
                "https://example.com/hooks",
                Set.of("ProductCreated"),
                "whsec_a",
                "standard",
                active,
                disabledReason,
                CREATED,
                CREATED);
    }

    @Test
    void aNewSubscriptionIsActiveUnlessToldOtherwise() {
        Subscription created = Subscription.create(
                "s-1", "store-1", "https://example.com/hooks", Set.of(), "whsec_a", "wix", null, CREATED);

        assertThat(created.active()).isTrue();
        assertThat(created.disabledReason()).isNull();
        assertThat(created.createdAt()).isEqualTo(CREATED).isEqualTo(created.updatedAt());
        assertThat(Subscription.create(
                                "s-2",
                                "store-1",
                                "https://example.com/hooks",
                                Set.of(),
                                "whsec_a",
                                "wix",
                                false,
                                CREATED)
                        .active())
                .isFalse();
    }

    @Test
    void aChangeKeepsWhatWasNotSent() {
        Subscription changed = subscription(true, null).changedTo(null, null, null, "wix", null, LATER);

        assertThat(changed)
                .isEqualTo(new Subscription(
                        "s-1",
                        "store-1",
                        "https://example.com/hooks",
                        Set.of("ProductCreated"),
                        "whsec_a",
                        "wix",
                        true,
                        null,
                        CREATED,
                        LATER));
    }

    @Test
    void activatingClearsWhyItWasDeactivated() {
        Subscription gone = subscription(false, "410 Gone");

        assertThat(gone.changedTo(null, null, null, null, true, LATER).disabledReason())
                .isNull();
        assertThat(gone.changedTo("https://example.com/other", null, null, null, null, LATER)
                        .disabledReason())
                .isEqualTo("410 Gone");
        assertThat(gone.changedTo(null, null, null, null, false, LATER).disabledReason())
                .isEqualTo("410 Gone");
    }

    @Test
    void noEventTypesMeansEveryType() {
        assertThat(subscription(true, null).wants("ProductCreated")).isTrue();
        assertThat(subscription(true, null).wants("ProductDeleted")).isFalse();
        assertThat(subscription(true, null)
                        .changedTo(null, Set.of(), null, null, null, LATER)
                        .wants("ProductDeleted"))
                .isTrue();
    }

    @Test
    void noEventTypesMeansEveryTypeButTheV3OnesWhichComeOnlyWhenNamed() {
        Subscription all = subscription(true, null).changedTo(null, Set.of(), null, null, null, LATER);
        Subscription v3 = subscription(true, null)
                .changedTo(null, Set.of("wix.stores.catalog.v3.product_updated"), null, null, null, LATER);

        assertThat(all.wants("wix.stores.catalog.v3.product_updated")).isFalse();
        assertThat(all.wants("ProductChanged")).isTrue();
        assertThat(v3.wants("wix.stores.catalog.v3.product_updated")).isTrue();
        assertThat(v3.wants("wix.stores.catalog.v3.product_created")).isFalse();
        assertThat(v3.wants("ProductChanged")).isFalse();
    }

    @Test
    void theSecretIsNeverShown() {
        assertThat(subscription(true, null).toString()).doesNotContain("whsec_a");
    }
}
