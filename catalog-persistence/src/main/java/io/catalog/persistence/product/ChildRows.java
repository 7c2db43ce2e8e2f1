package io.catalog.persistence.product;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * How one kind of a product's child rows (choices, variants, media) follows the product's state when it is written.
 * Rows and wanted items are matched by key: a row whose key is still wanted is updated in place (the persistence
 * context writes it only when one of its columns changed), a wanted key without a row gets a new row, and a row whose
 * key is no longer wanted is deleted. Nothing is sent here; the statements go out at the next flush, in JDBC batches.
 *
 * @param <W> an item of the state that wants a row
 * @param <K> the key a row and its item share
 * @param <R> the row
 */
final class ChildRows<W, K, R> {

    /** A new row of the product for {@code wanted}: its keys set, its columns copied. */
    @FunctionalInterface
    interface NewRow<W, R> {
        R of(String productId, W wanted);
    }

    private final Function<W, K> wantedKey;
    private final Function<R, K> rowKey;
    private final NewRow<W, R> newRow;
    private final BiConsumer<W, R> copy;

    /**
     * @param copy copies an item's columns into its existing row
     */
    ChildRows(Function<W, K> wantedKey, Function<R, K> rowKey, NewRow<W, R> newRow, BiConsumer<W, R> copy) {
        this.wantedKey = wantedKey;
        this.rowKey = rowKey;
        this.newRow = newRow;
        this.copy = copy;
    }

    /**
     * Brings a product's rows in line with the items its state wants.
     *
     * @param current the product's rows as read in this transaction (managed: changes to them are written)
     * @param insert  makes a new row persistent, in the order of {@code wanted}
     * @param delete  removes a row no longer wanted
     */
    void sync(
            String productId, List<W> wanted, List<R> current, Consumer<? super R> insert, Consumer<? super R> delete) {
        Map<K, R> existing = new HashMap<>();
        current.forEach(row -> existing.put(rowKey.apply(row), row));
        for (W item : wanted) {
            R row = existing.remove(wantedKey.apply(item));
            if (row == null) {
                insert.accept(newRow.of(productId, item));
            } else {
                copy.accept(item, row);
            }
        }
        existing.values().forEach(delete);
    }
}
