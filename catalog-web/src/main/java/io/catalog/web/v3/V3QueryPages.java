package io.catalog.web.v3;

import io.catalog.domain.application.ProductViewPage;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.product.query.Keyset;
import io.catalog.domain.product.query.Paging;
import io.catalog.domain.product.query.ProductFilter;
import io.catalog.domain.product.query.ProductQuery;
import io.catalog.domain.product.query.SortOrder;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The keyset paging of Catalog V3 queries. A first page is the query as sent; each answer whose matches go on carries
 * a {@code next} cursor holding the query (filter and sort as sent, page size) and the sort keys of its last product.
 * The page after it is the same query restricted to the products after that one in the query's order
 * ({@link Keyset}): read from its place in the index, never by an offset, so a crawl of any length reads each product
 * once, and products created, changed or deleted meanwhile do not shift the pages. Without a sort the order is the
 * products' creation order (numericId).
 *
 * <p>Every page but the first also carries a {@code prev} cursor: the same query and the keys of its first product,
 * marked backwards ({@code "d": "b"}, signed with the rest). The page before is read in the reverse order (every key
 * reversed) from the products before that one, {@code limit} of them, and answered in the query's order; it has a
 * {@code prev} cursor when more products come before it, and a {@code next} cursor after its last product.
 */
final class V3QueryPages {

    static final String FILTER = "query.filter";
    static final String SORT = "query.sort";
    static final String LIMIT = "query.cursorPaging.limit";
    static final String CURSOR = "query.cursorPaging.cursor";

    private V3QueryPages() {}

    /**
     * Where a request keeps its parts, for errors: a query's under {@code query}, a search's under {@code search}
     * (which also has a free-text part).
     */
    record Paths(String filter, String sort, String limit, String cursor, String search) {
        static final Paths QUERY = new Paths(FILTER, SORT, LIMIT, CURSOR, null);
    }

    /**
     * What a page is asked: the domain query, its order's keys, and the query as sent (for the next cursor); for a
     * search also its free-text part as sent, and {@code matching}: what the whole search matches (the filter and
     * the words, without the page's place in them).
     */
    record Plan(
            ProductQuery query,
            List<SortOrder> keys,
            JsonValue filter,
            JsonValue sort,
            JsonValue search,
            ProductFilter matching,
            Direction direction) {}

    /** How a page was asked: the first page, after a {@code next} cursor, or before a {@code prev} cursor. */
    enum Direction {
        FIRST,
        FORWARD,
        BACKWARD
    }

    private static final String BACKWARD = "b";

    /**
     * The page a request asks for.
     *
     * @throws ValidationException on the offending field: a filter or sort sent with a cursor, a cursor that is not
     *                             one of this store's, a limit out of 1..100, a malformed filter or sort
     */
    static Plan plan(V3QueryRequests.Request request, StoreId store, boolean visibleOnly, V3Cursors cursors) {
        return plan(request, null, store, visibleOnly, cursors, Paths.QUERY, (json, path) -> ProductFilter.ALL);
    }

    /**
     * The page a search asks for: as {@link #plan(V3QueryRequests.Request, StoreId, boolean, V3Cursors)}, with the
     * free-text part {@code searchJson} (null when not sent), which {@code searchReader} turns into a filter and the
     * cursor carries as well.
     */
    static Plan plan(
            V3QueryRequests.Request request,
            JsonValue searchJson,
            StoreId store,
            boolean visibleOnly,
            V3Cursors cursors,
            Paths paths,
            BiFunction<JsonValue, String, ProductFilter> searchReader) {
        JsonValue filterJson = request.filter();
        JsonValue sortJson = request.sort();
        Integer limit = request.limit();
        JsonArray after = null;
        Direction direction = Direction.FIRST;
        if (request.cursor() != null) {
            notWithCursor(request.filter(), paths.filter());
            notWithCursor(request.sort(), paths.sort());
            notWithCursor(searchJson, paths.search());
            JsonObject cursor = cursors.decode(request.cursor(), paths.cursor());
            try {
                if (!store.value().equals(cursor.getString("s"))) {
                    throw V3Cursors.invalid(paths.cursor());
                }
                if (cursor.containsKey("x") != (paths.search() != null)) {
                    // A query's cursor is not a search's, nor the other way round.
                    throw V3Cursors.invalid(paths.cursor());
                }
                filterJson = orNull(cursor.get("f"));
                sortJson = orNull(cursor.get("o"));
                searchJson = orNull(cursor.get("x"));
                limit = limit != null ? limit : cursor.getInt("l");
                after = cursor.getJsonArray("k");
                JsonValue d = cursor.get("d");
                if (d == null) {
                    direction = Direction.FORWARD;
                } else if (BACKWARD.equals(((JsonString) d).getString())) {
                    direction = Direction.BACKWARD;
                } else {
                    throw V3Cursors.invalid(paths.cursor());
                }
            } catch (ClassCastException | NullPointerException e) {
                throw V3Cursors.invalid(paths.cursor());
            }
        }
        int pageSize = V3QueryRequests.limit(limit, paths.limit());
        ProductFilter filter = V3QueryRequests.filter(filterJson, paths.filter());
        List<SortOrder> sort = V3QueryRequests.sort(sortJson, paths.sort());
        ProductFilter words = searchReader.apply(searchJson, paths.search());
        ProductFilter matching = and(filter, words);
        List<SortOrder> keys = Keyset.keys(sort);
        ProductFilter page = matching;
        List<SortOrder> order = sort;
        if (after != null) {
            List<Object> values = keyValues(keys, after, paths.cursor());
            if (direction == Direction.BACKWARD) {
                order = reversed(keys);
                page = and(matching, Keyset.after(order, values));
            } else {
                page = and(matching, Keyset.after(keys, values));
            }
        }
        return new Plan(
                new ProductQuery(page, order, new Paging(pageSize, 0), visibleOnly, true),
                keys,
                filterJson,
                sortJson,
                paths.search() == null ? null : searchJson == null ? JsonValue.NULL : searchJson,
                matching,
                direction);
    }

    /** {@code keys}, each in the other direction: the order a page before a product is read in. */
    static List<SortOrder> reversed(List<SortOrder> keys) {
        return keys.stream()
                .map(key -> new SortOrder(key.field(), !key.ascending()))
                .toList();
    }

    /** The page in the query's order: a page read backwards is turned around. */
    static ProductViewPage inOrder(Plan plan, ProductViewPage page) {
        if (plan.direction() != Direction.BACKWARD) {
            return page;
        }
        List<ProductViewPage.Entry> products = new ArrayList<>(page.products());
        java.util.Collections.reverse(products);
        return new ProductViewPage(products, page.totalResults());
    }

    /**
     * The paging metadata of a page ({@link #inOrder}): its count, its {@code next} cursor when products come after it
     * (after a backward read: the page it was read before), and its {@code prev} cursor when products come before it
     * (after a forward read: the page it was read after; after a backward read: when the read did not reach the
     * first match).
     */
    static V3ProductResource.PagingMetadata metadata(
            Plan plan, ProductViewPage page, StoreId store, V3Cursors cursors) {
        List<ProductViewPage.Entry> products = page.products();
        String next = null;
        String prev = null;
        if (!products.isEmpty()) {
            boolean moreAfter = plan.direction() == Direction.BACKWARD || page.totalResults() > products.size();
            boolean moreBefore = plan.direction() == Direction.FORWARD
                    || (plan.direction() == Direction.BACKWARD && page.totalResults() > products.size());
            if (moreAfter) {
                next = cursor(plan, products.get(products.size() - 1), false, store, cursors);
            }
            if (moreBefore) {
                prev = cursor(plan, products.get(0), true, store, cursors);
            }
        }
        return new V3ProductResource.PagingMetadata(
                products.size(), new V3ProductResource.Cursors(next, prev), next != null);
    }

    private static void notWithCursor(JsonValue sent, String path) {
        if (sent != null) {
            throw new ValidationException(
                    path, ErrorCodes.NOT_ALLOWED, "must not be sent with a cursor: the cursor carries the query");
        }
    }

    private static ProductFilter and(ProductFilter a, ProductFilter b) {
        if (a instanceof ProductFilter.All) {
            return b;
        }
        return b instanceof ProductFilter.All ? a : new ProductFilter.And(List.of(a, b));
    }

    /** The cursor of the products after {@code product}, or before it ({@code backward}), in the plan's query. */
    private static String cursor(
            Plan plan, ProductViewPage.Entry product, boolean backward, StoreId store, V3Cursors cursors) {
        ProductSummary summary = product.view().orElseThrow().product();
        JsonArrayBuilder keys = Json.createArrayBuilder();
        Keyset.valuesOf(summary, plan.keys()).forEach(value -> keys.add(keyText(value)));
        JsonObjectBuilder cursor = Json.createObjectBuilder()
                .add("s", store.value())
                .add("l", plan.query().paging().limit())
                .add("k", keys);
        if (plan.filter() != null) {
            cursor.add("f", plan.filter());
        }
        if (plan.sort() != null) {
            cursor.add("o", plan.sort());
        }
        if (plan.search() != null) {
            cursor.add("x", plan.search());
        }
        if (backward) {
            cursor.add("d", BACKWARD);
        }
        return cursors.encode(cursor.build());
    }

    private static JsonValue orNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /** A key's value as a cursor keeps it: text. */
    static String keyText(Object value) {
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        return value.toString();
    }

    /** The keys' values a cursor keeps, each as its field compares it. */
    static List<Object> keyValues(List<SortOrder> keys, JsonArray texts) {
        return keyValues(keys, texts, CURSOR);
    }

    private static List<Object> keyValues(List<SortOrder> keys, JsonArray texts, String cursorPath) {
        if (texts.size() != keys.size()) {
            throw V3Cursors.invalid(cursorPath);
        }
        List<Object> values = new ArrayList<>(keys.size());
        try {
            for (int i = 0; i < keys.size(); i++) {
                String text = ((JsonString) texts.get(i)).getString();
                values.add(
                        switch (keys.get(i).field()) {
                            case NAME, SLUG -> text;
                            case ID -> ProductId.parse(text);
                            case PRICE -> new BigDecimal(text);
                            case NUMERIC_ID -> Long.parseLong(text);
                            case LAST_UPDATED, CREATED_DATE -> Instant.parse(text);
                            default -> throw V3Cursors.invalid(cursorPath);
                        });
            }
        } catch (ClassCastException | NumberFormatException | DateTimeParseException | ValidationException e) {
            throw V3Cursors.invalid(cursorPath);
        }
        return values;
    }
}
