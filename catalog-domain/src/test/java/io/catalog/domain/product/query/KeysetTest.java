package io.catalog.domain.product.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keyset paging: the filter of the products after one, checked against an in-memory order of many ties. */
class KeysetTest {

    @Test
    void theTieBreakerFollowsTheLastKeyUnlessAKeyIsUnique() {
        assertThat(Keyset.keys(List.of())).containsExactly(new SortOrder(ProductField.NUMERIC_ID, true));
        assertThat(Keyset.keys(List.of(new SortOrder(ProductField.PRICE, false))))
                .containsExactly(
                        new SortOrder(ProductField.PRICE, false), new SortOrder(ProductField.NUMERIC_ID, false));
        assertThat(Keyset.keys(List.of(new SortOrder(ProductField.SLUG, true))))
                .containsExactly(new SortOrder(ProductField.SLUG, true));
    }

    @Test
    void theFieldsOfV3QueriesStayOutOfTheV1Table() {
        assertThat(ProductField.named("visible")).isEmpty();
        assertThat(ProductField.named("createdDate")).isEmpty();
        assertThat(ProductField.named("lastUpdated")).contains(ProductField.LAST_UPDATED);
        assertThatThrownBy(() -> ProductField.DESCRIPTION.requireSortable("query.sort[0].description"))
                .hasMessageContaining("lastUpdated")
                .hasMessageNotContaining("createdDate");
    }

    @Test
    void oneKeyIsOneComparison() {
        assertThat(Keyset.after(List.of(new SortOrder(ProductField.NUMERIC_ID, true)), List.of(7L)))
                .isEqualTo(new ProductFilter.Condition(ProductField.NUMERIC_ID, null, QueryOperator.GT, List.of(7L)));
    }

    @Test
    void valuesAreTheSummarysOwn() {
        Product product = ProductBuilder.aProduct().named("Mug").pricedAt("4.5").build();
        List<SortOrder> keys = Keyset.keys(List.of(
                new SortOrder(ProductField.NAME, true),
                new SortOrder(ProductField.PRICE, true),
                new SortOrder(ProductField.CREATED_DATE, false)));

        assertThat(Keyset.valuesOf(product.summary(), keys))
                .containsExactly("Mug", new BigDecimal("4.50"), ProductBuilder.T0, 1L);
        assertThatThrownBy(() -> Keyset.valuesOf(product.summary(), List.of(new SortOrder(ProductField.SKU, true))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Pages through rows with many equal prices and names, in every direction: each row once, in order. */
    @Test
    void pagingByKeysVisitsEveryRowOnceInOrder() {
        Random random = new Random(42);
        List<Map<ProductField, Object>> rows = new ArrayList<>();
        for (long n = 1; n <= 60; n++) {
            rows.add(Map.of(
                    ProductField.NUMERIC_ID,
                    n,
                    ProductField.PRICE,
                    BigDecimal.valueOf(random.nextInt(4)),
                    ProductField.NAME,
                    "n" + random.nextInt(3)));
        }
        for (boolean priceAscending : new boolean[] {true, false}) {
            for (boolean nameAscending : new boolean[] {true, false}) {
                List<SortOrder> keys = Keyset.keys(List.of(
                        new SortOrder(ProductField.PRICE, priceAscending),
                        new SortOrder(ProductField.NAME, nameAscending)));
                List<Map<ProductField, Object>> expected =
                        rows.stream().sorted(order(keys)).toList();
                List<Map<ProductField, Object>> visited = new ArrayList<>();
                ProductFilter filter = ProductFilter.ALL;
                while (true) {
                    ProductFilter current = filter;
                    List<Map<ProductField, Object>> page = rows.stream()
                            .filter(row -> matches(current, row))
                            .sorted(order(keys))
                            .limit(7)
                            .toList();
                    if (page.isEmpty()) {
                        break;
                    }
                    visited.addAll(page);
                    Map<ProductField, Object> last = page.get(page.size() - 1);
                    filter = Keyset.after(
                            keys, keys.stream().map(k -> last.get(k.field())).toList());
                }
                assertThat(visited).as(keys.toString()).containsExactlyElementsOf(expected);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Map<ProductField, Object>> order(List<SortOrder> keys) {
        Comparator<Map<ProductField, Object>> order = (a, b) -> 0;
        for (SortOrder key : keys) {
            Comparator<Map<ProductField, Object>> byKey =
                    Comparator.comparing(row -> (Comparable) row.get(key.field()));
            order = order.thenComparing(key.ascending() ? byKey : byKey.reversed());
        }
        return order;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean matches(ProductFilter filter, Map<ProductField, Object> row) {
        if (filter instanceof ProductFilter.All) {
            return true;
        }
        if (filter instanceof ProductFilter.And and) {
            return and.parts().stream().allMatch(part -> matches(part, row));
        }
        if (filter instanceof ProductFilter.Or or) {
            return or.parts().stream().anyMatch(part -> matches(part, row));
        }
        ProductFilter.Condition c = (ProductFilter.Condition) filter;
        int compared = ((Comparable) row.get(c.field())).compareTo(c.values().get(0));
        return switch (c.operator()) {
            case EQ -> compared == 0;
            case GT -> compared > 0;
            case LT -> compared < 0;
            default -> throw new IllegalArgumentException(c.operator().token());
        };
    }
}
