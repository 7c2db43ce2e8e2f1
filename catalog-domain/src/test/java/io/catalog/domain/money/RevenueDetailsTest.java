package io.catalog.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RevenueDetailsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    @Test
    void profitIsTheActualPriceLessTheCostAndTheMarginItsShareOfThePrice() {
        RevenueDetails details = RevenueDetails.of(usd("12.00"), usd("9.00"));

        assertThat(details.profit()).isEqualByComparingTo("3");
        assertThat(details.profit().toPlainString()).isEqualTo("3.00");
        assertThat(details.profitMargin().toPlainString()).isEqualTo("0.2500");
        assertThat(details.formattedProfit()).isEqualTo("$3.00");
    }

    @Test
    void theMarginIsRoundedHalfUpToFourDecimals() {
        assertThat(RevenueDetails.of(usd("3"), usd("1")).profitMargin().toPlainString())
                .isEqualTo("0.6667");
        assertThat(RevenueDetails.of(usd("3"), usd("2")).profitMargin().toPlainString())
                .isEqualTo("0.3333");
        assertThat(RevenueDetails.of(usd("0.08"), usd("0.07")).profitMargin().toPlainString())
                .isEqualTo("0.1250");
    }

    @Test
    void sellingBelowCostIsANegativeProfit() {
        RevenueDetails details = RevenueDetails.of(usd("5"), usd("7.50"));

        assertThat(details.profit().toPlainString()).isEqualTo("-2.50");
        assertThat(details.formattedProfit()).isEqualTo("-$2.50");
        assertThat(details.profitMargin().toPlainString()).isEqualTo("-0.5000");
    }

    @Test
    void aFreeVariantHasAMarginOfZero() {
        assertThat(RevenueDetails.of(usd("0"), usd("1")).profitMargin()).isEqualByComparingTo("0");
    }

    @Test
    void amountsKeepTheirCurrencysMinorUnit() {
        RevenueDetails yen =
                RevenueDetails.of(new Money(new BigDecimal("1000"), JPY), new Money(new BigDecimal("333"), JPY));

        assertThat(yen.profit().toPlainString()).isEqualTo("667");
        assertThat(yen.formattedProfit()).isEqualTo("¥667");
        assertThat(yen.profitMargin().toPlainString()).isEqualTo("0.6670");
        assertThatThrownBy(() -> RevenueDetails.of(usd("1"), new Money(BigDecimal.ONE, JPY)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
