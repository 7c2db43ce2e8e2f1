package io.catalog.domain.product.query;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;

/**
 * A page of a query: at most {@value #MAX_LIMIT} items from an offset of at most {@value #MAX_OFFSET}. Larger
 * result sets are crawled, not paged: filter on {@code numericId $gt} the last one seen, sorted ascending. Errors
 * name {@code paging.limit} and {@code paging.offset}; a dialect places them in its request.
 */
public record Paging(int limit, int offset) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final Paging FIRST_PAGE = new Paging(DEFAULT_LIMIT, 0);

    public Paging {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(
                    "paging.limit",
                    ErrorCodes.OUT_OF_RANGE,
                    "must be between 1 and " + MAX_LIMIT + " (was " + limit + ")");
        }
        if (offset < 0) {
            throw new ValidationException(
                    "paging.offset", ErrorCodes.OUT_OF_RANGE, "must not be negative (was " + offset + ")");
        }
        if (offset > MAX_OFFSET) {
            throw new ValidationException(
                    "paging.offset",
                    ErrorCodes.OFFSET_TOO_LARGE,
                    "must be at most " + MAX_OFFSET + " (was " + offset + "); to visit every product, crawl instead:"
                            + " sort by numericId ascending and filter numericId $gt the last numericId received");
        }
    }

    /** Paging from optional parts; an absent limit is {@value #DEFAULT_LIMIT}, an absent offset 0. */
    public static Paging of(Integer limit, Integer offset) {
        return new Paging(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
