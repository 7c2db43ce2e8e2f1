package io.catalog.web.v3;

import io.catalog.domain.product.search.Aggregation;
import io.catalog.domain.product.search.AggregationResult;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The {@code aggregationData} of a V3 search answer, in Wix's aggregation shapes. */
final class V3Aggregations {

    private V3Aggregations() {}

    /** {@code {"results": [...]}}, one per aggregation asked, in the order asked. */
    @Schema(name = "V3AggregationData")
    public record AggregationData(List<Result> results) {}

    /** One aggregation's answer: {@code values}, {@code ranges} or {@code scalar}, by its type. */
    @Schema(name = "V3AggregationResult")
    @JsonbPropertyOrder({"name", "type", "fieldPath", "values", "ranges", "scalar"})
    public record Result(
            @Schema(description = "The aggregation's name (its fieldPath when none was given)")
            String name,

            @Schema(enumeration = {"VALUE", "RANGE", "SCALAR"})
            String type,

            String fieldPath,
            ValueResults values,
            RangeResults ranges,
            ScalarResult scalar) {}

    @Schema(name = "V3ValueAggregationResults")
    public record ValueResults(List<ValueResult> results) {}

    /** A value and how many matching products have it. */
    @Schema(name = "V3ValueAggregationResult")
    @JsonbPropertyOrder({"value", "count", "optionName"})
    public record ValueResult(
            String value,
            long count,

            @Schema(description = "For options.choicesSettings.choices.name: the option the choice belongs to")
            String optionName) {}

    @Schema(name = "V3RangeAggregationResults")
    public record RangeResults(List<RangeResult> results) {}

    /** A bucket ({@code from <= amount < to}) and how many matching products fall in it. */
    @Schema(name = "V3RangeAggregationResult")
    @JsonbPropertyOrder({"from", "to", "count"})
    public record RangeResult(BigDecimal from, BigDecimal to, long count) {}

    /** The lowest or highest value; no value when nothing matches. */
    @Schema(name = "V3ScalarAggregationResult")
    @JsonbPropertyOrder({"type", "value"})
    public record ScalarResult(
            @Schema(enumeration = {"MIN", "MAX"}) String type, BigDecimal value) {}

    static AggregationData of(List<AggregationResult> results) {
        return new AggregationData(results.stream().map(V3Aggregations::result).toList());
    }

    private static Result result(AggregationResult result) {
        Aggregation a = result.aggregation();
        String fieldPath = V3SearchRequests.fieldPath(a.field());
        if (result instanceof AggregationResult.Values v) {
            return new Result(
                    a.name(),
                    "VALUE",
                    fieldPath,
                    new ValueResults(v.counts().stream()
                            .map(c -> new ValueResult(c.value(), c.count(), c.group()))
                            .toList()),
                    null,
                    null);
        }
        if (result instanceof AggregationResult.Ranges r) {
            return new Result(
                    a.name(),
                    "RANGE",
                    fieldPath,
                    null,
                    new RangeResults(r.counts().stream()
                            .map(c -> new RangeResult(
                                    c.bucket().from(), c.bucket().to(), c.count()))
                            .toList()),
                    null);
        }
        AggregationResult.Scalar s = (AggregationResult.Scalar) result;
        return new Result(
                a.name(),
                "SCALAR",
                fieldPath,
                null,
                null,
                new ScalarResult(a.scalar().name(), s.value().orElse(null)));
    }
}
