package io.catalog.domain.product;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The rules of a product's stock (the product's own and that of its managed variants) and the inventory changes it
 * reports. It keeps the stock as the product was created or loaded, to tell which variants' inventory changed since;
 * what the stock is now stays with the product and its {@link VariantTable}.
 */
final class StockLedger {

    /** A product's own stock and its variants' data after an inventory update. */
    record Stocks(Stock product, Map<VariantId, VariantOverrides> variants) {}

    /** The stocks after an adjustment, and the adjusted variant's stock. */
    record Adjustment(Stocks stocks, Stock stock) {}

    private final Stock loadedStock;
    private final boolean loadedManaged;
    private final Map<VariantId, VariantOverrides> loadedVariants;

    /** The stock as created or loaded; {@code variants} must not change afterwards (tables are replaced, not edited). */
    StockLedger(Stock stock, boolean managed, Map<VariantId, VariantOverrides> variants) {
        this.loadedStock = stock;
        this.loadedManaged = managed;
        this.loadedVariants = variants;
    }

    /** Ecwid's {@code warningLimit} checked: 1 to {@value Stock#MAX_QUANTITY}, or {@code null} for none. */
    static Integer checkedWarningLimit(Integer limit) {
        return limit == null ? null : (int) Require.range("warningLimit", limit, 1, Stock.MAX_QUANTITY);
    }

    /**
     * The stocks after {@link Product#updateInventory}: tracking switched for the product and every variant with
     * stock of its own when {@code trackQuantity} is given, then each update applied to the stock it names.
     *
     * @param holderOf the managed variant holding a variant id's stock, {@code null} for the product's own
     */
    static Stocks updated(
            Stock stock,
            Map<VariantId, VariantOverrides> variants,
            Boolean trackQuantity,
            List<StockUpdate> updates,
            BiFunction<VariantId, String, VariantId> holderOf) {
        boolean tracked = trackQuantity == null ? stock.trackInventory() : trackQuantity;
        Stock newStock = withTracking(stock, tracked);
        Map<VariantId, VariantOverrides> newData = new LinkedHashMap<>(variants);
        if (trackQuantity != null) {
            newData.replaceAll((variantId, overrides) -> overrides.stock() == null
                    ? overrides
                    : overrides.withStock(withTracking(overrides.stock(), tracked)));
        }
        for (int i = 0; i < updates.size(); i++) {
            String path = "variants[" + i + "]";
            StockUpdate update = updates.get(i);
            VariantId holder = holderOf.apply(update.variantId(), path + ".variantId");
            if (update.quantity() == null && update.inStock() == null) {
                continue;
            }
            Stock current = holder == null || newData.get(holder).stock() == null
                    ? newStock
                    : newData.get(holder).stock();
            Stock next = stockSet(tracked, update, current, path);
            if (holder == null) {
                newStock = next;
            } else {
                newData.put(holder, newData.get(holder).withStock(next));
            }
        }
        return new Stocks(newStock, newData);
    }

    /** {@code current} tracked or not: newly tracked stock starts at 0, newly untracked keeps its in-stock state. */
    static Stock withTracking(Stock current, boolean tracked) {
        if (current.trackInventory() == tracked) {
            return current;
        }
        return tracked ? Stock.tracked(0) : Stock.untracked(current.inStock());
    }

    private static Stock stockSet(boolean tracked, StockUpdate update, Stock current, String path) {
        if (!tracked) {
            if (update.quantity() != null) {
                throw new ValidationException(
                        path + ".quantity", ErrorCodes.NOT_ALLOWED, "must not be set while trackQuantity is false");
            }
            return update.inStock() == null ? current : Stock.untracked(update.inStock());
        }
        if (update.quantity() == null) {
            return current;
        }
        return Stock.settable(update.quantity(), path + ".quantity");
    }

    /**
     * The stocks after {@link Product#adjustStock(VariantId, int, boolean, java.time.Instant)}: the tracked quantity
     * of the stock {@code variantId} reads changed by {@code delta}, that of a managed variant with stock of its own
     * or else the product's (which variants without stock of their own inherit).
     *
     * @param product  the product, as the errors name it
     * @param holderOf the managed variant holding a variant id's stock, {@code null} for the product's own
     */
    static Adjustment adjustedFor(
            Stock stock,
            Map<VariantId, VariantOverrides> variants,
            VariantId variantId,
            int delta,
            boolean allowBackorders,
            ProductId product,
            BiFunction<VariantId, String, VariantId> holderOf) {
        VariantId holder = holderOf.apply(variantId, "variantId");
        VariantOverrides overrides = holder == null ? null : variants.get(holder);
        boolean own = overrides != null && overrides.stock() != null;
        Stock next = adjusted(
                own ? overrides.stock() : stock,
                delta,
                allowBackorders,
                "variant " + variantId + " of product " + product,
                "variantId",
                "delta");
        if (!own) {
            return new Adjustment(new Stocks(next, variants), next);
        }
        Map<VariantId, VariantOverrides> newData = new LinkedHashMap<>(variants);
        newData.put(holder, overrides.withStock(next));
        return new Adjustment(new Stocks(stock, newData), next);
    }

    /**
     * The stock {@code variantId} reads: its managed variant's own, or the product's {@code stock} that it inherits;
     * see {@link ProductVariants#stockOf}.
     *
     * @param holderOf the managed variant holding a variant id's stock, {@code null} for the product's own
     */
    static Stock stockOf(
            Stock stock,
            Map<VariantId, VariantOverrides> variants,
            VariantId variantId,
            BiFunction<VariantId, String, VariantId> holderOf) {
        VariantId holder = holderOf.apply(variantId, "variantId");
        Stock own = holder == null ? null : variants.get(holder).stock();
        return own == null ? stock : own;
    }

    /**
     * {@code current} with its tracked quantity changed by {@code delta}; see {@link Product#adjustStock}.
     *
     * @param subject what the stock belongs to, as the errors name it
     */
    static Stock adjusted(
            Stock current,
            int delta,
            boolean allowBackorders,
            String subject,
            String notTrackedField,
            String deltaField) {
        if (!current.trackInventory()) {
            throw new RuleViolationException(
                    ErrorCodes.INVENTORY_NOT_TRACKED,
                    notTrackedField,
                    "the quantity of " + subject + " is not tracked, so it cannot be adjusted; turn trackQuantity on"
                            + " first");
        }
        long quantity = (long) current.quantity() + delta;
        if (quantity < 0 && !allowBackorders) {
            throw new RuleViolationException(
                    ErrorCodes.INSUFFICIENT_STOCK,
                    deltaField,
                    subject + " has " + current.quantity() + " in stock, fewer than the " + -(long) delta
                            + " requested, and the store does not allow backorders");
        }
        if (quantity > Stock.MAX_QUANTITY) {
            throw new RuleViolationException(
                    ErrorCodes.QUANTITY_LIMIT_EXCEEDED,
                    deltaField,
                    subject + " would have " + quantity + " in stock, more than the " + Stock.MAX_QUANTITY
                            + " allowed");
        }
        if (quantity < -Stock.MAX_QUANTITY) {
            throw new RuleViolationException(
                    ErrorCodes.QUANTITY_LIMIT_EXCEEDED,
                    deltaField,
                    subject + " would have " + quantity + " in stock, fewer than the -" + Stock.MAX_QUANTITY
                            + " backorders allow");
        }
        return Stock.tracked((int) quantity);
    }

    /**
     * How the inventory changed since creation or loading, given the stock now; see {@link Product#inventoryChanges}.
     *
     * @param variants the variants' data now (read only while {@code managed})
     */
    List<InventoryChange> changesTo(Stock stock, boolean managed, VariantTable variants) {
        Map<VariantId, Stock> before = inventoryView(loadedStock, loadedManaged, loadedVariants);
        List<InventoryChange> changes = new ArrayList<>();
        inventoryView(stock, managed, variants.data()).forEach((variantId, after) -> {
            Stock was = before.getOrDefault(variantId, loadedStock);
            if (!was.equals(after)) {
                changes.add(new InventoryChange(variantId, was, after));
            }
        });
        return changes;
    }

    /** Of {@code changes}, those whose tracked quantity fell to or below {@code warningLimit}; see {@link Product#lowStock}. */
    static List<InventoryChange> lowStock(List<InventoryChange> changes, Integer warningLimit) {
        if (warningLimit == null) {
            return List.of();
        }
        int limit = warningLimit;
        return changes.stream()
                .filter(change -> isLow(change.after(), limit) && !isLow(change.before(), limit))
                .toList();
    }

    private static boolean isLow(Stock stock, int limit) {
        return stock.trackInventory() && stock.quantity() <= limit;
    }

    private static Map<VariantId, Stock> inventoryView(
            Stock productStock, boolean managed, Map<VariantId, VariantOverrides> data) {
        if (!managed) {
            return Map.of(VariantId.DEFAULT, productStock);
        }
        Map<VariantId, Stock> view = new LinkedHashMap<>();
        data.forEach((variantId, overrides) ->
                view.put(variantId, overrides.stock() == null ? productStock : overrides.stock()));
        return view;
    }
}
