package io.catalog.domain.money;

import io.catalog.domain.shared.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A non-negative amount of a currency, rounded half-up to the currency's minor unit (2 decimals for USD, none for
 * JPY) and at most {@link #MAX_AMOUNT}. Catalog money is prices and discounts, so it never goes below zero.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999.99");

    /** Currencies conventionally written with the symbol before the amount, without a space. */
    private static final Map<String, String> PREFIX_SYMBOLS =
            Map.of("USD", "$", "GBP", "£", "EUR", "€", "AUD", "A$", "CAD", "C$", "JPY", "¥", "INR", "₹");

    private static final Map<Currency, String> SUFFIX_SYMBOLS = new ConcurrentHashMap<>();

    public Money {
        Objects.requireNonNull(currency, "currency");
        amount = Require.present("amount", amount).setScale(fractionDigits(currency), RoundingMode.HALF_UP);
        Require.range("amount", amount, BigDecimal.ZERO, MAX_AMOUNT);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** This amount less {@code other}, saturating at zero. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount).max(BigDecimal.ZERO), currency);
    }

    /** {@code percent} % of this amount, rounded to the currency's minor unit. */
    public Money percentage(BigDecimal percent) {
        return new Money(amount.multiply(percent).movePointLeft(2), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    /**
     * The amount for display, with exactly the currency's decimals, '.' as separator and no grouping:
     * {@code "$100.00"} for currencies in the prefix table (USD, GBP, EUR, AUD, CAD, JPY, INR),
     * otherwise amount, space, local symbol, e.g. {@code "10.50 ₪"} (the ISO code when no symbol is known).
     */
    public String formatted() {
        String number = amount.toPlainString();
        String prefix = PREFIX_SYMBOLS.get(currency.getCurrencyCode());
        if (prefix != null) {
            return prefix + number;
        }
        return number + " " + SUFFIX_SYMBOLS.computeIfAbsent(currency, Money::localSymbol);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    private static int fractionDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * The symbol most locales of the currency's countries use, e.g. "₪" for ILS; the ISO code when there is no
     * such locale.
     */
    private static String localSymbol(Currency currency) {
        return Arrays.stream(Locale.getAvailableLocales())
                .filter(locale -> currency.equals(currencyOf(locale).orElse(null)))
                .collect(Collectors.groupingBy(currency::getSymbol, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(currency.getCurrencyCode());
    }

    private static Optional<Currency> currencyOf(Locale locale) {
        if (locale.getCountry().length() != 2) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Currency.getInstance(locale));
        } catch (IllegalArgumentException notAnIsoCountry) {
            return Optional.empty();
        }
    }
}
