package io.catalog.web.tools.bench;

/**
 * One scenario's figures at one store size. Latencies in milliseconds; {@code itemsPerSecond} is what the scenario
 * moves besides requests (products crawled, events delivered), or NaN; {@code ratio} is the requests per second as a
 * share of the ceiling's, for reads, or NaN.
 */
public record ScenarioResult(
        String scenario,
        int storeSize,
        long requests,
        double requestsPerSecond,
        double p50,
        double p90,
        double p99,
        long errors,
        double itemsPerSecond,
        double ratio,
        long rssKb,
        String note) {

    public ScenarioResult withRatio(double ceilingRequestsPerSecond) {
        return new ScenarioResult(
                scenario,
                storeSize,
                requests,
                requestsPerSecond,
                p50,
                p90,
                p99,
                errors,
                itemsPerSecond,
                requestsPerSecond / ceilingRequestsPerSecond,
                rssKb,
                note);
    }

    public ScenarioResult withNote(String more) {
        return new ScenarioResult(
                scenario,
                storeSize,
                requests,
                requestsPerSecond,
                p50,
                p90,
                p99,
                errors,
                itemsPerSecond,
                ratio,
                rssKb,
                note == null || note.isEmpty() ? more : note + "; " + more);
    }

    public ScenarioResult withErrors(long more) {
        return new ScenarioResult(
                scenario,
                storeSize,
                requests,
                requestsPerSecond,
                p50,
                p90,
                p99,
                errors + more,
                itemsPerSecond,
                ratio,
                rssKb,
                note);
    }

    public ScenarioResult withItemsPerSecond(double items) {
        return new ScenarioResult(
                scenario, storeSize, requests, requestsPerSecond, p50, p90, p99, errors, items, ratio, rssKb, note);
    }
}
