package io.catalog.domain.product.query;

import static io.catalog.domain.product.query.QueryOperator.CONTAINS;
import static io.catalog.domain.product.query.QueryOperator.EQ;
import static io.catalog.domain.product.query.QueryOperator.GT;
import static io.catalog.domain.product.query.QueryOperator.GTE;
import static io.catalog.domain.product.query.QueryOperator.HAS_ALL;
import static io.catalog.domain.product.query.QueryOperator.HAS_SOME;
import static io.catalog.domain.product.query.QueryOperator.LT;
import static io.catalog.domain.product.query.QueryOperator.LTE;
import static io.catalog.domain.product.query.QueryOperator.NE;
import static io.catalog.domain.product.query.QueryOperator.STARTS_WITH;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Instants;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The product fields a query may filter and sort on, with the operators each allows, exactly as the Wix Stores v1
 * "Query Products" table: text fields take {@code $eq $ne $hasSome $contains $startsWith}, identifiers and enums
 * {@code $eq $ne $hasSome}, numbers and times also the comparisons, and collection and option membership
 * {@code $eq $ne $hasSome $hasAll}. {@code options.<option name>} names a field per option.
 */
public enum ProductField {
    NAME("name", ValueType.TEXT, true, EQ, NE, HAS_SOME, CONTAINS, STARTS_WITH),
    DESCRIPTION("description", ValueType.TEXT, false, EQ, NE, HAS_SOME, CONTAINS, STARTS_WITH),
    SKU("sku", ValueType.TEXT, true, EQ, NE, HAS_SOME, CONTAINS, STARTS_WITH),
    ID("id", ValueType.ID, true, EQ, NE, HAS_SOME),
    PRICE("price", ValueType.DECIMAL, true, EQ, NE, HAS_SOME, LT, LTE, GT, GTE),
    NUMERIC_ID("numericId", ValueType.WHOLE_NUMBER, true, EQ, NE, HAS_SOME, LT, LTE, GT, GTE),
    PRODUCT_TYPE("productType", ValueType.PRODUCT_TYPE, true, EQ, NE, HAS_SOME),
    SLUG("slug", ValueType.TEXT, true, EQ, NE, HAS_SOME, CONTAINS, STARTS_WITH),
    COLLECTION_ID("collections.id", ValueType.TEXT, false, EQ, NE, HAS_SOME, HAS_ALL),
    OPTION("options.", ValueType.TEXT, false, EQ, NE, HAS_SOME, HAS_ALL),
    LAST_UPDATED("lastUpdated", ValueType.INSTANT, true, EQ, NE, HAS_SOME, LT, LTE, GT, GTE),
    /** Whether the product is visible; Catalog V3's {@code visible}. Not in the v1 table (see {@link #inV1Table()}). */
    VISIBLE("visible", ValueType.BOOLEAN, false, EQ, NE),
    /** When the product was created; Catalog V3's {@code createdDate}. Not in the v1 table. */
    CREATED_DATE("createdDate", ValueType.INSTANT, true, EQ, NE, HAS_SOME, LT, LTE, GT, GTE),
    /** Catalog V3's handle. Not in the v1 table. */
    HANDLE("handle", ValueType.TEXT, false, EQ, NE, HAS_SOME, STARTS_WITH),
    /** The brand's name (Catalog V3); a product without a brand matches only {@code $ne}. Not in the v1 table. */
    BRAND_NAME("brand.name", ValueType.TEXT, false, EQ, NE, HAS_SOME, CONTAINS, STARTS_WITH),
    /** The main ribbon's name (Catalog V3), as {@link #BRAND_NAME}. Not in the v1 table. */
    RIBBON_NAME("ribbon.name", ValueType.TEXT, false, EQ, NE, HAS_SOME, CONTAINS, STARTS_WITH),
    /**
     * A category holding the product directly or through one of its subcategories (Catalog V3's
     * {@code allCategoriesInfo.categories.id}). Not in the v1 table.
     */
    CATEGORY_ID("allCategoriesInfo.categories.id", ValueType.TEXT, false, EQ, NE, HAS_SOME);

    /**
     * Whether the field is one of the Wix Stores v1 "Query Products" table, which {@link #named} finds and v1
     * queries take. {@link #VISIBLE} and {@link #CREATED_DATE} serve Catalog V3 queries only, which name their
     * fields themselves.
     */
    public boolean inV1Table() {
        return this != VISIBLE
                && this != CREATED_DATE
                && this != HANDLE
                && this != BRAND_NAME
                && this != RIBBON_NAME
                && this != CATEGORY_ID;
    }

    /** Whether a product may have no value of the field (no brand, no ribbon): it then matches only {@code $ne}. */
    public boolean optional() {
        return this == BRAND_NAME || this == RIBBON_NAME;
    }

    /**
     * Whether no two products of a store share a value of the field: a sort by it has no ties, and needs no
     * tie-breaker.
     */
    public boolean uniqueInStore() {
        return this == NUMERIC_ID || this == ID || this == SLUG;
    }

    /**
     * Whether {@code $contains} and {@code $startsWith} on this text field compare case as {@code $eq} does. A SKU is
     * a code: every operator compares it exactly, so they all agree on the same data ({@code $eq "SH-1"} and
     * {@code $startsWith "SH-1"} find the same product; {@code $startsWith "sh-1"} does not). Other text fields are
     * searched ignoring case.
     */
    public boolean searchedExactly() {
        return this == SKU || this == HANDLE;
    }

    /** The kinds of value a field compares with. */
    public enum ValueType {
        TEXT,
        ID,
        DECIMAL,
        WHOLE_NUMBER,
        PRODUCT_TYPE,
        INSTANT,
        BOOLEAN
    }

    private final String apiName;
    private final ValueType valueType;
    private final boolean sortable;
    private final Set<QueryOperator> operators;

    ProductField(String apiName, ValueType valueType, boolean sortable, QueryOperator... operators) {
        this.apiName = apiName;
        this.valueType = valueType;
        this.sortable = sortable;
        this.operators = EnumSet.copyOf(Arrays.asList(operators));
    }

    public String apiName() {
        return apiName;
    }

    public ValueType valueType() {
        return valueType;
    }

    public boolean sortable() {
        return sortable;
    }

    public Set<QueryOperator> operators() {
        return Set.copyOf(operators);
    }

    /**
     * The field of the v1 table a filter key names ({@code options.Color} names {@link #OPTION}); empty when there is
     * none.
     */
    public static Optional<ProductField> named(String key) {
        if (key.startsWith(OPTION.apiName) && key.length() > OPTION.apiName.length()) {
            return Optional.of(OPTION);
        }
        return Arrays.stream(values())
                .filter(f -> f != OPTION && f.inV1Table() && f.apiName.equals(key))
                .findFirst();
    }

    /** Refuses an operator the field does not allow, naming the allowed ones. */
    public void requireAllows(QueryOperator operator, String path) {
        if (!operators.contains(operator)) {
            throw new ValidationException(
                    path,
                    ErrorCodes.NOT_ALLOWED,
                    "does not allow " + operator.token() + "; allowed: "
                            + operators.stream().map(QueryOperator::token).collect(Collectors.joining(", ")));
        }
    }

    /** Refuses sorting on a field the API does not sort on. */
    public void requireSortable(String path) {
        if (!sortable) {
            throw new ValidationException(
                    path,
                    ErrorCodes.NOT_ALLOWED,
                    "cannot be sorted on; sortable fields: "
                            + Arrays.stream(values())
                                    .filter(ProductField::sortable)
                                    .filter(ProductField::inV1Table)
                                    .map(ProductField::apiName)
                                    .collect(Collectors.joining(", ")));
        }
    }

    /**
     * Converts a value as JSON gave it (a {@code String}, a {@code BigDecimal} or a {@code Boolean}) to the type
     * this field compares with: {@code String}, {@code ProductId}, {@code BigDecimal}, {@code Long},
     * {@code ProductType}, {@code Instant} or {@code Boolean}.
     */
    public Object convert(Object value, String path) {
        return switch (valueType) {
            case TEXT -> text(value, path);
            case ID -> productId(text(value, path), path);
            case DECIMAL -> decimal(value, path);
            case WHOLE_NUMBER -> wholeNumber(value, path);
            case PRODUCT_TYPE -> productType(text(value, path), path);
            case INSTANT -> instant(text(value, path), path);
            case BOOLEAN -> bool(value, path);
        };
    }

    private static String text(Object value, String path) {
        if (value instanceof String s) {
            return s;
        }
        throw new ValidationException(path, ErrorCodes.INVALID_FORMAT, "must be a string");
    }

    private static Boolean bool(Object value, String path) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new ValidationException(path, ErrorCodes.INVALID_FORMAT, "must be true or false");
    }

    private static BigDecimal decimal(Object value, String path) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        throw new ValidationException(path, ErrorCodes.INVALID_FORMAT, "must be a number");
    }

    private static Long wholeNumber(Object value, String path) {
        try {
            if (value instanceof BigDecimal d) {
                return d.longValueExact();
            }
            if (value instanceof String s) {
                return Long.parseLong(s);
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // reported below
        }
        throw new ValidationException(path, ErrorCodes.INVALID_FORMAT, "must be a whole number");
    }

    private static ProductId productId(String value, String path) {
        try {
            return ProductId.parse(value);
        } catch (ValidationException e) {
            throw e.relocatedTo(path);
        }
    }

    private static ProductType productType(String value, String path) {
        try {
            return ProductType.fromApiName(value);
        } catch (ValidationException e) {
            throw e.relocatedTo(path);
        }
    }

    private static Instant instant(String value, String path) {
        return Instants.parse(value, path);
    }
}
