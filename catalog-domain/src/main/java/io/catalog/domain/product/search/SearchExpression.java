package io.catalog.domain.product.search;

import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.SearchField;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A free-text search: the words of an expression (split at white space, lower-cased), each of which a product must
 * contain in one of the searched fields. At most {@value #MAX_LENGTH} characters and {@value #MAX_WORDS} words; an
 * expression of white space only searches nothing (every product matches).
 */
public record SearchExpression(List<String> words, Set<SearchField> fields) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 10;

    /** No search. */
    public static final SearchExpression NONE = new SearchExpression(List.of(), EnumSet.allOf(SearchField.class));

    public SearchExpression {
        words = List.copyOf(words);
        fields = Set.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a search reads at least one field");
        }
    }

    /**
     * The search of {@code expression} in {@code fields} (every searchable field when empty); {@code path} names the
     * expression in errors.
     *
     * @throws ValidationException {@code OUT_OF_RANGE} when the expression is too long or has too many words
     */
    public static SearchExpression of(String expression, Set<SearchField> fields, String path) {
        Set<SearchField> searched = fields.isEmpty() ? EnumSet.allOf(SearchField.class) : fields;
        if (expression == null) {
            return new SearchExpression(List.of(), searched);
        }
        int length = expression.codePointCount(0, expression.length());
        if (length > MAX_LENGTH) {
            throw new ValidationException(
                    path,
                    ErrorCodes.OUT_OF_RANGE,
                    "must be at most " + MAX_LENGTH + " characters (was " + length + ")");
        }
        List<String> words = new ArrayList<>();
        Arrays.stream(expression.strip().split("[\\s\\p{Z}]+"))
                .filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT))
                .distinct()
                .forEach(words::add);
        if (words.size() > MAX_WORDS) {
            throw new ValidationException(
                    path,
                    ErrorCodes.OUT_OF_RANGE,
                    "must have at most " + MAX_WORDS + " words (was " + words.size() + ")");
        }
        return new SearchExpression(words, searched);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The filter of this search: every word in some field; everything when there are no words. */
    public ProductFilter filter() {
        if (words.isEmpty()) {
            return ProductFilter.ALL;
        }
        List<ProductFilter> parts = words.stream()
                .<ProductFilter>map(word -> new ProductFilter.TextMatch(word, fields))
                .toList();
        return parts.size() == 1 ? parts.get(0) : new ProductFilter.And(parts);
    }

    /** {@code filter} and this search. */
    public ProductFilter and(ProductFilter filter) {
        if (words.isEmpty()) {
            return filter;
        }
        if (filter instanceof ProductFilter.All) {
            return filter();
        }
        return new ProductFilter.And(List.of(filter, filter()));
    }
}
