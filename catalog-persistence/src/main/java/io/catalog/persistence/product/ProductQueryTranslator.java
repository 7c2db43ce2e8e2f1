package io.catalog.persistence.product;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductFilter.Condition;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;

/**
 * Translates a {@link ProductQuery} into JPQL over {@link ProductEntity} ({@code p}), with every value bound as a
 * parameter. Text {@code $eq}, {@code $ne} and {@code $hasSome} compare exactly; {@code $contains} and
 * {@code $startsWith} ignore case. Option conditions match a choice's value or description, ignoring case, as the
 * domain matches choices. Every product belongs to the All Products collection.
 */
final class ProductQueryTranslator {

    /**
     * Always true and always false, without literals: a comparison of two literals ({@code 1 = 1}) makes
     * EclipseLink print every value of the statement into its SQL instead of binding it, and it prints booleans
     * as 1, which H2 refuses to compare with a BOOLEAN column. numeric_id is never null.
     */
    private static final String TRUE = "p.numericId IS NOT NULL";
    private static final String FALSE = "p.numericId IS NULL";

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private ProductQueryTranslator() {
    }

    /** The JPQL of a query: its WHERE clause, ORDER BY clause and parameters. */
    record Jpql(String where, String orderBy, Map<String, Object> parameters) {

        /** The matches' ids, revisions and numeric ids, in order. */
        String select() {
            return "SELECT p.id, p.revision, p.numericId FROM ProductEntity p WHERE " + where + " ORDER BY " + orderBy;
        }

        /** The matches' whole rows, in order. */
        String selectRows() {
            return "SELECT p FROM ProductEntity p WHERE " + where + " ORDER BY " + orderBy;
        }

        /**
         * Counts a column every product has and every product index holds ({@code COUNT(p)} would count the
         * primary key, which H2 reads from the row): the count is answered from the index alone.
         */
        String count() {
            return "SELECT COUNT(p.numericId) FROM ProductEntity p WHERE " + where;
        }
    }

    static Jpql translate(String storeId, ProductQuery query) {
        ProductQueryTranslator t = new ProductQueryTranslator();
        t.where.append("p.storeId = ").append(t.bind(storeId));
        if (query.visibleOnly()) {
            // Bound, not "p.visible = TRUE": EclipseLink prints boolean literals as 1 for H2, which H2 2.x refuses
            // to compare with a BOOLEAN column. A plain comparison lets both databases read it from the index.
            t.where.append(" AND p.visible = ").append(t.bind(Boolean.TRUE));
        }
        if (!(query.filter() instanceof ProductFilter.All)) {
            t.where.append(" AND ");
            t.filter(query.filter());
        }
        return new Jpql(t.where.toString(), orderBy(query.sort()), Map.copyOf(t.parameters));
    }

    private void filter(ProductFilter filter) {
        if (filter instanceof ProductFilter.And and) {
            join(and.parts(), " AND ");
        } else if (filter instanceof ProductFilter.Or or) {
            join(or.parts(), " OR ");
        } else if (filter instanceof ProductFilter.Not not) {
            where.append("NOT (");
            filter(not.part());
            where.append(")");
        } else if (filter instanceof Condition condition) {
            condition(condition);
        } else {
            where.append(TRUE);
        }
    }

    private void join(List<ProductFilter> parts, String operator) {
        if (parts.isEmpty()) {
            where.append(operator.trim().equals("AND") ? TRUE : FALSE);
            return;
        }
        where.append("(");
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                where.append(operator);
            }
            filter(parts.get(i));
        }
        where.append(")");
    }

    private void condition(Condition c) {
        switch (c.field()) {
            case OPTION -> option(c);
            case COLLECTION_ID -> collection(c);
            default -> column(column(c.field()), c);
        }
    }

    private void column(String column, Condition c) {
        List<Object> values = c.values().stream().map(ProductQueryTranslator::columnValue).toList();
        switch (c.operator()) {
            case EQ -> where.append(column).append(" = ").append(bind(values.get(0)));
            case NE -> where.append(column).append(" <> ").append(bind(values.get(0)));
            case HAS_SOME -> where.append(column).append(" IN ").append(bind(values));
            case LT -> where.append(column).append(" < ").append(bind(values.get(0)));
            case LTE -> where.append(column).append(" <= ").append(bind(values.get(0)));
            case GT -> where.append(column).append(" > ").append(bind(values.get(0)));
            case GTE -> where.append(column).append(" >= ").append(bind(values.get(0)));
            case CONTAINS -> like(column, "%" + escapeLike((String) values.get(0)) + "%");
            case STARTS_WITH -> like(column, escapeLike((String) values.get(0)) + "%");
            case HAS_ALL -> throw new IllegalArgumentException(c.field().apiName() + " does not take $hasAll");
        }
    }

    private void like(String column, String pattern) {
        where.append("LOWER(").append(column).append(") LIKE ").append(bind(pattern.toLowerCase(Locale.ROOT)))
                .append(" ESCAPE '\\'");
    }

    /** {@code options.<name>}: whether the product has a choice of that option among the values. */
    private void option(Condition c) {
        String option = bind(c.option().toLowerCase(Locale.ROOT));
        List<String> values = c.values().stream().map(v -> ((String) v).toLowerCase(Locale.ROOT)).toList();
        switch (c.operator()) {
            case EQ, HAS_SOME -> hasChoice(option, values);
            case NE -> {
                where.append("NOT ");
                hasChoice(option, values);
            }
            case HAS_ALL -> {
                where.append("(");
                for (int i = 0; i < values.size(); i++) {
                    if (i > 0) {
                        where.append(" AND ");
                    }
                    hasChoice(option, List.of(values.get(i)));
                }
                where.append(")");
            }
            default -> throw new IllegalArgumentException("options do not take " + c.operator().token());
        }
    }

    /**
     * {@code collections.id}: membership of stored collections; every product belongs to the All Products
     * collection.
     */
    private void collection(Condition c) {
        String all = CollectionId.ALL_PRODUCTS.value();
        List<String> others = c.values().stream().map(String.class::cast).filter(v -> !v.equals(all)).toList();
        boolean namesAll = others.size() < c.values().size();
        switch (c.operator()) {
            case EQ, HAS_SOME -> {
                if (namesAll) {
                    where.append(TRUE);
                } else {
                    inCollection(others);
                }
            }
            case NE -> {
                if (namesAll) {
                    where.append(FALSE);
                } else {
                    where.append("NOT ");
                    inCollection(others);
                }
            }
            case HAS_ALL -> {
                where.append("(" + TRUE);
                others.forEach(id -> {
                    where.append(" AND ");
                    inCollection(List.of(id));
                });
                where.append(")");
            }
            default -> throw new IllegalArgumentException("collections.id does not take " + c.operator().token());
        }
    }

    private void inCollection(List<String> collectionIds) {
        where.append("EXISTS (SELECT m FROM MembershipEntity m WHERE m.productId = p.id AND m.collectionId IN ")
                .append(bind(collectionIds)).append(")");
    }

    private void hasChoice(String option, List<String> values) {
        String list = bind(values);
        where.append("EXISTS (SELECT c FROM ChoiceEntity c WHERE c.productId = p.id AND LOWER(c.optionName) = ")
                .append(option).append(" AND (LOWER(c.value) IN ").append(list)
                .append(" OR LOWER(c.description) IN ").append(list).append("))");
    }

    private String bind(Object value) {
        String name = "p" + (parameters.size() + 1);
        parameters.put(name, value);
        return ":" + name;
    }

    /**
     * The sort keys, led by the store (equal for every row: it changes no order) and closed by numericId in the
     * direction of the last key, unless a key is already unique in a store. Every product index starts with the
     * store and ends with numericId, so a page sorted by one field is read in index order, forwards or backwards,
     * and stops at its last row: H2 sees that only when the ORDER BY names the index's leading column too.
     */
    private static String orderBy(List<SortOrder> sort) {
        boolean ascending = sort.isEmpty() || sort.get(sort.size() - 1).ascending();
        String direction = ascending ? " ASC" : " DESC";
        List<String> keys = new ArrayList<>();
        keys.add("p.storeId" + direction);
        for (SortOrder order : sort) {
            keys.add(column(order.field()) + (order.ascending() ? " ASC" : " DESC"));
        }
        if (sort.stream().noneMatch(o -> UNIQUE_IN_STORE.contains(o.field()))) {
            keys.add("p.numericId" + direction);
        }
        return keys.stream().collect(Collectors.joining(", "));
    }

    /** Fields no two products of a store share: a sort by one of them has no ties. */
    private static final java.util.Set<ProductField> UNIQUE_IN_STORE =
            java.util.EnumSet.of(ProductField.NUMERIC_ID, ProductField.ID, ProductField.SLUG);

    private static String column(ProductField field) {
        return switch (field) {
            case NAME -> "p.name";
            case DESCRIPTION -> "p.description";
            case SKU -> "p.sku";
            case ID -> "p.id";
            case PRICE -> "p.price";
            case NUMERIC_ID -> "p.numericId";
            case PRODUCT_TYPE -> "p.productType";
            case SLUG -> "p.slug";
            case LAST_UPDATED -> "p.lastUpdated";
            case COLLECTION_ID, OPTION -> throw new IllegalArgumentException(field.apiName() + " is not a column");
        };
    }

    /** A condition's value as the column stores it. */
    private static Object columnValue(Object value) {
        if (value instanceof ProductId id) {
            return id.value().toString();
        }
        if (value instanceof ProductType type) {
            return type.name();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
