package io.catalog.web.tools.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The benchmark's report as Markdown tables: per store size, webhooks, and cost growth across sizes. */
final class ResultTables {

    private ResultTables() {}

    static String render(Benchmark.Options options, List<Benchmark.Seeding> seedings, List<ScenarioResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("# Catalog benchmark: ")
                .append(options.database())
                .append(", ")
                .append(LocalDateTime.now()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .substring(0, 19))
                .append("\n\n");
        out.append("Server ")
                .append(options.url())
                .append("; ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; each wrk scenario ")
                .append(options.duration().toSeconds())
                .append(" s after ")
                .append(options.warmup().toSeconds())
                .append(" s of warm-up (three times that for the first store); reads on ")
                .append(options.readConnections())
                .append(" connections, creations and variant updates on ")
                .append(options.writeConnections())
                .append(", stock decrements on ")
                .append(options.stockConnections())
                .append(
                        ". Latencies in ms. \"vs ceiling\" is requests/s as a share of the ceiling's in the same run (the higher"
                                + " of the ceiling measured before the reads and again after them)."
                                + " RSS: the server's resident memory after the scenario.\n\n");
        out.append("## Seeding\n\n");
        for (Benchmark.Seeding seeding : seedings) {
            out.append("- ").append(seeding.describe()).append('\n');
        }
        Set<Integer> sizes = new LinkedHashSet<>();
        results.stream().filter(r -> r.storeSize() > 0).forEach(r -> sizes.add(r.storeSize()));
        for (int size : sizes) {
            out.append("\n## Store of ")
                    .append(String.format(Locale.ROOT, "%,d", size))
                    .append(" products\n\n");
            table(out, results.stream().filter(r -> r.storeSize() == size).toList());
        }
        List<ScenarioResult> others =
                results.stream().filter(r -> r.storeSize() == 0).toList();
        if (!others.isEmpty()) {
            out.append("\n## Events\n\n");
            table(out, others);
        }
        if (sizes.size() > 1) {
            out.append("\n## Cost growth with the store\n\n");
            growth(out, results, new ArrayList<>(sizes));
        }
        long errors = results.stream().mapToLong(ScenarioResult::errors).sum();
        out.append("\n")
                .append(errors == 0 ? "Every scenario ran without errors." : errors + " errors: see the errors column.")
                .append('\n');
        return out.toString();
    }

    private static void table(StringBuilder out, List<ScenarioResult> rows) {
        out.append("| scenario | req/s | p50 | p90 | p99 | errors | vs ceiling | items/s | RSS MiB | notes |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (ScenarioResult r : rows) {
            out.append("| ")
                    .append(r.scenario())
                    .append(" | ")
                    .append(number(r.requestsPerSecond(), 0))
                    .append(" | ")
                    .append(number(r.p50(), 1))
                    .append(" | ")
                    .append(number(r.p90(), 1))
                    .append(" | ")
                    .append(number(r.p99(), 1))
                    .append(" | ")
                    .append(r.errors())
                    .append(" | ")
                    .append(Double.isNaN(r.ratio()) ? "" : number(100 * r.ratio(), 0) + "%")
                    .append(" | ")
                    .append(Double.isNaN(r.itemsPerSecond()) ? "" : number(r.itemsPerSecond(), 0))
                    .append(" | ")
                    .append(r.rssKb() < 0 ? "" : Long.toString(r.rssKb() / 1024))
                    .append(" | ")
                    .append(r.note() == null ? "" : r.note())
                    .append(" |\n");
        }
    }

    private static void growth(StringBuilder out, List<ScenarioResult> results, List<Integer> sizes) {
        out.append("| scenario |");
        sizes.forEach(s -> out.append(" req/s ").append(label(s)).append(" |"));
        sizes.forEach(s -> out.append(" p99 ").append(label(s)).append(" |"));
        out.append("\n|---|");
        sizes.forEach(s -> out.append("---:|---:|"));
        out.append('\n');
        Set<String> scenarios = new LinkedHashSet<>();
        results.stream().filter(r -> r.storeSize() > 0).forEach(r -> scenarios.add(r.scenario()));
        for (String scenario : scenarios) {
            out.append("| ").append(scenario).append(" |");
            for (int size : sizes) {
                out.append(' ')
                        .append(find(results, scenario, size)
                                .map(r -> number(r.requestsPerSecond(), 0))
                                .orElse(""))
                        .append(" |");
            }
            for (int size : sizes) {
                out.append(' ')
                        .append(find(results, scenario, size)
                                .map(r -> number(r.p99(), 1))
                                .orElse(""))
                        .append(" |");
            }
            out.append('\n');
        }
    }

    private static Optional<ScenarioResult> find(List<ScenarioResult> results, String scenario, int size) {
        return results.stream()
                .filter(r -> r.scenario().equals(scenario) && r.storeSize() == size)
                .findFirst();
    }

    private static String label(int size) {
        return size >= 1_000_000 && size % 1_000_000 == 0
                ? size / 1_000_000 + "M"
                : size >= 1000 && size % 1000 == 0 ? size / 1000 + "k" : Integer.toString(size);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
