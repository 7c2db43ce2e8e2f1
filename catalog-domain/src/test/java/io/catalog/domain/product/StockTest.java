package io.catalog.domain.product;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import org.junit.jupiter.api.Test;

class StockTest {

    @Test
    void trackedStockIsInStockExactlyWhenTheQuantityIsPositive() {
        assertThat(Stock.tracked(3).inStock()).isTrue();
        assertThat(Stock.tracked(0).inStock()).isFalse();
        assertThat(new Stock(true, 0, true)).isEqualTo(Stock.tracked(0));
    }

    @Test
    void trackedStockNeedsAQuantityInRange() {
        assertInvalid(() -> new Stock(true, null, true), "stock.quantity", ErrorCodes.REQUIRED);
        assertInvalid(() -> Stock.settable(-1, "stock.quantity"), "stock.quantity", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> Stock.settable(100_000_000, "quantity"), "quantity", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> Stock.tracked(100_000_000), "stock.quantity", ErrorCodes.OUT_OF_RANGE);
        assertThat(Stock.settable(99_999_999, "quantity").quantity()).isEqualTo(99_999_999);
    }

    @Test
    void backorderedStockIsBelowZeroAndOutOfStock() {
        assertThat(Stock.tracked(-3).inStock()).isFalse();
        assertThat(Stock.tracked(-99_999_999).quantity()).isEqualTo(-99_999_999);
        assertInvalid(() -> Stock.tracked(-100_000_000), "stock.quantity", ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void untrackedStockHasNoQuantityAndIsInStockAsGiven() {
        assertThat(Stock.untracked(false).inStock()).isFalse();
        assertThat(Stock.IN_STOCK).isEqualTo(new Stock(false, null, true));
        assertInvalid(() -> new Stock(false, 5, true), "stock.quantity", ErrorCodes.NOT_ALLOWED);
    }
}
