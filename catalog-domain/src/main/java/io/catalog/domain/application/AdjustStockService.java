package io.catalog.domain.application;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.StockUpdate;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettingsRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stock: setting a product's inventory, and taking stock away or adding it across products. Every call locks the
 * rows of the products it changes until it commits, so it serialises with concurrent stock changes instead of
 * failing, and each decides on the committed quantity.
 */
public final class AdjustStockService {

    /** Most items in one stock decrement or increment call. */
    public static final int MAX_STOCK_ADJUSTMENTS = 100;

    private static final String ITEMS = "items";

    private final ProductUnitOfWork unitOfWork;
    private final StoreSettingsRepository settings;

    public AdjustStockService(ProductUnitOfWork unitOfWork, StoreSettingsRepository settings) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Sets inventory tracking ({@code null}: as it is) and per-variant stock (see {@link Product#updateInventory}),
     * under the row lock.
     */
    public Product updateInventory(StoreId store, ProductId id, Boolean trackQuantity, List<StockUpdate> updates) {
        List<StockUpdate> copy = List.copyOf(updates);
        return unitOfWork.changeLocked(store, id, OptionalLong.empty(), (product, now) -> {
            product.updateInventory(trackQuantity, copy, now);
            return unitOfWork.save(product, now);
        });
    }

    /** Takes stock away, all items or none (see {@link #adjust}); errors are reported on {@code items[i]...}. */
    public List<AdjustedStock> decrementStock(StoreId store, List<StockAdjustment> items) {
        return adjust(store, items, -1);
    }

    /** Adds stock, all items or none (see {@link #adjust}); errors are reported on {@code items[i]...}. */
    public List<AdjustedStock> incrementStock(StoreId store, List<StockAdjustment> items) {
        return adjust(store, items, 1);
    }

    /**
     * Checks the items of one decrement or increment: 1 to {@value #MAX_STOCK_ADJUSTMENTS} of them
     * ({@code REQUIRED} when none or not sent at all, else {@code OUT_OF_RANGE}, on {@code items}). A caller that
     * reads the items one by one checks them first.
     */
    public static void requireItemCount(List<?> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_STOCK_ADJUSTMENTS) {
            throw new ValidationException(
                    ITEMS,
                    items == null || items.isEmpty() ? ErrorCodes.REQUIRED : ErrorCodes.OUT_OF_RANGE,
                    "must contain 1 to " + MAX_STOCK_ADJUSTMENTS + " items"
                            + (items == null ? "" : " (was " + items.size() + ")"));
        }
    }

    private static String itemPath(int index) {
        return ITEMS + "[" + index + "]";
    }

    /**
     * Adjusts tracked quantities by the items' amounts in one transaction, all or none. Each product's row is
     * locked before any change, in ascending id order so that two calls never wait for each other in a cycle;
     * concurrent adjustments of one product therefore run one after the other, each on the committed result of the
     * previous one, and {@link Product#adjustStock} decides on the current quantity: none is lost, and none goes
     * below zero unless the store allows backorders. Items of one product apply in request order to the same product.
     */
    private List<AdjustedStock> adjust(StoreId store, List<StockAdjustment> items, int sign) {
        requireItemCount(items);
        return unitOfWork.inTransaction(() -> {
            Map<ProductId, Product> locked = new HashMap<>();
            Set<ProductId> lockOrder = new TreeSet<>(Comparator.comparing(ProductId::value));
            items.forEach(item -> lockOrder.add(item.productId()));
            for (ProductId productId : lockOrder) {
                locked.put(productId, unitOfWork.lock(store, productId));
            }
            Instant now = unitOfWork.now();
            boolean allowBackorders = settings.settingsOf(store).allowBackorders();
            Map<ProductId, Set<VariantId>> adjusted = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                StockAdjustment item = items.get(i);
                try {
                    locked.get(item.productId())
                            .adjustStock(item.variantId(), sign * item.amount(), allowBackorders, now);
                } catch (ValidationException e) {
                    throw e.nestedIn(itemPath(i));
                } catch (RuleViolationException e) {
                    throw new RuleViolationException(
                            e.code(),
                            itemPath(i) + "." + ("delta".equals(e.field()) ? "amount" : e.field()),
                            e.getMessage());
                }
                adjusted.computeIfAbsent(item.productId(), key -> new LinkedHashSet<>())
                        .add(item.variantId());
            }
            // Saved in lock order too: their events take each product's event-sequence row in that order.
            Map<ProductId, Product> saved = new HashMap<>();
            lockOrder.forEach(productId -> saved.put(productId, unitOfWork.save(locked.get(productId), now)));
            List<AdjustedStock> results = new ArrayList<>();
            adjusted.forEach((productId, variants) ->
                    results.add(new AdjustedStock(saved.get(productId), List.copyOf(variants))));
            return results;
        });
    }
}
