package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StockLedgerTest {

    private static final OptionSet OPTIONS = OptionSet.built(List.of(dropDown("Size", "S", "M")));
    private static final VariantId SMALL = OptionSet.idOf(OPTIONS.combinations().at(0));
    private static final VariantId MEDIUM =
            OptionSet.idOf(OPTIONS.combinations().at(1));

    /** Small with stock of its own (tracked, 5), medium inheriting the product's. */
    private static Map<VariantId, VariantOverrides> variants() {
        Map<VariantId, VariantOverrides> data = new LinkedHashMap<>();
        data.put(SMALL, VariantOverrides.DEFAULT.withStock(Stock.tracked(5)));
        data.put(MEDIUM, VariantOverrides.DEFAULT);
        return data;
    }

    @Test
    void anAdjustmentMovesATrackedQuantityWithinItsLimits() {
        assertThat(StockLedger.adjusted(Stock.tracked(5), -2, false, "s", "variantId", "delta"))
                .isEqualTo(Stock.tracked(3));
        assertThat(StockLedger.adjusted(Stock.tracked(1), -3, true, "s", "variantId", "delta"))
                .isEqualTo(Stock.tracked(-2));
        assertRuleViolation(
                        () -> StockLedger.adjusted(Stock.IN_STOCK, 1, false, "product p", "variantId", "delta"),
                        ErrorCodes.INVENTORY_NOT_TRACKED)
                .hasFieldOrPropertyWithValue("field", "variantId")
                .hasMessageContaining("the quantity of product p is not tracked");
        assertRuleViolation(
                        () -> StockLedger.adjusted(Stock.tracked(2), -3, false, "s", "variantId", "delta"),
                        ErrorCodes.INSUFFICIENT_STOCK)
                .hasFieldOrPropertyWithValue("field", "delta")
                .hasMessageContaining("has 2 in stock, fewer than the 3 requested");
        assertRuleViolation(
                () -> StockLedger.adjusted(Stock.tracked(Stock.MAX_QUANTITY), 1, false, "s", "v", "d"),
                ErrorCodes.QUANTITY_LIMIT_EXCEEDED);
        assertRuleViolation(
                () -> StockLedger.adjusted(Stock.tracked(-Stock.MAX_QUANTITY), -1, true, "s", "v", "d"),
                ErrorCodes.QUANTITY_LIMIT_EXCEEDED);
    }

    @Test
    void stockThatBecomesTrackedStartsAtZeroAndUntrackedKeepsItsState() {
        assertThat(StockLedger.withTracking(Stock.IN_STOCK, true)).isEqualTo(Stock.tracked(0));
        assertThat(StockLedger.withTracking(Stock.tracked(0), false)).isEqualTo(Stock.untracked(false));
        assertThat(StockLedger.withTracking(Stock.tracked(4), true)).isEqualTo(Stock.tracked(4));
    }

    @Test
    void anInventoryUpdateSetsTheStockEachUpdateNames() {
        StockLedger.Stocks stocks = StockLedger.updated(
                Stock.tracked(1),
                variants(),
                null,
                List.of(new StockUpdate(SMALL, 9, null), new StockUpdate(MEDIUM, 4, null)),
                (id, field) -> id);

        assertThat(stocks.product()).isEqualTo(Stock.tracked(1));
        assertThat(stocks.variants().get(SMALL).stock()).isEqualTo(Stock.tracked(9));
        assertThat(stocks.variants().get(MEDIUM).stock()).isEqualTo(Stock.tracked(4));
    }

    @Test
    void switchingTrackingReachesTheProductAndTheVariantsWithStockOfTheirOwn() {
        StockLedger.Stocks stocks =
                StockLedger.updated(Stock.tracked(1), variants(), false, List.of(), (id, field) -> id);

        assertThat(stocks.product()).isEqualTo(Stock.untracked(true));
        assertThat(stocks.variants().get(SMALL).stock()).isEqualTo(Stock.untracked(true));
        assertThat(stocks.variants().get(MEDIUM).stock()).isNull();
        assertInvalid(
                () -> StockLedger.updated(
                        Stock.tracked(1),
                        variants(),
                        false,
                        List.of(new StockUpdate(SMALL, 3, null)),
                        (id, field) -> id),
                "variants[0].quantity",
                ErrorCodes.NOT_ALLOWED);
    }

    @Test
    void theProductsOwnStockIsUpdatedWhenNoVariantHoldsIt() {
        StockLedger.Stocks stocks = StockLedger.updated(
                Stock.IN_STOCK,
                Map.of(),
                null,
                List.of(new StockUpdate(VariantId.DEFAULT, null, false)),
                (id, field) -> null);

        assertThat(stocks.product()).isEqualTo(Stock.untracked(false));
        assertThat(stocks.variants()).isEmpty();
    }

    @Test
    void anAdjustmentMovesAVariantsOwnStockAndLeavesTheProductsAlone() {
        Map<VariantId, VariantOverrides> before = variants();
        StockLedger.Adjustment adjustment = StockLedger.adjustedFor(
                Stock.tracked(1), before, SMALL, -2, false, ProductId.random(), (id, field) -> id);

        assertThat(adjustment.stock()).isEqualTo(Stock.tracked(3));
        assertThat(adjustment.stocks().product()).isEqualTo(Stock.tracked(1));
        assertThat(adjustment.stocks().variants().get(SMALL).stock()).isEqualTo(Stock.tracked(3));
        assertThat(adjustment.stocks().variants().get(MEDIUM)).isEqualTo(VariantOverrides.DEFAULT);
        assertThat(before.get(SMALL).stock()).isEqualTo(Stock.tracked(5));
    }

    @Test
    void anAdjustmentOfAnInheritedStockMovesTheProductsStock() {
        Map<VariantId, VariantOverrides> before = variants();
        StockLedger.Adjustment adjustment = StockLedger.adjustedFor(
                Stock.tracked(1), before, MEDIUM, 4, false, ProductId.random(), (id, field) -> id);

        assertThat(adjustment.stock()).isEqualTo(Stock.tracked(5));
        assertThat(adjustment.stocks().product()).isEqualTo(Stock.tracked(5));
        assertThat(adjustment.stocks().variants()).isEqualTo(before);

        StockLedger.Adjustment unmanaged = StockLedger.adjustedFor(
                Stock.tracked(1), Map.of(), VariantId.DEFAULT, -1, false, ProductId.random(), (id, field) -> null);

        assertThat(unmanaged.stock()).isEqualTo(Stock.tracked(0));
        assertThat(unmanaged.stocks().product()).isEqualTo(Stock.tracked(0));
        assertThat(unmanaged.stocks().variants()).isEmpty();
    }

    @Test
    void aRefusedAdjustmentNamesTheVariantAndTheProduct() {
        ProductId product = ProductId.random();

        assertRuleViolation(
                        () -> StockLedger.adjustedFor(
                                Stock.tracked(1), variants(), SMALL, -6, false, product, (id, field) -> id),
                        ErrorCodes.INSUFFICIENT_STOCK)
                .hasFieldOrPropertyWithValue("field", "delta")
                .hasMessageContaining("variant " + SMALL + " of product " + product + " has 5 in stock");
        assertRuleViolation(
                        () -> StockLedger.adjustedFor(
                                Stock.IN_STOCK, variants(), MEDIUM, 1, false, product, (id, field) -> id),
                        ErrorCodes.INVENTORY_NOT_TRACKED)
                .hasFieldOrPropertyWithValue("field", "variantId");
        assertThat(StockLedger.adjustedFor(Stock.tracked(1), variants(), SMALL, -6, true, product, (id, field) -> id)
                        .stock())
                .isEqualTo(Stock.tracked(-1));
    }

    @Test
    void theHolderOfAVariantsStockIsAskedUnderTheVariantIdField() {
        List<String> asked = new ArrayList<>();
        StockLedger.adjustedFor(Stock.tracked(1), variants(), SMALL, 1, false, ProductId.random(), (id, field) -> {
            asked.add(field);
            return id;
        });
        StockLedger.stockOf(Stock.tracked(1), variants(), SMALL, (id, field) -> {
            asked.add(field);
            return id;
        });

        assertThat(asked).containsExactly("variantId", "variantId");
    }

    @Test
    void aVariantReadsItsOwnStockOrTheProductsThatItInherits() {
        assertThat(StockLedger.stockOf(Stock.tracked(1), variants(), SMALL, (id, field) -> id))
                .isEqualTo(Stock.tracked(5));
        assertThat(StockLedger.stockOf(Stock.tracked(1), variants(), MEDIUM, (id, field) -> id))
                .isEqualTo(Stock.tracked(1));
        assertThat(StockLedger.stockOf(Stock.untracked(false), Map.of(), VariantId.DEFAULT, (id, field) -> null))
                .isEqualTo(Stock.untracked(false));
    }

    @Test
    void changesAreTheVariantsWhoseStockDiffersFromTheLoadedOne() {
        StockLedger ledger = new StockLedger(Stock.tracked(1), true, variants());
        Map<VariantId, VariantOverrides> now = variants();
        now.put(SMALL, now.get(SMALL).withStock(Stock.tracked(6)));

        assertThat(ledger.changesTo(Stock.tracked(1), true, new VariantTable(variants())))
                .isEmpty();
        assertThat(ledger.changesTo(Stock.tracked(0), true, new VariantTable(now)))
                .containsExactly(
                        new InventoryChange(SMALL, Stock.tracked(5), Stock.tracked(6)),
                        new InventoryChange(MEDIUM, Stock.tracked(1), Stock.tracked(0)));
        assertThat(ledger.changesTo(Stock.tracked(3), false, new VariantTable(Map.of())))
                .containsExactly(new InventoryChange(VariantId.DEFAULT, Stock.tracked(1), Stock.tracked(3)));
    }

    @Test
    void lowStockIsAQuantityThatFellToTheWarningLimit() {
        InventoryChange fell = new InventoryChange(SMALL, Stock.tracked(5), Stock.tracked(2));
        InventoryChange stayedLow = new InventoryChange(MEDIUM, Stock.tracked(2), Stock.tracked(1));
        InventoryChange fromUntracked = new InventoryChange(VariantId.DEFAULT, Stock.IN_STOCK, Stock.tracked(0));

        assertThat(StockLedger.lowStock(List.of(fell, stayedLow, fromUntracked), 2))
                .containsExactly(fell, fromUntracked);
        assertThat(StockLedger.lowStock(List.of(fell), null)).isEmpty();
        assertThat(StockLedger.checkedWarningLimit(null)).isNull();
        assertThat(StockLedger.checkedWarningLimit(3)).isEqualTo(3);
        assertInvalid(() -> StockLedger.checkedWarningLimit(0), "warningLimit", ErrorCodes.OUT_OF_RANGE);
    }
}
