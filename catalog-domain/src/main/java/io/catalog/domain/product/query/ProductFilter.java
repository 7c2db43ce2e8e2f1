package io.catalog.domain.product.query;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * A product filter of the Wix query language: conditions on fields, combined with {@code $and}, {@code $or} and
 * {@code $not}. Values are already converted to the field's type ({@link ProductField#convert}).
 */
public sealed interface ProductFilter {

    /**
     * Values one filter may hold in all its conditions: each becomes a bound parameter (some twice), and a statement
     * takes at most 65,535 of them on PostgreSQL.
     */
    int MAX_VALUES_IN_ALL = 1000;

    /** Matches every product. */
    ProductFilter ALL = new All();

    /** The filter that matches everything. */
    record All() implements ProductFilter {}

    /** Every part matches. */
    record And(List<ProductFilter> parts) implements ProductFilter {
        public And {
            parts = List.copyOf(parts);
        }
    }

    /** Some part matches. */
    record Or(List<ProductFilter> parts) implements ProductFilter {
        public Or {
            parts = List.copyOf(parts);
        }
    }

    /** The part does not match. */
    record Not(ProductFilter part) implements ProductFilter {
        public Not {
            Objects.requireNonNull(part, "part");
        }
    }

    /**
     * A word of a free-text search: found, ignoring case, anywhere in one of the fields (a substring: "shirt" finds
     * "T-Shirts"). The word is taken literally: no character in it is a wildcard.
     */
    record TextMatch(String word, java.util.Set<SearchField> fields) implements ProductFilter {
        public TextMatch {
            Objects.requireNonNull(word, "word");
            if (word.isEmpty() || fields.isEmpty()) {
                throw new IllegalArgumentException("a text match needs a word and a field");
            }
            fields = java.util.Set.copyOf(fields);
        }
    }

    /**
     * {@code field operator values}; {@code option} names the option of an {@code options.<name>} field and is
     * {@code null} for every other field. One-value operators carry exactly one value.
     */
    record Condition(ProductField field, String option, QueryOperator operator, List<Object> values)
            implements ProductFilter {

        public static final int MAX_VALUES = 1000;

        public Condition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            values = List.copyOf(values);
            if ((field == ProductField.OPTION) != (option != null)) {
                throw new IllegalArgumentException("an option name goes with options.<name> fields only");
            }
            if (!operator.takesList() && values.size() != 1) {
                throw new IllegalArgumentException(operator.token() + " takes one value");
            }
        }

        /**
         * Whether a text value satisfies this condition of a text field, by the query rules: {@code $eq},
         * {@code $ne} and {@code $hasSome} compare exactly; {@code $contains} and {@code $startsWith} ignore case
         * unless the field is {@linkplain ProductField#searchedExactly() searched exactly}.
         */
        public boolean matchesText(String text) {
            Objects.requireNonNull(text, "text");
            boolean exact = field.searchedExactly();
            String value = (String) values.get(0);
            return switch (operator) {
                case EQ -> text.equals(value);
                case NE -> !text.equals(value);
                case HAS_SOME -> values.contains(text);
                case CONTAINS -> exact ? text.contains(value) : lower(text).contains(lower(value));
                case STARTS_WITH -> exact ? text.startsWith(value) : lower(text).startsWith(lower(value));
                default -> throw new IllegalArgumentException(operator.token() + " does not compare text");
            };
        }

        private static String lower(String text) {
            return text.toLowerCase(java.util.Locale.ROOT);
        }

        /** A condition checked against the field's rules; {@code path} names it in errors. */
        public static Condition of(
                ProductField field, String option, QueryOperator operator, List<Object> rawValues, String path) {
            field.requireAllows(operator, path);
            if (operator.takesList() && (rawValues.isEmpty() || rawValues.size() > MAX_VALUES)) {
                throw new ValidationException(
                        path + "." + operator.token(),
                        ErrorCodes.OUT_OF_RANGE,
                        "must list 1 to " + MAX_VALUES + " values (was " + rawValues.size() + ")");
            }
            List<Object> values = new java.util.ArrayList<>(rawValues.size());
            for (int i = 0; i < rawValues.size(); i++) {
                String valuePath = operator.takesList()
                        ? path + "." + operator.token() + "[" + i + "]"
                        : path + "." + operator.token();
                values.add(field.convert(rawValues.get(i), valuePath));
            }
            return new Condition(field, option, operator, values);
        }
    }
}
