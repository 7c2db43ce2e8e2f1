package io.catalog.domain.product.query;

import io.catalog.domain.product.ProductSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keyset paging: the products that come after a given product in a query's order, as a filter, so that a page after
 * it is read from its position in the index instead of by counting an offset, and a product changed or added while
 * pages are read is neither skipped nor answered twice for the keys it had. A query's order is its sort keys then
 * numericId (in the direction of the last key), unless a key is unique in a store ({@link #keys}); the products
 * after one whose keys are {@code v1..vn} are those with {@code k1 > v1}, or {@code k1 = v1 and k2 > v2}, and so on
 * ({@code <} for descending keys).
 */
public final class Keyset {

    private Keyset() {}

    /**
     * The keys a query sorted by {@code sort} is ordered by: the sort, then numericId in the direction of the last key
     * (ascending for no sort) unless a key is {@linkplain ProductField#uniqueInStore() unique in a store}.
     */
    public static List<SortOrder> keys(List<SortOrder> sort) {
        List<SortOrder> keys = new ArrayList<>(sort);
        if (sort.stream().noneMatch(order -> order.field().uniqueInStore())) {
            boolean ascending = sort.isEmpty() || sort.get(sort.size() - 1).ascending();
            keys.add(new SortOrder(ProductField.NUMERIC_ID, ascending));
        }
        return List.copyOf(keys);
    }

    /** Whether a query may be paged by keys on {@code field}: a field whose value every product has in its summary. */
    public static boolean pageable(ProductField field) {
        return switch (field) {
            case NAME, SLUG, ID, PRICE, NUMERIC_ID, LAST_UPDATED, CREATED_DATE -> true;
            default -> false;
        };
    }

    /**
     * The product's value of each key, as conditions compare it: text for name and slug, the id, the price's amount,
     * numericId as a {@code Long}, times as {@code Instant}s.
     *
     * @throws IllegalArgumentException for a key that is not {@link #pageable}
     */
    public static List<Object> valuesOf(ProductSummary product, List<SortOrder> keys) {
        Objects.requireNonNull(product, "product");
        return keys.stream().map(key -> valueOf(product, key.field())).toList();
    }

    private static Object valueOf(ProductSummary product, ProductField field) {
        return switch (field) {
            case NAME -> product.name().value();
            case SLUG -> product.slug().value();
            case ID -> product.id();
            case PRICE -> product.price().amount();
            case NUMERIC_ID -> product.numericId();
            case LAST_UPDATED -> product.lastUpdated();
            case CREATED_DATE -> product.created();
            default -> throw new IllegalArgumentException(field.apiName() + " cannot page by keys");
        };
    }

    /**
     * The products after the one whose keys are {@code values}, in the order of {@code keys} (as {@link #keys} gives
     * them).
     *
     * @throws IllegalArgumentException when the values do not match the keys one for one
     */
    public static ProductFilter after(List<SortOrder> keys, List<Object> values) {
        if (keys.isEmpty() || keys.size() != values.size()) {
            throw new IllegalArgumentException("one value per key, at least one key");
        }
        List<ProductFilter> alternatives = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            List<ProductFilter> parts = new ArrayList<>(i + 1);
            for (int j = 0; j < i; j++) {
                parts.add(condition(keys.get(j).field(), QueryOperator.EQ, values.get(j)));
            }
            SortOrder key = keys.get(i);
            parts.add(condition(key.field(), key.ascending() ? QueryOperator.GT : QueryOperator.LT, values.get(i)));
            alternatives.add(parts.size() == 1 ? parts.get(0) : new ProductFilter.And(parts));
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new ProductFilter.Or(alternatives);
    }

    /**
     * A comparison on a key; built directly, since comparing text fields in sort order is the paging's own use, not
     * an operator the API offers on them.
     */
    private static ProductFilter condition(ProductField field, QueryOperator operator, Object value) {
        if (!pageable(field)) {
            throw new IllegalArgumentException(field.apiName() + " cannot page by keys");
        }
        return new ProductFilter.Condition(field, null, operator, List.of(Objects.requireNonNull(value, "value")));
    }
}
