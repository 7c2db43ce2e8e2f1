package io.catalog.domain.product.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The answer of one {@link Aggregation}. */
public sealed interface AggregationResult {

    Aggregation aggregation();

    /**
     * Counts per value. {@code group} is what the value belongs to where values are per group (a choice's option
     * name), else null.
     */
    record Values(Aggregation aggregation, List<ValueCount> counts) implements AggregationResult {
        public Values {
            Objects.requireNonNull(aggregation, "aggregation");
            counts = List.copyOf(counts);
        }
    }

    record ValueCount(String value, String group, long count) {
        public ValueCount {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Counts per bucket, in the order asked. */
    record Ranges(Aggregation aggregation, List<RangeCount> counts) implements AggregationResult {
        public Ranges {
            Objects.requireNonNull(aggregation, "aggregation");
            counts = List.copyOf(counts);
        }
    }

    record RangeCount(Aggregation.Bucket bucket, long count) {}

    /** The lowest or highest value; empty when nothing matches. */
    record Scalar(Aggregation aggregation, Optional<BigDecimal> value) implements AggregationResult {
        public Scalar {
            Objects.requireNonNull(aggregation, "aggregation");
            Objects.requireNonNull(value, "value");
        }
    }
}
