package io.catalog.web.tools.bench;

import io.catalog.web.support.Api;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Crawls a whole store the way the API tells integrations to: pages of 100 filtered by numericId greater than the
 * last one seen, sorted by numericId ascending, on one connection, until a short page or the time limit. Reports
 * pages per second, the page latency and products per second; a page that fails or a product seen twice is an error.
 * The client reads only the products' numeric ids from each page, with a streaming parser warmed up first, so that
 * the crawl measures the server rather than this process's JSON parsing.
 */
final class Crawl {

    /** Products a page: the API's most; a shorter page is the store's last. */
    private static final int PAGE = 100;

    private final Api api;
    private final Duration limit;

    Crawl(Api api, Duration limit) {
        this.api = api;
        this.limit = limit;
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
