package io.catalog.domain.product.query;

import java.util.Arrays;

/** The operators of the Wix query language; {@code $hasSome} is SQL's IN. */
public enum QueryOperator {
    EQ("$eq"),
    NE("$ne"),
    HAS_SOME("$hasSome"),
    HAS_ALL("$hasAll"),
    CONTAINS("$contains"),
    STARTS_WITH("$startsWith"),
    LT("$lt"),
    LTE("$lte"),
    GT("$gt"),
    GTE("$gte");

    private final String token;

    QueryOperator(String token) {
        this.token = token;
    }

    /** The operator as the query language writes it, e.g. {@code $hasSome}. */
    public String token() {
        return token;
    }

    /** Whether the operator takes a list of values rather than one. */
    public boolean takesList() {
        return this == HAS_SOME || this == HAS_ALL;
    }

    public static java.util.Optional<QueryOperator> fromToken(String token) {
        return Arrays.stream(values()).filter(op -> op.token.equals(token)).findFirst();
    }
}
