package io.catalog.domain.money;

import static io.catalog.domain.money.MoneyTest.money;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ApiEnum;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountTest {

    @Test
    void noneAlwaysHasValueZero() {
        assertThat(new Discount(DiscountType.NONE, new BigDecimal("5"))).isEqualTo(Discount.NONE);
        assertThat(Discount.NONE.applyTo(money("10", "USD"))).isEqualTo(money("10", "USD"));
    }

    @Test
    void valueMustNotBeNegative() {
        assertInvalid(() -> Discount.amount(new BigDecimal("-1")), "discount.value", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> Discount.amount(null), "discount.value", ErrorCodes.REQUIRED);
    }

    @Test
    void percentIsAtMostHundred() {
        assertThat(Discount.percent(new BigDecimal("100"))
                        .applyTo(money("10", "USD"))
                        .isZero())
                .isTrue();
        assertInvalid(() -> Discount.percent(new BigDecimal("100.01")), "discount.value", ErrorCodes.OUT_OF_RANGE)
                .hasMessage("discount.value must be between 0 and 100 (was 100.01)");
    }

    @Test
    void amountIsSubtracted() {
        assertThat(Discount.amount(new BigDecimal("2.5")).applyTo(money("10", "USD")))
                .isEqualTo(money("7.50", "USD"));
    }

    @Test
    void percentIsSubtractedAndRounded() {
        assertThat(Discount.percent(new BigDecimal("10")).applyTo(money("9.99", "USD")))
                .isEqualTo(money("8.99", "USD"));
        assertThat(Discount.percent(new BigDecimal("50")).applyTo(money("101", "JPY")))
                .isEqualTo(money("50", "JPY"));
    }

    @Test
    void discountedPriceIsNeverBelowZero() {
        assertThat(Discount.amount(new BigDecimal("25"))
                        .applyTo(money("10", "USD"))
                        .isZero())
                .isTrue();
    }

    @Test
    void equalValuesAreEqualWhateverTheirScale() {
        assertThat(Discount.amount(new BigDecimal("2.50"))).isEqualTo(Discount.amount(new BigDecimal("2.5")));
    }

    @Test
    void typesKeepTheirApiNames() {
        assertThat(DiscountType.PERCENT.apiName()).isEqualTo("PERCENT");
        assertThat(ApiEnum.fromApiName(DiscountType.class, "type", "PERCENT")).isEqualTo(DiscountType.PERCENT);
        assertInvalid(
                        () -> ApiEnum.fromApiName(DiscountType.class, "type", "percent"),
                        "type",
                        ErrorCodes.UNKNOWN_ENUM_VALUE)
                .hasMessage("type must be one of NONE, AMOUNT, PERCENT (was \"percent\")");
    }
}
