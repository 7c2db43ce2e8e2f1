package io.catalog.web.tools.bench;

import io.catalog.web.support.Api;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.HdrHistogram.Histogram;

/**
 * Crawls a whole store the way the API tells integrations to: in v1, pages of 100 filtered by numericId greater than
 * the last one seen, sorted by numericId ascending, until a short page; in Catalog V3 ({@link #v3}), pages of 100 of
 * {@code /stores/v3/products/query}, each asked with the {@code pagingMetadata.cursors.next} of the page before, until
 * a page without one. One connection, up to the time limit. Reports pages per second, the page latency and products
 * per second; a page that fails or a product seen twice is an error. The client reads only what it needs from each
 * page (the products' numeric ids; in V3 the products' ids and the next cursor), with a streaming parser warmed up
 * first, so that the crawl measures the server rather than this process's JSON parsing.
 */
final class Crawl {

    static final String V3_QUERY = "/stores/v3/products/query";

    /** Products a page: the API's most; a shorter page is the store's last. */
    private static final int PAGE = 100;

    private final Api api;
    private final Duration limit;

    Crawl(Api api, Duration limit) {
        this.api = api;
        this.limit = limit;
    }

    /** A V3 crawl: pages of 100 of {@code /stores/v3/products/query}, following the next cursor. */
    static V3 v3(Api api, Duration limit) {
        return new V3(api, limit);
    }

    /** One page of a V3 crawl: its products' ids, in order, and the cursor of the next page (null on the last). */
    record V3Page(List<String> ids, String next) {}

    /** The crawl of Catalog V3: cursor paging, the way the V3 API tells integrations to read a whole store. */
    static final class V3 {

        private final Api api;
        private final Duration limit;

        private V3(Api api, Duration limit) {
            this.api = api;
            this.limit = limit;
        }

        ScenarioResult run(String scenario, int storeSize) {
            String first = api.post(V3_QUERY, body(null)).body();
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < until) {
                page(first);
            }
            Histogram latencies = new Histogram(3);
            Set<String> seen = new HashSet<>();
            long start = System.nanoTime();
            long deadline = start + limit.toNanos();
            long products = 0;
            long pages = 0;
            long errors = 0;
            boolean complete = false;
            String cursor = null;
            while (System.nanoTime() < deadline) {
                long sent = System.nanoTime();
                Api.Response answer = api.post(V3_QUERY, body(cursor));
                latencies.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                pages++;
                if (answer.status() != 200) {
                    errors++;
                    break;
                }
                V3Page page = page(answer.body());
                for (String id : page.ids()) {
                    if (!seen.add(id)) {
                        errors++;
                    }
                }
                products += page.ids().size();
                if (page.next() == null) {
                    complete = true;
                    break;
                }
                cursor = page.next();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new ScenarioResult(
                    scenario,
                    storeSize,
                    pages,
                    pages / seconds,
                    Benchmark.millis(latencies, 50),
                    Benchmark.millis(latencies, 90),
                    Benchmark.millis(latencies, 99),
                    errors,
                    products / seconds,
                    Double.NaN,
                    -1,
                    "%d products in %.1f s, %s; cursors.next, 100 a page, 1 connection"
                            .formatted(products, seconds, complete ? "the whole store" : "stopped at the time limit"));
        }

        /**
         * Crawls, unmeasured, for {@code time}, starting over when the store ends: V3's code (its product shape, the
         * cursors) is compiled before anything is measured.
         *
         * @throws IllegalStateException when a page fails
         */
        void crawlFor(Duration time) {
            long deadline = System.nanoTime() + time.toNanos();
            String cursor = null;
            while (System.nanoTime() < deadline) {
                Api.Response answer = api.post(V3_QUERY, body(cursor));
                if (answer.status() != 200) {
                    throw new IllegalStateException(
                            "a warm-up V3 crawl page failed: " + answer.status() + " " + answer.body());
                }
                cursor = page(answer.body()).next();
            }
        }

        private static String body(String cursor) {
            return cursor == null
                    ? "{\"query\": {\"cursorPaging\": {\"limit\": %d}}}".formatted(PAGE)
                    : "{\"query\": {\"cursorPaging\": {\"cursor\": \"%s\"}}}".formatted(cursor);
        }
    }

    /**
     * A V3 page's product ids (the {@code id} members of the objects of {@code products}, not their variants' or
     * options') and its {@code pagingMetadata.cursors.next}.
     */
    static V3Page page(String body) {
        List<String> ids = new ArrayList<>(PAGE);
        String next = null;
        String member = null;
        String parent = null;
        int depth = 0;
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME -> {
                        String key = parser.getString();
                        if (depth == 1) {
                            member = key;
                        } else if (depth == 2) {
                            parent = key;
                        } else if (depth == 3 && key.equals("id") && "products".equals(member)) {
                            parser.next();
                            ids.add(parser.getString());
                        } else if (depth == 3
                                && key.equals("next")
                                && "pagingMetadata".equals(member)
                                && "cursors".equals(parent)) {
                            if (parser.next() == JsonParser.Event.VALUE_STRING) {
                                next = parser.getString();
                            }
                        }
                    }
                    default -> {}
                }
            }
        }
        return new V3Page(ids, next);
    }

    ScenarioResult run(String scenario, int storeSize) {
        warmUp();
        Histogram latencies = new Histogram(3);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long last = 0;
        long products = 0;
        long pages = 0;
        long errors = 0;
        boolean complete = false;
        while (System.nanoTime() < deadline) {
            long sent = System.nanoTime();
            Api.Response page = api.post("/stores/v1/products/query", page(last));
            latencies.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
            pages++;
            if (page.status() != 200) {
                errors++;
                break;
            }
            List<Long> numericIds = numericIds(page.body());
            for (long numericId : numericIds) {
                if (numericId <= last) {
                    errors++;
                }
                last = numericId;
            }
            products += numericIds.size();
            if (numericIds.size() < PAGE) {
                complete = true;
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ScenarioResult(
                scenario,
                storeSize,
                pages,
                pages / seconds,
                Benchmark.millis(latencies, 50),
                Benchmark.millis(latencies, 90),
                Benchmark.millis(latencies, 99),
                errors,
                products / seconds,
                Double.NaN,
                -1,
                "%d products in %.1f s, %s; 1 connection"
                        .formatted(products, seconds, complete ? "the whole store" : "stopped at the time limit"));
    }

    /**
     * Crawls, unmeasured, for {@code time} from the page after {@code after}, starting over at the beginning when the
     * store ends: the crawl's code (whole-row pages, memberships, the page writer) is compiled like the reads' before
     * anything is measured. Returns the numeric id to go on from.
     *
     * @throws IllegalStateException when a page fails
     */
    long crawlFor(Duration time, long after) {
        long deadline = System.nanoTime() + time.toNanos();
        long last = after;
        while (System.nanoTime() < deadline) {
            Api.Response page = api.post("/stores/v1/products/query", page(last));
            if (page.status() != 200) {
                throw new IllegalStateException("a warm-up crawl page failed: " + page.status() + " " + page.body());
            }
            List<Long> numericIds = numericIds(page.body());
            last = numericIds.size() < PAGE ? 0 : numericIds.get(numericIds.size() - 1);
        }
        return last;
    }

    private static String page(long after) {
        return """
                {"query": {"filter": {"numericId": {"$gt": %d}}, "sort": [{"numericId": "asc"}],
                           "paging": {"limit": %d}}}""".formatted(after, PAGE);
    }

    /** Parses the first page over and over for a moment: this process's parser is compiled before it is timed. */
    private void warmUp() {
        String first = api.post("/stores/v1/products/query", page(0)).body();
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < until) {
            numericIds(first);
        }
    }

    /** The numeric ids of a page's products, in order (only products carry a numericId). */
    static List<Long> numericIds(String body) {
        List<Long> ids = new ArrayList<>(PAGE);
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            while (parser.hasNext()) {
                if (parser.next() == JsonParser.Event.KEY_NAME
                        && parser.getString().equals("numericId")) {
                    parser.next();
                    ids.add(Long.parseLong(parser.getString()));
                }
            }
        }
        return ids;
    }
}
