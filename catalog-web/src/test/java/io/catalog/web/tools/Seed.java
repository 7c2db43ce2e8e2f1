package io.catalog.web.tools;

import io.catalog.web.support.Api;
import io.catalog.web.support.BulkProducts;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.ProductOptions;
import io.catalog.web.support.TokenIssuer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Fills a store of a running catalog with products, through its bulk-creation API (and so through the domain's
 * rules), for benchmarks and manual tries:
 * {@code ./mvnw -q -pl catalog-web exec:java@seed -Dstore=bench -Dproducts=10000 -Dthreads=4 -Dbatch=100}.
 * <p>
 * The mix is realistic: most products have no options or up to three unmanaged ones, 8% manage 30 variants and 2%
 * manage 300; a tenth are hidden. Product {@code i} has SKU {@code SKU-i}, so the same {@code -Dseed} gives the same
 * catalog and {@link #kind} tells which products have 30 or 300 variants. One product in twenty gets a media item.
 * Five collections are made: of 10, 100 and 1,000 products, a tenth and a half of the store. Prints products per
 * second.
 */
public final class Seed {

    /** What a product number {@code i} is made of. */
    public enum Kind {
        PLAIN,
        OPTIONS,
        VARIANTS_30,
        VARIANTS_300
    }

    /** How seeding went. */
    public record Report(
            String store, int products, int failed, double seconds, int collections, int memberships, int media) {
        public double productsPerSecond() {
            return products / seconds;
        }

        @Override
        public String toString() {
            return "store %s: %d products created (%d failed) in %.1f s, %.0f products/s; %d collections with %d "
                            .formatted(store, products, failed, seconds, productsPerSecond(), collections, memberships)
                    + "memberships, media on %d products".formatted(media);
        }
    }

    private static final int MEMBERSHIPS_PER_CALL = 1000;

    private Seed() {}

    public static void main(String[] args) throws Exception {
        String store = System.getProperty("store", "seed-store");
        URI url = URI.create(System.getProperty("url", "http://localhost:9080/"));
        String dir = System.getenv()
                .getOrDefault(
                        "CATALOG_JWT_DIR",
                        Path.of(System.getProperty("user.home"), ".catalog", "jwt")
                                .toString());
        String token = TokenIssuer.inFolder(Path.of(dir))
                .token(store, List.of("READ_PRODUCTS", "MODIFY_PRODUCTS"), Duration.ofHours(12));
        Report report = fill(
                Api.at(url).withToken(token),
                store,
                Integer.getInteger("products", 1000),
                Integer.getInteger("threads", 4),
                Integer.getInteger("batch", 100),
                Long.getLong("seed", 42L),
                true);
        System.out.println(report);
        if (report.failed() > 0) {
            System.exit(1);
        }
    }

    /**
     * Creates {@code products} products numbered 0 to products - 1 in the store {@code api} writes to, {@code batch}
     * per bulk call on {@code threads} threads, then (when {@code extras}) media and the five collections.
     */
    public static Report fill(Api api, String store, int products, int threads, int batch, long seed, boolean extras)
            throws Exception {
        int perCall = Math.max(1, Math.min(100, batch));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger media = new AtomicInteger();
        String[] ids = new String[products];
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> work = IntStream.range(0, (products + perCall - 1) / perCall)
                    .mapToObj(b -> pool.submit(() -> {
                        int from = b * perCall;
                        int to = Math.min(products, from + perCall);
                        String items = BulkProducts.of(to - from, i -> product(from + i, seed))
                                .json();
                        Api.Response response = api.post("/stores/v1/bulk/products", items);
                        int refused = to - from;
                        if (response.status() == 200) {
                            JsonObject answer = response.json();
                            refused = (int) answer.getJsonObject("bulkActionMetadata")
                                    .getJsonNumber("totalFailures")
                                    .longValue();
                            answer.getJsonArray("results")
                                    .getValuesAs(JsonObject.class)
                                    .forEach(result -> {
                                        JsonObject item = result.getJsonObject("itemMetadata");
                                        if (item.getBoolean("success")) {
                                            ids[from + item.getInt("originalIndex")] = item.getString("id");
                                        }
                                    });
                        }
                        if (refused > 0 && failed.addAndGet(refused) <= 5 * perCall) {
                            System.err.println("batch " + b + ": " + response);
                        }
                        if (extras) {
                            for (int i = from; i < to; i++) {
                                if (ids[i] != null && i % 20 == 7) {
                                    addMedia(api, ids[i], i);
                                    media.incrementAndGet();
                                }
                            }
                        }
                        int count = done.addAndGet(to - from);
                        if (count / 10_000 != (count - (to - from)) / 10_000) {
                            System.out.printf("%d products, %.0f/s%n", count, count / seconds(start));
                        }
                    }))
                    .collect(Collectors.toList());
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        int collections = 0;
        int memberships = 0;
        if (extras) {
            int[][] sizes = {{10, 1}, {100, 1}, {1000, 1}, {products, 10}, {products, 2}};
            for (int[] size : sizes) {
                List<String> members = new ArrayList<>();
                for (int i = 0; i < Math.min(size[0], products); i += size[1]) {
                    if (ids[i] != null) {
                        members.add(ids[i]);
                    }
                }
                String name = size[1] == 1 ? "First " + size[0] : "Every " + ordinal(size[1]) + " product";
                long began = System.nanoTime();
                memberships += collection(api, name + " " + seed, members);
                collections++;
                if (members.size() >= 10_000) {
                    System.out.printf(
                            "collection \"%s\": %d members in %.1f s%n", name, members.size(), seconds(began));
                }
            }
        }
        return new Report(
                store, done.get() - failed.get(), failed.get(), seconds(start), collections, memberships, media.get());
    }

    /** Which kind of product number {@code i} of a catalog seeded with {@code seed} is. */
    public static Kind kind(int i, long seed) {
        int kind = new Random(seed + i).nextInt(100);
        return kind < 70 ? Kind.PLAIN : kind < 90 ? Kind.OPTIONS : kind < 98 ? Kind.VARIANTS_30 : Kind.VARIANTS_300;
    }

    /** Product number {@code i} (a product, as bulk creation takes it): its options decide its variants. */
    static ProductBody product(int i, long seed) {
        Random random = new Random(seed + i);
        random.nextInt(100);
        Kind kind = kind(i, seed);
        ProductOptions options = switch (kind) {
            case PLAIN -> ProductOptions.none();
            case OPTIONS ->
                ProductOptions.sized(IntStream.range(0, 1 + random.nextInt(3))
                        .map(o -> 2 + random.nextInt(3))
                        .toArray());
            case VARIANTS_30 -> ProductOptions.sized(5, 6);
            case VARIANTS_300 -> ProductOptions.sized(10, 10, 3);
        };
        boolean managed = kind == Kind.VARIANTS_30 || kind == Kind.VARIANTS_300;
        // The random draws in the order the catalog of a seed has always been made with.
        String productType = random.nextInt(10) == 0 ? "digital" : "physical";
        boolean visible = random.nextInt(10) != 0;
        String price = "%d.%02d".formatted(1 + random.nextInt(500), random.nextInt(100));
        String discountType = random.nextInt(4) == 0 ? "PERCENT" : "NONE";
        int discount = random.nextInt(4) == 0 ? 10 : 0;
        return ProductBody.named("Product " + i)
                .sku("SKU-" + i)
                .description("Seeded product " + i)
                .productType(productType)
                .visible(visible)
                .price(price)
                .discount(discountType, discount)
                .manageVariants(managed)
                .options(options);
    }

    private static void addMedia(Api api, String productId, int i) {
        Api.Response response = api.post(
                "/stores/v1/products/" + productId + "/media",
                "{\"media\": [{\"url\": \"https://static.example.com/catalog/product-%d.jpg\"}]}".formatted(i));
        if (response.status() != 200) {
            throw new IllegalStateException("media for product " + i + ": " + response);
        }
    }

    private static int collection(Api api, String name, List<String> productIds) {
        Api.Response created =
                api.post("/stores/v1/collections", CollectionBody.named(name).json());
        if (created.status() != 200) {
            throw new IllegalStateException("collection " + name + ": " + created);
        }
        String id = created.json().getJsonObject("collection").getString("id");
        for (int from = 0; from < productIds.size(); from += MEMBERSHIPS_PER_CALL) {
            List<String> part = productIds.subList(from, Math.min(productIds.size(), from + MEMBERSHIPS_PER_CALL));
            Api.Response added =
                    api.post("/stores/v1/collections/" + id + "/productIds", CollectionBody.productIds(part));
            if (added.status() != 200) {
                throw new IllegalStateException("members of collection " + name + ": " + added);
            }
        }
        return productIds.size();
    }

    private static String ordinal(int n) {
        return n == 2 ? "second" : n == 10 ? "tenth" : n + "th";
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
