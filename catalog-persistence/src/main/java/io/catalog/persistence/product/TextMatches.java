package io.catalog.persistence.product;

import io.catalog.domain.product.query.SearchField;
import java.util.Set;

/**
 * The JPQL of a word of a free-text search: found, as a substring ignoring case, in one of the searched fields, each
 * compared with the one bound, escaped pattern. The description is searched in its text without markup (column
 * {@code description_text}, {@code Description.searchText()}, written with every product row and filled by migration
 * V26 for older rows); variants' SKUs through an uncorrelated subquery,
 * which the database answers once per statement (on PostgreSQL from the trigram index), not once per product. This is
 * the one place a searched field names its columns.
 */
final class TextMatches {

    private TextMatches() {}

    /** {@code (field1 LIKE pattern OR field2 LIKE pattern ...)} over {@code fields}, in their declared order. */
    static String condition(Set<SearchField> fields, String pattern, boolean visibleOnly) {
        StringBuilder where = new StringBuilder("(");
        boolean first = true;
        for (SearchField field : SearchField.values()) {
            if (fields.contains(field)) {
                where.append(first ? "" : " OR ").append(searched(field, pattern, visibleOnly));
                first = false;
            }
        }
        return where.append(")").toString();
    }

    private static String searched(SearchField field, String pattern, boolean visibleOnly) {
        String like = " LIKE " + pattern + " ESCAPE '\\'";
        return switch (field) {
            case NAME -> "LOWER(p.name)" + like;
            case DESCRIPTION -> "p.descriptionText" + like;
            case SKU ->
                "(LOWER(p.sku)" + like + " OR p.id IN (SELECT v.productId FROM VariantEntity v WHERE LOWER(v.sku)"
                        + like + (visibleOnly ? " AND " + ProductQueryTranslator.isTrue("v.visible") : "") + "))";
            case BRAND -> "LOWER(p.brandName)" + like;
        };
    }
}
