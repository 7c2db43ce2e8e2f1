package io.catalog.domain.money;

import static io.catalog.domain.money.MoneyTest.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PriceDataTest {

    @Test
    void presentsPriceAndDiscountedPrice() {
        PriceData priceData = PriceData.of(money("100", "USD"), Discount.percent(new BigDecimal("20")));

        assertThat(priceData)
                .isEqualTo(new PriceData(
                        Currency.getInstance("USD"),
                        new BigDecimal("100.00"),
                        new BigDecimal("80.00"),
                        "$100.00",
                        "$80.00"));
    }

    @Test
    void withoutDiscountBothPricesAreEqual() {
        PriceData priceData = PriceData.of(money("10.5", "ILS"), Discount.NONE);

        assertThat(priceData.discountedPrice()).isEqualTo(priceData.price());
        assertThat(priceData.formattedDiscountedPrice()).isEqualTo("10.50 ₪");
    }
}
