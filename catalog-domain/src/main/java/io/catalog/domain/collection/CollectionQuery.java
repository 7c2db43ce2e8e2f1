package io.catalog.domain.collection;

import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.QueryOperator;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * A query for a store's collections: conditions on {@code name} ({@code $eq $ne $hasSome $contains $startsWith})
 * and {@code id} ({@code $eq $ne $hasSome}), all of which must match, a sort on name or id (ties by id), a page.
 */
public record CollectionQuery(
        List<Condition> conditions, Field sortField, boolean ascending, Paging paging, boolean visibleOnly) {

    /** The fields collections are filtered and sorted on. */
    public enum Field {
        NAME,
        ID
    }

    public CollectionQuery {
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(sortField, "sortField");
        Objects.requireNonNull(paging, "paging");
    }

    /** {@code field operator values}, checked against the operators the field allows. */
    public record Condition(Field field, QueryOperator operator, List<String> values) {

        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            values = List.copyOf(values);
        }

        public static Condition of(Field field, QueryOperator operator, List<String> values, String path) {
            List<QueryOperator> allowed = field == Field.NAME
                    ? List.of(
                            QueryOperator.EQ,
                            QueryOperator.NE,
                            QueryOperator.HAS_SOME,
                            QueryOperator.CONTAINS,
                            QueryOperator.STARTS_WITH)
                    : List.of(QueryOperator.EQ, QueryOperator.NE, QueryOperator.HAS_SOME);
            if (!allowed.contains(operator)) {
                throw new ValidationException(path, ErrorCodes.NOT_ALLOWED, "does not allow " + operator.token());
            }
            if (values.isEmpty() || (!operator.takesList() && values.size() != 1)) {
                throw new ValidationException(
                        path,
                        ErrorCodes.REQUIRED,
                        "needs " + (operator.takesList() ? "a non-empty list of values" : "one value"));
            }
            return new Condition(field, operator, values);
        }
    }

    /** A page of collections and how many match in all. */
    public record Page(List<Collection> collections, long totalResults) {
        public Page {
            collections = List.copyOf(collections);
        }
    }
}
