package io.catalog.web.tools.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.CatalogIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke run, so its harness never rots: a store of 300 products, a few seconds per scenario, against
 * the integration-test server (which has the ceiling endpoint on). It asserts that every scenario ran, moved
 * requests and had no errors, and that the report was written; never a time.
 */
class BenchmarkSmokeIT extends CatalogIT {

    private static final List<String> SCENARIOS = List.of(
            "ceiling",
            "get-product-30",
            "get-product-v3-30",
            "get-product-300",
            "query-page",
            "query-page-variants",
            "search-v3",
            "category-items",
            "category-page-v3",
            "options-availability",
            "ceiling-again",
            "crawl",
            "crawl-v3",
            "create-product-30",
            "create-product-300",
            "update-100-variants",
            "decrement-stock",
            "webhook-delivery",
            "webhook-backlog");

    @Test
    void everyScenarioRunsWithoutErrors() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        String database = System.getProperty("catalog.it.database", "h2");
        Benchmark.Options options = new Benchmark.Options(
                baseUri(),
                database,
                List.of(300),
                Duration.ofSeconds(2),
                Duration.ofSeconds(1),
                Duration.ofSeconds(4),
                4,
                2,
                4,
                Duration.ofSeconds(60),
                Duration.ofSeconds(3),
                200,
                2,
                root.resolve("scripts/bench"),
                Path.of("target/benchmark-smoke", database),
                Path.of(System.getProperty("catalog.it.jwt.dir", "target/it-jwt")),
                "smoke-" + UUID.randomUUID().toString().substring(0, 8),
                42L,
                List.of());

        Benchmark.Report report = Benchmark.run(options);

        System.out.println(report.text());
        assertThat(report.results())
                .extracting(ScenarioResult::scenario)
                .containsExactlyInAnyOrderElementsOf(SCENARIOS);
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.errors())
                    .as(result.scenario() + ": " + result.note())
                    .isZero();
            assertThat(result.requests()).as(result.scenario()).isPositive();
        });
        assertThat(report.results())
                .filteredOn(r -> Benchmark.READS.contains(r.scenario()))
                .allSatisfy(r -> assertThat(r.ratio()).as(r.scenario()).isPositive());
        assertThat(report.seedings())
                .singleElement()
                .satisfies(s -> assertThat(s.report().products()).isEqualTo(300));
        assertThat(Files.readString(report.file()))
                .contains("## Store of 300 products", "webhook-delivery", "Every scenario ran without errors.");
    }
}
