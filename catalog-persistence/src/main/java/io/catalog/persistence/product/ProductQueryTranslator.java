package io.catalog.persistence.product;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductFilter.Condition;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SortOrder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Translates a {@link ProductQuery} into JPQL over {@link ProductEntity} ({@code p}), with every value bound as a
 * parameter. Text {@code $eq}, {@code $ne} and {@code $hasSome} compare exactly; {@code $contains} and
 * {@code $startsWith} ignore case, except on fields {@linkplain ProductField#searchedExactly() searched exactly}.
 * Option conditions match a choice's value or description, ignoring case, as the domain matches choices. Every
 * product belongs to the All Products collection. A product whose variants are managed has no SKU of its own (it
 * answers none; its variants carry theirs), so SKU conditions see it as the empty SKU, as
 * {@link Condition#matchesText} decides. For a query of visible products only (callers that may only read) the
 * hidden products, hidden collections and hidden choices are out of sight: conditions on collections and options
 * see only the visible ones.
 * <p>
 * Booleans are never compared with a value: EclipseLink prints the whole statement with its values inline on H2 as
 * soon as a function takes a parameter (a {@code LIKE ... ESCAPE}, a subquery's {@code IN} list), and it prints a
 * boolean as 1, which H2 refuses to compare with a BOOLEAN column. A boolean column is read as a number instead
 * ({@link #isTrue}), the same SQL whether the values are bound or printed.
 */
final class ProductQueryTranslator {

    /**
     * How a boolean column is read (its column in place of {@code ?}); PostgreSQL keeps statistics on this expression
     * (migration V21), without which it misjudges how many rows a storefront condition keeps.
     */
    static final String BOOLEAN_AS_NUMBER = "CASE WHEN ? THEN 1 ELSE 0 END";

    /**
     * Always true and always false, without literals: a comparison of two literals ({@code 1 = 1}) makes
     * EclipseLink print every value of the statement into its SQL instead of binding it, and it prints booleans
     * as 1, which H2 refuses to compare with a BOOLEAN column. numeric_id is never null.
     */
    private static final String TRUE = "p.numericId IS NOT NULL";

    private static final String FALSE = "p.numericId IS NULL";

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final boolean visibleOnly;

    private ProductQueryTranslator(boolean visibleOnly) {
        this.visibleOnly = visibleOnly;
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
        ProductQueryTranslator t = new ProductQueryTranslator(query.visibleOnly());
        t.where.append("p.storeId = ").append(t.bind(storeId));
        if (query.visibleOnly()) {
            // Read from the index that serves the rest of the conditions: every product index ends with visible.
            t.where.append(" AND ").append(isTrue("p.visible"));
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
        } else if (filter instanceof ProductFilter.TextMatch match) {
            textMatch(match);
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
            case CATEGORY_ID -> category(c);
            case SKU -> sku(c);
            case VISIBLE -> visible(c);
            case BRAND_NAME, RIBBON_NAME -> optionalColumn(c);
            default -> column(column(c.field()), c);
        }
    }

    /** A column a product may leave empty (no brand, no ribbon): such a product matches {@code $ne} only. */
    private void optionalColumn(Condition c) {
        String column = column(c.field());
        if (c.operator() == QueryOperator.NE) {
            where.append("(").append(column).append(" IS NULL OR ");
            column(column, c);
            where.append(")");
        } else {
            column(column, c);
        }
    }

    /**
     * The SKU a product answers: its own, or none (the empty SKU) when its variants are managed, whatever SKU it keeps
     * for them to default to.
     */
    private void sku(Condition c) {
        if (c.matchesText("")) {
            where.append("(").append(isTrue("p.manageVariants")).append(" OR ");
        } else {
            where.append("(").append(isFalse("p.manageVariants")).append(" AND ");
        }
        column("p.sku", c);
        where.append(")");
    }

    /** {@code visible $eq} or {@code $ne} a boolean, written without a boolean value (see the class comment). */
    private void visible(Condition c) {
        boolean wanted = Boolean.TRUE.equals(c.values().get(0));
        switch (c.operator()) {
            case EQ -> where.append(wanted ? isTrue("p.visible") : isFalse("p.visible"));
            case NE -> where.append(wanted ? isFalse("p.visible") : isTrue("p.visible"));
            default ->
                throw new IllegalArgumentException(
                        "visible does not take " + c.operator().token());
        }
    }

    private void column(String column, Condition c) {
        List<Object> values =
                c.values().stream().map(ProductQueryTranslator::columnValue).toList();
        switch (c.operator()) {
            case EQ -> where.append(column).append(" = ").append(bind(values.get(0)));
            case NE -> where.append(column).append(" <> ").append(bind(values.get(0)));
            case HAS_SOME -> where.append(column).append(" IN ").append(bind(values));
            case LT -> where.append(column).append(" < ").append(bind(values.get(0)));
            case LTE -> where.append(column).append(" <= ").append(bind(values.get(0)));
            case GT -> where.append(column).append(" > ").append(bind(values.get(0)));
            case GTE -> where.append(column).append(" >= ").append(bind(values.get(0)));
            case CONTAINS -> like(column, "%" + escapeLike((String) values.get(0)) + "%", c.field());
            case STARTS_WITH -> like(column, escapeLike((String) values.get(0)) + "%", c.field());
            case HAS_ALL -> throw new IllegalArgumentException(c.field().apiName() + " does not take $hasAll");
        }
    }

    private void like(String column, String pattern, ProductField field) {
        if (field.searchedExactly()) {
            where.append(column).append(" LIKE ").append(bind(pattern)).append(" ESCAPE '\\'");
        } else {
            where.append("LOWER(")
                    .append(column)
                    .append(") LIKE ")
                    .append(bind(pattern.toLowerCase(Locale.ROOT)))
                    .append(" ESCAPE '\\'");
        }
    }

    /** A word of a free-text search ({@link TextMatches}), its pattern bound once. */
    private void textMatch(ProductFilter.TextMatch match) {
        String pattern = bind("%" + escapeLike(match.word().toLowerCase(Locale.ROOT)) + "%");
        where.append(TextMatches.condition(match.fields(), pattern, visibleOnly));
    }

    /** {@code options.<name>}: whether the product has a choice of that option among the values. */
    private void option(Condition c) {
        String option = bind(c.option().toLowerCase(Locale.ROOT));
        List<String> values = c.values().stream()
                .map(v -> ((String) v).toLowerCase(Locale.ROOT))
                .toList();
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
            default ->
                throw new IllegalArgumentException(
                        "options do not take " + c.operator().token());
        }
    }

    /**
     * {@code collections.id}: membership of stored collections; every product belongs to the All Products
     * collection.
     */
    private void collection(Condition c) {
        String all = CollectionId.ALL_PRODUCTS.value();
        List<String> others = c.values().stream()
                .map(String.class::cast)
                .filter(v -> !v.equals(all))
                .toList();
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
            default ->
                throw new IllegalArgumentException(
                        "collections.id does not take " + c.operator().token());
        }
    }

    /**
     * {@code allCategoriesInfo.categories.id}: membership of one of the categories or of one of their subcategories
     * (any category whose stored path names it: at most the store's 1000 categories are read); All Products holds
     * every product.
     */
    private void category(Condition c) {
        List<String> ids = c.values().stream().map(String.class::cast).toList();
        boolean namesAll = ids.contains(CollectionId.ALL_PRODUCTS.value());
        switch (c.operator()) {
            case EQ, HAS_SOME -> {
                if (namesAll) {
                    where.append(TRUE);
                } else {
                    inCategoryTree(ids);
                }
            }
            case NE -> {
                if (namesAll) {
                    where.append(FALSE);
                } else {
                    where.append("NOT ");
                    inCategoryTree(ids);
                }
            }
            default ->
                throw new IllegalArgumentException("allCategoriesInfo.categories.id does not take "
                        + c.operator().token());
        }
    }

    private void inCategoryTree(List<String> categoryIds) {
        where.append("EXISTS (SELECT m FROM MembershipEntity m WHERE m.productId = p.id AND m.collectionId IN"
                + " (SELECT k.id FROM CollectionEntity k WHERE k.storeId = p.storeId AND (");
        for (int i = 0; i < categoryIds.size(); i++) {
            where.append(i == 0 ? "" : " OR ")
                    .append("k.path LIKE ")
                    .append(bind("%/" + escapeLike(categoryIds.get(i)) + "/%"))
                    .append(" ESCAPE '\\'");
        }
        where.append(")");
        if (visibleOnly) {
            where.append(" AND ").append(isTrue("k.visible"));
        }
        where.append("))");
    }

    /** Membership of one of the collections; of a visible one for callers that see visible collections only. */
    private void inCollection(List<String> collectionIds) {
        if (visibleOnly) {
            where.append("EXISTS (SELECT m FROM MembershipEntity m, CollectionEntity k WHERE m.productId = p.id"
                            + " AND m.collectionId IN ")
                    .append(bind(collectionIds))
                    .append(" AND k.id = m.collectionId AND ")
                    .append(isTrue("k.visible"))
                    .append(")");
        } else {
            where.append("EXISTS (SELECT m FROM MembershipEntity m WHERE m.productId = p.id AND m.collectionId IN ")
                    .append(bind(collectionIds))
                    .append(")");
        }
    }

    /**
     * A choice of the option among the values; a visible one for callers that see visible choices only (a choice
     * stored before its visibility was kept counts as visible).
     */
    private void hasChoice(String option, List<String> values) {
        String list = bind(values);
        where.append("EXISTS (SELECT c FROM ChoiceEntity c WHERE c.productId = p.id AND LOWER(c.optionName) = ")
                .append(option)
                .append(" AND (LOWER(c.value) IN ")
                .append(list)
                .append(" OR LOWER(c.description) IN ")
                .append(list)
                .append(")");
        if (visibleOnly) {
            where.append(" AND (c.visible IS NULL OR ")
                    .append(isTrue("c.visible"))
                    .append(")");
        }
        where.append(")");
    }

    /**
     * A boolean column is true, written without a boolean value (see the class comment): H2 and PostgreSQL both
     * read {@code CASE WHEN column THEN 1 ELSE 0 END}. NULL is not true.
     */
    static String isTrue(String path) {
        return asNumber(path) + " = 1";
    }

    /** A boolean column is false or NULL; see {@link #isTrue}. */
    private static String isFalse(String path) {
        return asNumber(path) + " = 0";
    }

    private static String asNumber(String path) {
        return "SQL('" + BOOLEAN_AS_NUMBER + "', " + path + ")";
    }

    private String bind(Object value) {
        String name = "p" + (parameters.size() + 1);
        parameters.put(name, value);
        return ":" + name;
    }

    /**
     * The sort keys, led by the store (equal for every row: it changes no order) and closed by numericId in the
     * direction of the last key, unless a key is already {@linkplain ProductField#uniqueInStore() unique in a store}
     * (the order {@link io.catalog.domain.product.query.Keyset#keys} pages by). Every product index starts with the
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
        if (sort.stream().noneMatch(o -> o.field().uniqueInStore())) {
            keys.add("p.numericId" + direction);
        }
        return keys.stream().collect(Collectors.joining(", "));
    }

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
            case CREATED_DATE -> "p.createdAt";
            case HANDLE -> "p.handle";
            case BRAND_NAME -> "p.brandName";
            case RIBBON_NAME -> "p.ribbonName";
            case VISIBLE, COLLECTION_ID, CATEGORY_ID, OPTION ->
                throw new IllegalArgumentException(field.apiName() + " is not a column");
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
