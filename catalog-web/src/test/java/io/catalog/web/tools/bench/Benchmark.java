package io.catalog.web.tools.bench;

import io.catalog.web.support.Api;
import io.catalog.web.support.ProductOptions;
import io.catalog.web.support.TokenIssuer;
import io.catalog.web.tools.Seed;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.HdrHistogram.Histogram;

/**
 * The catalog's benchmark, against a running server: seeds a store per size (or reuses one seeded before), runs
 * every scenario against it with wrk (or, for the crawl and webhooks, a client of its own), and prints and writes a
 * table per size, a table of cost growth across sizes, and the seeding speed. Read scenarios are also reported as a
 * ratio to the ceiling: the same server answering a constant body of a 30-variant product's size through the same
 * JAX-RS stack ({@code catalog.benchmark.ceiling-endpoint=true}).
 * <p>
 * {@code scripts/benchmark.sh} starts a server and runs this; options are system properties (see {@link Options#fromSystemProperties}).
 */
public final class Benchmark {

    static final String CEILING = "ceiling";
    /** The ceiling measured again after the reads: the first one may meet a server still busy after seeding. */
    static final String CEILING_AGAIN = "ceiling-again";

    static final String WEBHOOKS = "webhook-delivery";
    static final String WEBHOOK_BACKLOG = "webhook-backlog";
    static final List<String> READS = List.of(
            "get-product-30",
            "get-product-v3-30",
            "get-product-300",
            "query-page",
            "query-page-variants",
            "search-v3",
            "category-items",
            "category-page-v3",
            "options-availability",
            "crawl",
            "crawl-v3");

    /** How to run. */
    public record Options(
            URI url,
            String database,
            List<Integer> sizes,
            Duration duration,
            Duration warmup,
            Duration jitWarmup,
            int readConnections,
            int writeConnections,
            int stockConnections,
            Duration crawlLimit,
            Duration webhookDuration,
            int webhookRate,
            int seedThreads,
            Path scriptsDir,
            Path resultsDir,
            Path jwtDir,
            String storePrefix,
            long seed,
            List<String> only) {

        /** Whether the scenario is to run: all do unless {@code only} names some. */
        boolean runs(String scenario) {
            return only.isEmpty() || only.contains(scenario);
        }

        /**
         * {@code url} (http://127.0.0.1:9080/), {@code db} (a label: h2), {@code sizes} (10000,100000,1000000),
         * {@code duration} and {@code warmup} per scenario in seconds (10, 3), {@code jitWarmup} seconds at most
         * before the first store's scenarios (120; 0: none), {@code connections} for reads (8),
         * {@code writeConnections} (2), {@code stockConnections} (8), {@code crawlLimit} seconds (300),
         * {@code webhookSeconds} (10), {@code webhookRate} (events/s the writers produce, 600; 0: as fast as they
         * can), {@code seedThreads} (2), {@code scripts} (scripts/bench), {@code results}
         * (target/benchmark), {@code jwtDir} (~/.catalog/jwt), {@code storePrefix} (bench), {@code seed} (42),
         * {@code scenarios} (all; or a comma-separated list of scenario names, the ceiling always runs with reads).
         */
        public static Options fromSystemProperties(Path root) {
            return new Options(
                    URI.create(System.getProperty("url", "http://127.0.0.1:9080/")),
                    System.getProperty("db", "h2"),
                    Arrays.stream(System.getProperty("sizes", "10000,100000,1000000")
                                    .split(","))
                            .map(String::trim)
                            .map(Integer::valueOf)
                            .toList(),
                    Duration.ofSeconds(Long.getLong("duration", 10)),
                    Duration.ofSeconds(Long.getLong("warmup", 3)),
                    Duration.ofSeconds(Long.getLong("jitWarmup", 120)),
                    Integer.getInteger("connections", 8),
                    Integer.getInteger("writeConnections", 2),
                    Integer.getInteger("stockConnections", 8),
                    Duration.ofSeconds(Long.getLong("crawlLimit", 300)),
                    Duration.ofSeconds(Long.getLong("webhookSeconds", 10)),
                    Integer.getInteger("webhookRate", 600),
                    Integer.getInteger("seedThreads", 2),
                    Path.of(System.getProperty(
                            "scripts", root.resolve("scripts/bench").toString())),
                    Path.of(System.getProperty(
                            "results", root.resolve("target/benchmark").toString())),
                    Path.of(System.getProperty(
                            "jwtDir",
                            Path.of(System.getProperty("user.home"), ".catalog", "jwt")
                                    .toString())),
                    System.getProperty("storePrefix", "bench"),
                    Long.getLong("seed", 42L),
                    Arrays.stream(System.getProperty("scenarios", "").split(","))
                            .map(String::trim)
                            .filter(name -> !name.isEmpty())
                            .toList());
        }
    }

    /** How a store was filled: by this run (with its report) or before it. */
    public record Seeding(int size, String store, Seed.Report report, long existing) {
        String describe() {
            return report != null
                    ? report.toString()
                    : "store %s: %d products present, seeded by an earlier run".formatted(store, existing);
        }
    }

    /** What a run measured, and where it wrote it. */
    public record Report(List<Seeding> seedings, List<ScenarioResult> results, Path file, String text) {
        public long errors() {
            return results.stream().mapToLong(ScenarioResult::errors).sum();
        }
    }

    private final Options options;
    private final Wrk wrk;
    private final ServerProcess server;
    private final TokenIssuer tokens;
    private final Path resultsFile;
    /** The JIT is cold for the first store: its warm-ups last three times longer. */
    private Duration warmup;
    /** Whether the reads have run until the ceiling held steady (before the first store's scenarios). */
    private boolean steady;

    private Benchmark(Options options, Wrk wrk, ServerProcess server, TokenIssuer tokens) {
        this.options = options;
        this.wrk = wrk;
        this.server = server;
        this.tokens = tokens;
        this.warmup = options.warmup().multipliedBy(3);
        this.resultsFile = options.resultsDir()
                .resolve("results-" + options.database() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("root", ".")).toAbsolutePath().normalize();
        Report report = run(Options.fromSystemProperties(root));
        System.out.println(report.text());
        System.out.println("Written to " + report.file());
        if (report.errors() > 0) {
            System.err.println(report.errors() + " errors: see the tables");
            System.exit(1);
        }
    }

    public static Report run(Options options) throws Exception {
        Wrk wrk = Wrk.locate(options.scriptsDir(), options.resultsDir().resolve("requests"));
        Benchmark benchmark = new Benchmark(
                options,
                wrk,
                ServerProcess.listeningOn(options.url().getPort()),
                TokenIssuer.inFolder(options.jwtDir()));
        return benchmark.run();
    }

    private Report run() throws Exception {
        List<Seeding> seedings = new ArrayList<>();
        List<ScenarioResult> results = new ArrayList<>();
        boolean sized = options.only().isEmpty() || options.only().stream().anyMatch(n -> !n.equals(WEBHOOKS));
        for (int size : sized ? options.sizes() : List.<Integer>of()) {
            String store = options.storePrefix() + "-" + size;
            Api admin = api(store, "READ_PRODUCTS", "MODIFY_PRODUCTS");
            Api reader = api(store, "READ_PRODUCTS");
            log("store of %,d products: seeding", size);
            Seeding seeding = seed(admin, store, size);
            seedings.add(seeding);
            log(seeding.describe());
            Duration idle = server.awaitIdle(Duration.ofMinutes(30));
            if (idle.toSeconds() >= 4) {
                log("waited %d s for the server to finish publishing the seeding's events", idle.toSeconds());
            }
            results.addAll(scenarios(size, admin, reader));
            warmup = options.warmup();
            write(seedings, results);
        }
        if (options.runs(WEBHOOKS)) {
            Api events = api(options.storePrefix() + "-events", "READ_PRODUCTS", "MODIFY_PRODUCTS");
            log(WEBHOOKS);
            for (ScenarioResult result : new WebhookLoad(
                            events,
                            options.webhookDuration(),
                            warmup,
                            options.webhookRate(),
                            Duration.ofSeconds(120),
                            2)
                    .run(WEBHOOKS, WEBHOOK_BACKLOG)) {
                results.add(measured(result));
            }
        }
        Path file = write(seedings, results);
        String text = Files.readString(file);
        return new Report(seedings, results, file, text);
    }

    /** Writes the tables so far to this run's results file (again after each size, so an interrupted run keeps them). */
    private Path write(List<Seeding> seedings, List<ScenarioResult> results) throws IOException {
        Files.createDirectories(options.resultsDir());
        Files.writeString(resultsFile, ResultTables.render(options, seedings, results), StandardCharsets.UTF_8);
        return resultsFile;
    }

    private Seeding seed(Api admin, String store, int size) throws Exception {
        long existing = count(admin);
        if (existing >= size) {
            return new Seeding(size, store, null, existing);
        }
        if (existing > 0) {
            throw new IllegalStateException("store " + store + " holds " + existing + " products, fewer than " + size
                    + ": an interrupted seeding? Use another -DstorePrefix or a fresh database");
        }
        Seed.Report report = Seed.fill(admin, store, size, options.seedThreads(), 100, options.seed(), true);
        if (report.failed() > 0) {
            throw new IllegalStateException("seeding failed: " + report);
        }
        return new Seeding(size, store, report, size);
    }

    private List<ScenarioResult> scenarios(int size, Api admin, Api reader) throws Exception {
        Fixtures fixtures = Fixtures.find(admin, size, options.seed());
        URI url = options.url();
        Wrk.Load reads = new Wrk.Load(1, options.readConnections(), options.duration());
        Wrk.Load writes = new Wrk.Load(1, options.writeConnections(), options.duration());
        Wrk.Load stock = new Wrk.Load(1, options.stockConnections(), options.duration());
        String readToken = token(reader);
        String adminToken = token(admin);
        List<ScenarioResult> results = new ArrayList<>();

        int bytes = reader.get("/stores/v1/products/" + fixtures.visible30().get(0))
                .body()
                .getBytes(StandardCharsets.UTF_8)
                .length;
        List<Wrk.Request> ceilingRequests =
                List.of(new Wrk.Request("GET", "/stores/v1/benchmark/ceiling?bytes=" + bytes, null));
        List<Wrk.Request> get30 = fixtures.visible30().stream()
                .map(id -> new Wrk.Request("GET", "/stores/v1/products/" + id, null))
                .toList();
        if (!steady) {
            warmUntilSteady(size, readToken, ceilingRequests, get30, reads, new Crawl(admin, options.crawlLimit()));
            steady = true;
        }
        ScenarioResult ceiling =
                load(CEILING, size, readToken, ceilingRequests, reads).note("constant body of " + bytes + " bytes");
        results.add(ceiling);
        results.add(load("get-product-30", size, readToken, get30, reads).result());
        results.add(load(
                        "get-product-v3-30",
                        size,
                        readToken,
                        fixtures.visible30().stream()
                                .map(id -> new Wrk.Request("GET", "/stores/v3/products/" + id, null))
                                .toList(),
                        reads)
                .note("the same products through /stores/v3/products/{id}, "
                        + reader.get("/stores/v3/products/"
                                        + fixtures.visible30().get(0))
                                .body()
                                .getBytes(StandardCharsets.UTF_8)
                                .length
                        + " bytes"));
        results.add(load(
                        "get-product-300",
                        size,
                        readToken,
                        fixtures.visible300().stream()
                                .map(id -> new Wrk.Request("GET", "/stores/v1/products/" + id, null))
                                .toList(),
                        reads)
                .result());
        results.add(load("query-page", size, readToken, queries(false), reads)
                .note("price range, sorted by price, 100 a page"));
        results.add(load("query-page-variants", size, readToken, queries(true), reads)
                .note("the same with includeVariants"));
        results.add(load("search-v3", size, readToken, searches(), reads)
                .note("V3 search: two words, price range and product type, facets of choices, stock and lowest price,"
                        + " 20 a page"));
        String category = tenthCategory(admin);
        results.add(load(
                        "category-items",
                        size,
                        readToken,
                        List.of(new Wrk.Request(
                                "POST",
                                "/stores/v3/categories/" + category + "/list-items",
                                "{\"cursorPaging\": {\"limit\": 20}}")),
                        reads)
                .note("the first 20 products of a category holding a tenth of the store, in the merchant's order"));
        results.add(load("category-page-v3", size, readToken, categoryPages(category), reads)
                .note("V3 search of that category (subcategories included), a price range, a facet of choices,"
                        + " 20 a page"));
        results.add(load(
                        "options-availability",
                        size,
                        readToken,
                        fixtures.visible30().stream()
                                .flatMap(id -> IntStream.range(0, 5)
                                        .mapToObj(s -> new Wrk.Request(
                                                "POST",
                                                "/stores/v1/products/" + id + "/productOptionsAvailability",
                                                s % 2 == 0
                                                        ? "{\"options\": {\"Size\": \"S" + s + "\"}}"
                                                        : "{\"options\": {\"Size\": \"S" + s + "\", \"Color\": \"C" + s
                                                                + "\"}}")))
                                .toList(),
                        reads)
                .result());
        // Ratios are taken to the higher of the two ceilings: a ceiling measured while the JIT still compiles or the
        // database still tidies up after seeding would flatter every read.
        ScenarioResult ceilingAgain = load(CEILING_AGAIN, size, readToken, ceilingRequests, reads)
                .note("the ceiling again, after the reads above");
        results.add(ceilingAgain);
        double ceilingRate = Math.max(ceiling.requestsPerSecond(), ceilingAgain.requestsPerSecond());
        if (options.runs("crawl")) {
            log("crawl");
            results.add(measured(new Crawl(admin, options.crawlLimit()).run("crawl", size)));
        }
        if (options.runs("crawl-v3")) {
            log("crawl-v3");
            Crawl.V3 crawl = Crawl.v3(admin, options.crawlLimit());
            // V3's code (its product shape, the cursors) is not in the JIT warm-up's turns: crawl unmeasured first.
            crawl.crawlFor(warmup);
            results.add(measured(crawl.run("crawl-v3", size)));
        }

        results.add(load(
                        "create-product-30",
                        size,
                        adminToken,
                        List.of(new Wrk.Request(
                                "POST",
                                "/stores/v1/products",
                                "{\"product\": {\"name\": \"Bench 30 {n}\", \"priceData\": {\"price\": {p}}, \"manageVariants\": true, "
                                        + "\"productOptions\": " + ProductOptions.sized(5, 6) + "}}")),
                        writes)
                .result());
        results.add(load(
                        "create-product-300",
                        size,
                        adminToken,
                        List.of(new Wrk.Request(
                                "POST",
                                "/stores/v1/products",
                                "{\"product\": {\"name\": \"Bench 300 {n}\", \"priceData\": {\"price\": {p}}, \"manageVariants\": true, "
                                        + "\"productOptions\": " + ProductOptions.sized(10, 10, 3) + "}}")),
                        writes)
                .result());
        results.add(
                !options.runs("update-100-variants")
                        ? null
                        : load(
                                        "update-100-variants",
                                        size,
                                        adminToken,
                                        fixtures.all300().stream()
                                                .map(id -> new Wrk.Request(
                                                        "PATCH",
                                                        "/stores/v1/products/" + id + "/variants",
                                                        Fixtures.variantIds(admin, id, 100).stream()
                                                                .map(v -> "{\"variantIds\": [\"" + v
                                                                        + "\"], \"price\": {p}}")
                                                                .collect(Collectors.joining(
                                                                        ",", "{\"variants\": [", "]}"))))
                                                .toList(),
                                        writes)
                                .note("100 variants, each its own price, of a 300-variant product"));
        if (options.runs("decrement-stock")) {
            results.add(decrements(size, admin, adminToken, fixtures.all30().get(0), stock));
        }

        List<ScenarioResult> withRatios = new ArrayList<>();
        for (ScenarioResult result : results) {
            if (result == null) {
                continue;
            }
            withRatios.add(READS.contains(result.scenario()) ? result.withRatio(ceilingRate) : result);
        }
        return withRatios;
    }

    private ScenarioResult decrements(int size, Api admin, String token, String productId, Wrk.Load load)
            throws Exception {
        log("decrement-stock");
        String variantId = Fixtures.variantIds(admin, productId, 1).get(0);
        String inventory = "/stores/v2/inventoryItems/product/" + productId;
        Api.Response tracked = admin.patch(inventory, """
                {"inventoryItem": {"trackQuantity": true, "variants": [{"variantId": "%s", "quantity": 99999999}]}}""".formatted(variantId));
        if (tracked.status() != 200) {
            throw new IllegalStateException("could not stock the variant: " + tracked);
        }
        List<Wrk.Request> requests = List.of(
                new Wrk.Request("POST", "/stores/v2/inventoryItems/decrement", """
                {"decrementData": [{"productId": "%s", "variantId": "%s", "decrementBy": 1}]}""".formatted(productId, variantId)
                        .replace("\n", " ")));
        wrk.run(
                "decrement-stock-warmup",
                size,
                options.url(),
                token,
                requests,
                new Wrk.Load(load.threads(), load.connections(), warmup));
        long before = settledQuantity(admin, inventory, variantId);
        ScenarioResult result = measured(wrk.run("decrement-stock", size, options.url(), token, requests, load));
        long taken = before - settledQuantity(admin, inventory, variantId);
        long succeeded = result.requests() - result.errors();
        // wrk stops with up to one request per connection in flight: those may still be applied after it counted.
        boolean consistent = taken >= succeeded && taken <= succeeded + load.connections();
        return result.withNote("one variant; %d decrements answered 200, quantity fell by %d: %s"
                        .formatted(succeeded, taken, consistent ? "none lost" : "LOST OR EXTRA DECREMENTS"))
                .withErrors(consistent ? 0 : 1);
    }

    /** The quantity once requests wrk left in flight have been applied: two reads 300 ms apart agree. */
    private static long settledQuantity(Api admin, String inventory, String variantId) throws InterruptedException {
        long last = quantity(admin, inventory, variantId);
        for (int i = 0; i < 100; i++) {
            Thread.sleep(300);
            long now = quantity(admin, inventory, variantId);
            if (now == last) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static long quantity(Api admin, String inventory, String variantId) {
        JsonObject item = admin.get(inventory).json().getJsonObject("inventoryItem");
        return item.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("variantId").equals(variantId))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("quantity")
                .longValue();
    }

    private List<Wrk.Request> queries(boolean variants) {
        return IntStream.range(0, 25)
                .mapToObj(r -> new Wrk.Request(
                        "POST", "/stores/v1/products/query", """
                {"query": {"filter": "{\\"price\\": {\\"$gt\\": %d, \\"$lte\\": %d}}", "sort": "[{\\"price\\": \\"desc\\"}]", \
                "paging": {"limit": 100}}, "includeVariants": %s}""".formatted(r * 20, r * 20 + 20, variants)))
                .toList();
    }

    /**
     * Storefront searches as a filter panel sends them: free text (two words, the second a number that a few percent
     * of the seeded names hold), a price range and a product type, and three facets over the matches.
     */
    /** The seeded category (v1 collection) holding every tenth product. */
    private static String tenthCategory(Api admin) {
        Api.Response page = admin.post(
                "/stores/v1/collections/query",
                "{\"query\": {\"filter\": \"{\\\"name\\\": {\\\"$startsWith\\\": \\\"Every tenth\\\"}}\"}}");
        if (page.status() != 200 || page.json().getJsonArray("collections").isEmpty()) {
            throw new IllegalStateException("the seeded store has no category of every tenth product: " + page);
        }
        return page.json().getJsonArray("collections").getJsonObject(0).getString("id");
    }

    private static List<Wrk.Request> categoryPages(String category) {
        return IntStream.range(0, 25)
                .mapToObj(r -> new Wrk.Request("POST", "/stores/v3/products/search", """
                {"search": {"filter": {"allCategoriesInfo.categories.id": "%s",                 "actualPriceRange.minValue.amount": {"$gte": %d}},                 "cursorPaging": {"limit": 20}, "aggregations": [                {"name": "choices", "type": "VALUE", "fieldPath": "options.choicesSettings.choices.name",                 "value": {"limit": 20}}]}}""".formatted(category, r * 10)))
                .toList();
    }

    private static List<Wrk.Request> searches() {
        return IntStream.range(0, 25)
                .mapToObj(r -> new Wrk.Request(
                        "POST", "/stores/v3/products/search", """
                {"search": {"search": {"expression": "product %d"},                 "filter": {"actualPriceRange.minValue.amount": {"$gte": %d, "$lt": %d}, "productType": "PHYSICAL"},                 "cursorPaging": {"limit": 20}, "aggregations": [                {"name": "choices", "type": "VALUE", "fieldPath": "options.choicesSettings.choices.name",                 "value": {"limit": 20}},                 {"name": "inStock", "type": "VALUE", "fieldPath": "inventory.inStock"},                 {"name": "minPrice", "type": "SCALAR", "fieldPath": "actualPriceRange.minValue.amount",                 "scalar": {"type": "MIN"}}]}}""".formatted(10 + r * 3, r * 10, r * 10 + 250)))
                .toList();
    }

    /** A scenario's result, or null when it did not run. */
    private record Measured(ScenarioResult result) {
        ScenarioResult note(String note) {
            return result == null ? null : result.withNote(note);
        }
    }

    private Measured load(String scenario, int size, String token, List<Wrk.Request> requests, Wrk.Load load)
            throws IOException, InterruptedException {
        if (!options.runs(scenario) && !scenario.equals(CEILING) && !scenario.equals(CEILING_AGAIN)) {
            return new Measured(null);
        }
        log(scenario);
        if (!warmup.isZero()) {
            wrk.run(
                    scenario + "-warmup",
                    size,
                    options.url(),
                    token,
                    requests,
                    new Wrk.Load(load.threads(), load.connections(), warmup));
        }
        return new Measured(measured(wrk.run(scenario, size, options.url(), token, requests, load)));
    }

    /**
     * A fresh server's JIT compiles for a minute or more on a small machine, and what is measured meanwhile runs
     * partly interpreted (a first ceiling of 3,000-6,500 req/s against 15,000-20,000 a minute later). So before the
     * first store's scenarios the ceiling, a product read and a crawl run unmeasured, in turns, until the ceiling's
     * rate is within 10% of its turn before (two turns at least), for at most {@code jitWarmup}. The crawl takes its
     * turn because its code is largely its own (whole-row pages, memberships of 100 products, the page writer): on a
     * fresh server successive whole crawls of a 100,000-product store went from 4,900 to 12,000-14,000 products/s
     * (docs/performance.md, JIT warm-up).
     */
    private void warmUntilSteady(
            int size, String token, List<Wrk.Request> ceiling, List<Wrk.Request> read, Wrk.Load load, Crawl crawl)
            throws IOException, InterruptedException {
        Duration limit = options.jitWarmup();
        if (limit.isZero()) {
            return;
        }
        Duration slice = Duration.ofSeconds(Math.max(1, Math.min(5, limit.toSeconds() / 4)));
        Wrk.Load turn = new Wrk.Load(load.threads(), load.connections(), slice);
        log(
                "warming the JIT: the ceiling, product reads and crawl pages, unmeasured, until the ceiling holds steady"
                        + " (%d s at most)",
                limit.toSeconds());
        long start = System.nanoTime();
        double previous = 0;
        long crawled = 0;
        for (int turns = 1; System.nanoTime() - start < limit.toNanos(); turns++) {
            double rate = wrk.run("jit-warmup-ceiling", size, options.url(), token, ceiling, turn)
                    .requestsPerSecond();
            wrk.run("jit-warmup-read", size, options.url(), token, read, turn);
            crawled = crawl.crawlFor(slice, crawled);
            // At least half the limit: a JIT compiling in stages can hold a low rate for a few turns and then double
            // it.
            if (turns >= 2
                    && Math.abs(rate - previous) <= 0.1 * previous
                    && System.nanoTime() - start >= limit.toNanos() / 2) {
                log(
                        "the ceiling held steady at %,.0f req/s after %d s",
                        rate, Duration.ofNanos(System.nanoTime() - start).toSeconds());
                return;
            }
            previous = rate;
        }
        log(
                "the ceiling was still changing after %d s (%,.0f req/s last); measuring anyway",
                limit.toSeconds(), previous);
    }

    private ScenarioResult measured(ScenarioResult result) {
        long rss = server.rssKb();
        return new ScenarioResult(
                result.scenario(),
                result.storeSize(),
                result.requests(),
                result.requestsPerSecond(),
                result.p50(),
                result.p90(),
                result.p99(),
                result.errors(),
                result.itemsPerSecond(),
                result.ratio(),
                rss,
                result.note());
    }

    private Api api(String store, String... permissions) {
        return Api.at(options.url()).withToken(tokens.token(store, List.of(permissions), Duration.ofHours(24)));
    }

    private String token(Api api) {
        return api.bearer();
    }

    private static long count(Api admin) {
        Api.Response page = admin.post("/stores/v1/products/query", "{\"query\": {\"paging\": {\"limit\": 1}}}");
        if (page.status() != 200) {
            throw new IllegalStateException("cannot query the store: " + page);
        }
        return page.json().getJsonNumber("totalResults").longValue();
    }

    static void log(String format, Object... args) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), args.length == 0 ? format : format.formatted(args));
    }

    /** Percentile helper for clients that measure themselves. */
    static double millis(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
