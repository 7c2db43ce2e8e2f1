package io.catalog.web.tools.bench;

import java.time.Duration;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.HdrHistogram.Histogram;

import io.catalog.web.support.Api;

/**
 * Crawls a whole store the way the API tells integrations to: pages of 100 filtered by numericId greater than the
 * last one seen, sorted by numericId ascending, on one connection, until a short page or the time limit. Reports
 * pages per second, the page latency and products per second; a page that fails or a product seen twice is an error.
 */
final class Crawl {

    private final Api api;
    private final Duration limit;

    Crawl(Api api, Duration limit) {
        this.api = api;
        this.limit = limit;
    }

    ScenarioResult run(String scenario, int storeSize) {
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
            Api.Response page = api.post("/stores/v1/products/query", """
                    {"query": {"filter": {"numericId": {"$gt": %d}}, "sort": [{"numericId": "asc"}],
                               "paging": {"limit": 100}}}""".formatted(last));
            latencies.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
            pages++;
            if (page.status() != 200) {
                errors++;
                break;
            }
            JsonArray items = page.json().getJsonArray("products");
            for (JsonObject product : items.getValuesAs(JsonObject.class)) {
                long numericId = Long.parseLong(product.getString("numericId"));
                if (numericId <= last) {
                    errors++;
                }
                last = numericId;
            }
            products += items.size();
            if (items.size() < 100) {
                complete = true;
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new ScenarioResult(scenario, storeSize, pages, pages / seconds, Benchmark.millis(latencies, 50),
                Benchmark.millis(latencies, 90), Benchmark.millis(latencies, 99), errors, products / seconds,
                Double.NaN, -1, "%d products in %.1f s, %s; 1 connection".formatted(products, seconds,
                        complete ? "the whole store" : "stopped at the time limit"));
    }
}
