package io.catalog.domain.product.search;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One facet of a search, over every product the search matches: counts per value ({@link AggregationKind#VALUE}: the
 * {@code limit} values of most products, or in value order), counts per range ({@link AggregationKind#RANGE}) or the
 * lowest or highest value ({@link AggregationKind#SCALAR}). Errors name the domain's parts ({@code value.limit},
 * {@code range.buckets[j]}); a dialect places them in its request.
 */
public record Aggregation(
        String name, AggregationField field, AggregationKind kind, Values values, List<Bucket> buckets, Scalar scalar) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_BUCKETS = 20;

    public Aggregation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
        if (!field.allows(kind)) {
            throw new ValidationException(
                    "type", ErrorCodes.NOT_ALLOWED, "is not allowed on this field; allowed: " + field.kinds());
        }
        switch (kind) {
            case VALUE -> Objects.requireNonNull(values, "values");
            case RANGE -> {
                if (buckets.isEmpty() || buckets.size() > MAX_BUCKETS) {
                    throw new ValidationException(
                            "range.buckets",
                            ErrorCodes.OUT_OF_RANGE,
                            "must list 1 to " + MAX_BUCKETS + " buckets (was " + buckets.size() + ")");
                }
            }
            case SCALAR -> Objects.requireNonNull(scalar, "scalar");
        }
    }

    /** Counts per value: at most {@code limit}, ordered by count (then value) or by value. */
    public record Values(int limit, boolean byCount, boolean ascending) {
        public Values {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new ValidationException(
                        "value.limit",
                        ErrorCodes.OUT_OF_RANGE,
                        "must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
            }
        }

        /** The defaults: the {@value #DEFAULT_LIMIT} values of most products first. */
        public static Values defaults() {
            return new Values(DEFAULT_LIMIT, true, false);
        }
    }

    /** A range {@code from <= value < to}; either bound may be open (null), not both. */
    public record Bucket(BigDecimal from, BigDecimal to) {
        public Bucket {
            if (from == null && to == null) {
                throw new ValidationException("range.buckets", ErrorCodes.REQUIRED, "a bucket needs from or to");
            }
            if (from != null && to != null && from.compareTo(to) >= 0) {
                throw new ValidationException(
                        "range.buckets", ErrorCodes.NOT_ALLOWED, "a bucket's from must be less than its to");
            }
        }
    }

    /** The lowest or the highest value. */
    public enum Scalar {
        MIN,
        MAX
    }
}
