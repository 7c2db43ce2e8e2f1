package io.catalog.domain.product.subscription;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.Objects;
import java.util.UUID;

/**
 * One way of buying a product on subscription: paid every {@code interval} {@code frequency} units, either until
 * cancelled ({@code billingCycles} {@code null}: Wix's {@code autoRenewal: true}) or for {@code billingCycles}
 * payments, at each variant's price less its optional {@code discount}. Errors name the field
 * ({@code title}, {@code interval}...), which {@link SubscriptionDetails} places in its list.
 *
 * <p>Limits: title {@value #MAX_TITLE} characters at most (not empty), description {@value #MAX_DESCRIPTION};
 * {@code interval} 1 to {@value #MAX_INTERVAL}; {@code billingCycles} {@value #MIN_BILLING_CYCLES} to
 * {@value #MAX_BILLING_CYCLES}.
 *
 * @param id            a lower-case GUID
 * @param description   {@code null} when none
 * @param billingCycles {@code null}: renewed automatically until cancelled
 * @param discount      {@code null} when none
 */
public record Subscription(
        String id,
        String title,
        String description,
        boolean visible,
        SubscriptionFrequency frequency,
        int interval,
        Integer billingCycles,
        SubscriptionDiscount discount) {

    public static final int MAX_TITLE = 20;
    public static final int MAX_DESCRIPTION = 60;
    public static final int MAX_INTERVAL = 50;
    public static final int MIN_BILLING_CYCLES = 2;
    public static final int MAX_BILLING_CYCLES = 999;

    public Subscription {
        id = guid(id);
        title = Require.length("title", Require.present("title", title).strip(), 1, MAX_TITLE);
        if (description != null) {
            description = description.strip();
            Require.length("description", description, 0, MAX_DESCRIPTION);
            description = description.isEmpty() ? null : description;
        }
        Require.present("frequency", frequency);
        Require.range("interval", interval, 1, MAX_INTERVAL);
        if (billingCycles != null) {
            Require.range("billingCycles", billingCycles, MIN_BILLING_CYCLES, MAX_BILLING_CYCLES);
        }
    }

    /** Whether it renews until cancelled (no number of billing cycles). */
    public boolean autoRenewal() {
        return billingCycles == null;
    }

    private static String guid(String id) {
        Objects.requireNonNull(id, "id");
        try {
            UUID parsed = UUID.fromString(id);
            String text = parsed.toString();
            if (!text.equalsIgnoreCase(id)) {
                throw new IllegalArgumentException(id);
            }
            return text;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("id", ErrorCodes.INVALID_ID, "must be a GUID");
        }
    }
}
