package io.catalog.persistence.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.query.Keyset;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductField;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.product.query.SearchField;
import io.catalog.domain.product.query.SortOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JPQL of the fields Catalog V3 queries add (visible, createdDate) and of keyset paging. */
class ProductQueryTranslatorTest {

    private static ProductQueryTranslator.Jpql translate(ProductFilter filter, List<SortOrder> sort) {
        return ProductQueryTranslator.translate("s", new ProductQuery(filter, sort, Paging.FIRST_PAGE, false, false));
    }

    @Test
    void visibleIsComparedWithoutABooleanValue() {
        ProductQueryTranslator.Jpql hidden = translate(
                new ProductFilter.Condition(ProductField.VISIBLE, null, QueryOperator.EQ, List.of(false)), List.of());
        ProductQueryTranslator.Jpql notHidden = translate(
                new ProductFilter.Condition(ProductField.VISIBLE, null, QueryOperator.NE, List.of(false)), List.of());

        assertThat(hidden.where()).endsWith("SQL('CASE WHEN ? THEN 1 ELSE 0 END', p.visible) = 0");
        assertThat(notHidden.where()).endsWith("SQL('CASE WHEN ? THEN 1 ELSE 0 END', p.visible) = 1");
        assertThat(hidden.parameters()).containsOnlyKeys("p1");
    }

    @Test
    void aProductWithoutBrandMatchesOnlyNotEqualAndHandlesCompareExactly() {
        ProductQueryTranslator.Jpql notAcme = translate(
                new ProductFilter.Condition(ProductField.BRAND_NAME, null, QueryOperator.NE, List.of("Acme")),
                List.of());
        ProductQueryTranslator.Jpql sale = translate(
                new ProductFilter.Condition(ProductField.RIBBON_NAME, null, QueryOperator.STARTS_WITH, List.of("Sa")),
                List.of());
        ProductQueryTranslator.Jpql handle = translate(
                new ProductFilter.Condition(ProductField.HANDLE, null, QueryOperator.STARTS_WITH, List.of("MUG_")),
                List.of());

        assertThat(notAcme.where()).endsWith("(p.brandName IS NULL OR p.brandName <> :p2)");
        assertThat(sale.where()).endsWith("LOWER(p.ribbonName) LIKE :p2 ESCAPE '\\'");
        assertThat(sale.parameters()).containsEntry("p2", "sa%");
        assertThat(handle.where()).endsWith("p.handle LIKE :p2 ESCAPE '\\'");
        assertThat(handle.parameters()).containsEntry("p2", "MUG\\_%");
    }

    @Test
    void createdDateIsAColumnToFilterAndSortOn() {
        Instant t = Instant.parse("2026-11-22T10:15:30.123Z");
        ProductQueryTranslator.Jpql jpql = translate(
                new ProductFilter.Condition(ProductField.CREATED_DATE, null, QueryOperator.GTE, List.of(t)),
                List.of(new SortOrder(ProductField.CREATED_DATE, false)));

        assertThat(jpql.where()).endsWith("p.createdAt >= :p2");
        assertThat(jpql.parameters()).containsEntry("p2", t.atOffset(ZoneOffset.UTC));
        assertThat(jpql.orderBy()).isEqualTo("p.storeId DESC, p.createdAt DESC, p.numericId DESC");
    }

    @Test
    void theKeysetFollowsTheOrderBy() {
        List<SortOrder> keys = Keyset.keys(List.of(new SortOrder(ProductField.NAME, true)));
        ProductQueryTranslator.Jpql jpql = translate(Keyset.after(keys, List.of("Mug", 7L)), List.of(keys.get(0)));

        assertThat(jpql.where()).endsWith("(p.name > :p2 OR (p.name = :p3 AND p.numericId > :p4))");
        assertThat(jpql.orderBy()).isEqualTo("p.storeId ASC, p.name ASC, p.numericId ASC");
        assertThat(jpql.parameters()).containsEntry("p4", 7L).containsEntry("p2", "Mug");
    }

    @Test
    void aPricePagesByItsAmount() {
        List<SortOrder> keys = Keyset.keys(List.of(new SortOrder(ProductField.PRICE, false)));
        ProductQueryTranslator.Jpql jpql =
                translate(Keyset.after(keys, List.of(new BigDecimal("9.50"), 3L)), List.of(keys.get(0)));

        assertThat(jpql.where()).endsWith("(p.price < :p2 OR (p.price = :p3 AND p.numericId < :p4))");
    }

    @Test
    void aSearchedWordIsOneEscapedPatternOverEverySearchedColumn() {
        ProductQueryTranslator.Jpql jpql =
                translate(new ProductFilter.TextMatch("50%_Off\\", EnumSet.allOf(SearchField.class)), List.of());

        assertThat(jpql.where())
                .endsWith("(LOWER(p.name) LIKE :p2 ESCAPE '\\' OR p.descriptionText LIKE :p2 ESCAPE '\\'"
                        + " OR (LOWER(p.sku) LIKE :p2 ESCAPE '\\' OR p.id IN (SELECT v.productId FROM VariantEntity v"
                        + " WHERE LOWER(v.sku) LIKE :p2 ESCAPE '\\')) OR LOWER(p.brandName) LIKE :p2 ESCAPE '\\')");
        assertThat(jpql.parameters()).containsEntry("p2", "%50\\%\\_off\\\\%");
    }

    @Test
    void readersOfVisibleProductsSearchVisibleVariantsOnly() {
        ProductQueryTranslator.Jpql jpql = ProductQueryTranslator.translate(
                "s",
                new ProductQuery(
                        new ProductFilter.TextMatch("x", Set.of(SearchField.SKU)),
                        List.of(),
                        Paging.FIRST_PAGE,
                        true,
                        false));

        assertThat(jpql.where())
                .endsWith(
                        "LOWER(v.sku) LIKE :p2 ESCAPE '\\' AND SQL('CASE WHEN ? THEN 1 ELSE 0 END', v.visible) = 1)))");
    }
}
