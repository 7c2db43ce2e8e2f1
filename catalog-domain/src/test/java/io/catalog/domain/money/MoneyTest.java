package io.catalog.domain.money;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    static Money money(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    @ParameterizedTest
    @CsvSource({
        "USD, 10.005, 10.01",
        "USD, 10.004, 10.00",
        "USD, 7, 7.00",
        "JPY, 100.5, 101",
        "JPY, 100.4, 100",
        "KWD, 1.2345, 1.235"
    })
    void roundsHalfUpToTheCurrencyMinorUnit(String currency, String amount, String expected) {
        assertThat(money(amount, currency).amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(money("100", "USD")).isEqualTo(money("100.000", "USD"));
    }

    @Test
    void isNeverNegativeNorAboveTheMaximum() {
        assertInvalid(() -> money("-0.01", "USD"), "amount", ErrorCodes.OUT_OF_RANGE)
                .hasMessage("amount must be between 0 and 999999999.99 (was -0.01)");
        assertInvalid(() -> money("1000000000", "USD"), "amount", ErrorCodes.OUT_OF_RANGE);
        assertThat(money("999999999.99", "USD").amount()).isEqualByComparingTo("999999999.99");
        assertInvalid(() -> new Money(null, Currency.getInstance("USD")), "amount", ErrorCodes.REQUIRED);
    }

    @Test
    void subtractsWithoutGoingBelowZero() {
        assertThat(money("10.00", "USD").minus(money("2.50", "USD"))).isEqualTo(money("7.50", "USD"));
        assertThat(money("10.00", "USD").minus(money("12.00", "USD")).isZero()).isTrue();
    }

    @Test
    void computesPercentagesRoundedToTheMinorUnit() {
        assertThat(money("9.99", "USD").percentage(new BigDecimal("15"))).isEqualTo(money("1.50", "USD"));
        assertThat(money("999", "JPY").percentage(new BigDecimal("33.3"))).isEqualTo(money("333", "JPY"));
    }

    @Test
    void comparesAmountsOfTheSameCurrencyOnly() {
        assertThat(money("1", "USD")).isLessThan(money("2", "USD"));
        assertThatThrownBy(() -> money("1", "USD").compareTo(money("1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "USD | 100      | $100.00",
                "GBP | 3.5      | £3.50",
                "EUR | 1234567  | €1234567.00",
                "AUD | 1        | A$1.00",
                "CAD | 1        | C$1.00",
                "JPY | 1500     | ¥1500",
                "INR | 99.9     | ₹99.90",
                "ILS | 10.5     | 10.50 ₪",
                "PLN | 12       | 12.00 zł",
                "KRW | 5000     | 5000 ₩",
                "CHF | 5        | 5.00 CHF"
            })
    void formatsWithTheCurrencySymbol(String currency, String amount, String expected) {
        assertThat(money(amount, currency).formatted()).isEqualTo(expected);
    }
}
