package io.catalog.persistence.product;

import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.search.Aggregation;
import io.catalog.domain.product.search.AggregationField;
import io.catalog.domain.product.search.AggregationResult;
import io.catalog.domain.product.search.ProductSearches;
import io.catalog.domain.store.StoreId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facets of a search, each one grouped statement over the products the search's filter matches (the WHERE clause
 * of {@link ProductQueryTranslator}, so a facet sees exactly the products the pages list): choices grouped by option
 * and choice name, with how many products have each; products grouped by a flag; the lowest or highest price; the
 * products per price bucket, all buckets in one pass. Nothing is read per product.
 */
@ApplicationScoped
public class ProductSearchQueries implements ProductSearches {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Override
    public List<AggregationResult> aggregate(
            StoreId store, ProductFilter filter, boolean visibleOnly, List<Aggregation> aggregations) {
        ProductQueryTranslator.Jpql jpql = ProductQueryTranslator.translate(
                store.value(), new ProductQuery(filter, List.of(), Paging.FIRST_PAGE, visibleOnly, false));
        List<AggregationResult> results = new ArrayList<>(aggregations.size());
        for (Aggregation aggregation : aggregations) {
            results.add(
                    switch (aggregation.kind()) {
                        case VALUE -> values(jpql, aggregation, visibleOnly);
                        case RANGE -> ranges(jpql, aggregation);
                        case SCALAR -> scalar(jpql, aggregation);
                    });
        }
        return results;
    }

    /** The column of a product-level facet: the one place a facet field names its column. */
    private static String column(Aggregation aggregation) {
        return switch (aggregation.field()) {
            case IN_STOCK -> "p.inStock";
            case VISIBLE -> "p.visible";
            case PRICE -> "p.price";
            case BRAND -> "p.brandName";
            case RIBBON -> "p.ribbonName";
            case CHOICE_NAME -> throw new IllegalArgumentException("choices are counted by choiceCounts");
        };
    }

    private AggregationResult values(ProductQueryTranslator.Jpql jpql, Aggregation aggregation, boolean visibleOnly) {
        List<AggregationResult.ValueCount> counts = aggregation.field() == AggregationField.CHOICE_NAME
                ? choiceCounts(jpql, aggregation, visibleOnly)
                : columnCounts(jpql, column(aggregation));
        List<AggregationResult.ValueCount> sorted = new ArrayList<>(counts);
        sorted.sort(order(aggregation.values()));
        return new AggregationResult.Values(
                aggregation,
                sorted.subList(0, Math.min(sorted.size(), aggregation.values().limit())));
    }

    /**
     * Products per value of a column with few values (a flag, a brand, a ribbon): every group, sorted and cut in Java;
     * products without a value (no brand) are not counted.
     */
    private List<AggregationResult.ValueCount> columnCounts(ProductQueryTranslator.Jpql jpql, String column) {
        Query query = em.createQuery("SELECT " + column + ", COUNT(p.numericId) FROM ProductEntity p WHERE "
                + jpql.where() + " GROUP BY " + column);
        jpql.parameters().forEach(query::setParameter);
        List<AggregationResult.ValueCount> counts = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            if (cells[0] == null) {
                continue;
            }
            counts.add(
                    new AggregationResult.ValueCount(String.valueOf(cells[0]), null, ((Number) cells[1]).longValue()));
        }
        return counts;
    }

    /**
     * Products per option and choice name. A choice's name is its value, or for a colour option its description (as
     * V3 names choices), so text and colour options are counted by one statement each, each cut at the facet's limit
     * in its order, and merged (an option name used for both kinds, by different products, adds up).
     */
    private List<AggregationResult.ValueCount> choiceCounts(
            ProductQueryTranslator.Jpql jpql, Aggregation aggregation, boolean visibleOnly) {
        Map<List<String>, Long> merged = new LinkedHashMap<>();
        for (boolean colour : new boolean[] {false, true}) {
            String name = colour ? "c.description" : "c.value";
            Aggregation.Values values = aggregation.values();
            String direction = values.ascending() ? " ASC" : " DESC";
            String orderBy = values.byCount()
                    ? "n" + direction + ", c.optionName ASC, " + name + " ASC"
                    : name + direction + ", c.optionName ASC";
            StringBuilder statement = new StringBuilder("SELECT c.optionName, ")
                    .append(name)
                    .append(", COUNT(DISTINCT c.productId) AS n FROM ChoiceEntity c, ProductEntity p")
                    .append(" WHERE c.productId = p.id AND c.optionType ")
                    .append(colour ? "=" : "<>")
                    .append(" :choiceType AND ");
            if (visibleOnly) {
                statement
                        .append("(c.visible IS NULL OR SQL('")
                        .append(ProductQueryTranslator.BOOLEAN_AS_NUMBER)
                        .append("', c.visible) = 1) AND ");
            }
            statement
                    .append(jpql.where())
                    .append(" GROUP BY c.optionName, ")
                    .append(name)
                    .append(" ORDER BY ")
                    .append(orderBy);
            Query query = em.createQuery(statement.toString()).setMaxResults(values.limit());
            jpql.parameters().forEach(query::setParameter);
            query.setParameter("choiceType", OptionType.COLOR.name());
            for (Object row : query.getResultList()) {
                Object[] cells = (Object[]) row;
                merged.merge(List.of((String) cells[0], (String) cells[1]), ((Number) cells[2]).longValue(), Long::sum);
            }
        }
        List<AggregationResult.ValueCount> counts = new ArrayList<>(merged.size());
        merged.forEach((key, count) -> counts.add(new AggregationResult.ValueCount(key.get(1), key.get(0), count)));
        return counts;
    }

    private static Comparator<AggregationResult.ValueCount> order(Aggregation.Values values) {
        Comparator<AggregationResult.ValueCount> byValue = Comparator.comparing(AggregationResult.ValueCount::value);
        Comparator<AggregationResult.ValueCount> byGroup = Comparator.comparing(
                AggregationResult.ValueCount::group, Comparator.nullsFirst(Comparator.naturalOrder()));
        if (values.byCount()) {
            Comparator<AggregationResult.ValueCount> byCount =
                    Comparator.comparingLong(AggregationResult.ValueCount::count);
            return (values.ascending() ? byCount : byCount.reversed())
                    .thenComparing(byGroup)
                    .thenComparing(byValue);
        }
        return (values.ascending() ? byValue : byValue.reversed()).thenComparing(byGroup);
    }

    /** Products per bucket, every bucket counted in one pass. */
    private AggregationResult ranges(ProductQueryTranslator.Jpql jpql, Aggregation aggregation) {
        String column = column(aggregation);
        StringBuilder select = new StringBuilder("SELECT COUNT(p.numericId)");
        Map<String, Object> bounds = new LinkedHashMap<>();
        List<Aggregation.Bucket> buckets = aggregation.buckets();
        for (int i = 0; i < buckets.size(); i++) {
            Aggregation.Bucket bucket = buckets.get(i);
            List<String> tests = new ArrayList<>();
            if (bucket.from() != null) {
                bounds.put("from" + i, bucket.from());
                tests.add(column + " >= :from" + i);
            }
            if (bucket.to() != null) {
                bounds.put("to" + i, bucket.to());
                tests.add(column + " < :to" + i);
            }
            select.append(", SUM(CASE WHEN ")
                    .append(String.join(" AND ", tests))
                    .append(" THEN 1 ELSE 0 END)");
        }
        Query query = em.createQuery(select + " FROM ProductEntity p WHERE " + jpql.where());
        jpql.parameters().forEach(query::setParameter);
        bounds.forEach(query::setParameter);
        Object[] cells = (Object[]) query.getSingleResult();
        List<AggregationResult.RangeCount> counts = new ArrayList<>(buckets.size());
        for (int i = 0; i < buckets.size(); i++) {
            Object cell = cells[i + 1];
            counts.add(
                    new AggregationResult.RangeCount(buckets.get(i), cell == null ? 0 : ((Number) cell).longValue()));
        }
        return new AggregationResult.Ranges(aggregation, counts);
    }

    private AggregationResult scalar(ProductQueryTranslator.Jpql jpql, Aggregation aggregation) {
        String function = aggregation.scalar() == Aggregation.Scalar.MIN ? "MIN" : "MAX";
        Query query = em.createQuery(
                "SELECT " + function + "(" + column(aggregation) + ") FROM ProductEntity p WHERE " + jpql.where());
        jpql.parameters().forEach(query::setParameter);
        Object value = query.getSingleResult();
        return new AggregationResult.Scalar(
                aggregation,
                Optional.ofNullable(value)
                        .map(v -> v instanceof BigDecimal d ? d : new BigDecimal(v.toString()))
                        .map(BigDecimal::stripTrailingZeros)
                        .map(d -> d.scale() < 0 ? d.setScale(0) : d));
    }
}
