package io.catalog.domain.product.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductQueryModelTest {

    @Test
    void fieldsAllowExactlyTheOperatorsOfTheSeedsTable() {
        assertThat(ProductField.NAME.operators())
                .extracting(QueryOperator::token)
                .containsExactlyInAnyOrder("$eq", "$ne", "$hasSome", "$contains", "$startsWith");
        assertThat(ProductField.ID.operators())
                .extracting(QueryOperator::token)
                .containsExactlyInAnyOrder("$eq", "$ne", "$hasSome");
        assertThat(ProductField.PRICE.operators())
                .extracting(QueryOperator::token)
                .containsExactlyInAnyOrder("$eq", "$ne", "$hasSome", "$lt", "$lte", "$gt", "$gte");
        assertThat(ProductField.OPTION.operators())
                .extracting(QueryOperator::token)
                .containsExactlyInAnyOrder("$eq", "$ne", "$hasSome", "$hasAll");
        assertThatThrownBy(() -> ProductField.DESCRIPTION.requireAllows(QueryOperator.GT, "query.filter.description"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("query.filter.description does not allow $gt");
    }

    @Test
    void textConditionsMatchTextByTheQueryRules() {
        assertThat(text(ProductField.SKU, QueryOperator.EQ, "SH-1").matchesText("SH-1"))
                .isTrue();
        assertThat(text(ProductField.SKU, QueryOperator.EQ, "sh-1").matchesText("SH-1"))
                .isFalse();
        assertThat(text(ProductField.SKU, QueryOperator.CONTAINS, "h-1").matchesText("SH-1"))
                .as("a SKU is searched exactly")
                .isFalse();
        assertThat(text(ProductField.SKU, QueryOperator.STARTS_WITH, "SH").matchesText("SH-1"))
                .isTrue();
        assertThat(text(ProductField.NAME, QueryOperator.CONTAINS, "h-1").matchesText("SH-1"))
                .as("other text fields ignore case")
                .isTrue();
        assertThat(text(ProductField.NAME, QueryOperator.STARTS_WITH, "sh").matchesText("SH-1"))
                .isTrue();
        assertThat(text(ProductField.SKU, QueryOperator.NE, "SH-1").matchesText(""))
                .isTrue();
        assertThat(text(ProductField.SKU, QueryOperator.HAS_SOME, "A", "").matchesText(""))
                .isTrue();
        assertThat(text(ProductField.SKU, QueryOperator.CONTAINS, "A").matchesText(""))
                .isFalse();
    }

    @Test
    void onlyTheSeedsSortableFieldsSort() {
        assertThat(ProductField.NAME.sortable()).isTrue();
        assertThat(ProductField.LAST_UPDATED.sortable()).isTrue();
        assertThat(ProductField.DESCRIPTION.sortable()).isFalse();
        assertThat(ProductField.COLLECTION_ID.sortable()).isFalse();
        assertThatThrownBy(() -> SortOrder.of(ProductField.OPTION, true, "query.sort[0]"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fieldNamesIncludeOptionsByName() {
        assertThat(ProductField.named("options.Color")).contains(ProductField.OPTION);
        assertThat(ProductField.named("collections.id")).contains(ProductField.COLLECTION_ID);
        assertThat(ProductField.named("options.")).isEmpty();
        assertThat(ProductField.named("colour")).isEmpty();
    }

    @Test
    void valuesAreConvertedToTheFieldsType() {
        ProductId id = ProductId.random();

        assertThat(ProductField.ID.convert(id.toString(), "f")).isEqualTo(id);
        assertThat(ProductField.NUMERIC_ID.convert("42", "f")).isEqualTo(42L);
        assertThat(ProductField.NUMERIC_ID.convert(new BigDecimal("42"), "f")).isEqualTo(42L);
        assertThat(ProductField.PRODUCT_TYPE.convert("digital", "f")).isEqualTo(ProductType.DIGITAL);
        assertThat(ProductField.LAST_UPDATED.convert("2026-11-22T10:15:30Z", "f"))
                .isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
        assertThatThrownBy(() -> ProductField.PRICE.convert("ten", "query.filter.price.$gt"))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("query.filter.price.$gt must be a number");
        assertThatThrownBy(() -> ProductField.NUMERIC_ID.convert(new BigDecimal("1.5"), "f"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ProductField.ID.convert("nope", "query.filter.id.$eq"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("query.filter.id.$eq");
    }

    @Test
    void listOperatorsTakeOneToAThousandValues() {
        assertThat(ProductFilter.Condition.of(ProductField.NAME, null, QueryOperator.HAS_SOME, List.of("a", "b"), "f")
                        .values())
                .containsExactly("a", "b");
        assertThatThrownBy(() ->
                        ProductFilter.Condition.of(ProductField.NAME, null, QueryOperator.HAS_SOME, List.of(), "f"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void pagingStopsAtTenThousandAndPointsToCrawling() {
        assertThat(Paging.of(null, null)).isEqualTo(new Paging(100, 0));
        assertThatThrownBy(() -> Paging.of(101, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Paging.of(0, 0)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Paging.of(10, 10_001))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("numericId")
                .extracting("code")
                .isEqualTo("OFFSET_TOO_LARGE");
        assertThat(Paging.of(100, 10_000).offset()).isEqualTo(10_000);
    }

    private static ProductFilter.Condition text(ProductField field, QueryOperator operator, String... values) {
        return new ProductFilter.Condition(field, null, operator, List.<Object>of((Object[]) values));
    }
}
