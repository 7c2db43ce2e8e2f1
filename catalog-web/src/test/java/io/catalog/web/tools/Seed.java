package io.catalog.web.tools;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.catalog.web.support.Api;
import io.catalog.web.support.TokenIssuer;

/**
 * Fills a store of a running catalog with products, through its bulk-creation API (and so through the domain's
 * rules), for benchmarks and manual tries:
 * {@code ./mvnw -q -pl catalog-web exec:java@seed -Dstore=bench -Dproducts=10000 -Dthreads=4 -Dbatch=100}.
 * The mix is realistic: most products have no options or up to three unmanaged ones, 8% manage 30 variants and 2%
 * manage 300; a tenth are hidden. The same {@code -Dseed} gives the same catalog. Prints products per second.
 */
public final class Seed {

    private Seed() {
    }

    public static void main(String[] args) throws Exception {
        String store = System.getProperty("store", "seed-store");
        int products = Integer.getInteger("products", 1000);
        int threads = Integer.getInteger("threads", 4);
        long seed = Long.getLong("seed", 42L);
        URI url = URI.create(System.getProperty("url", "http://localhost:9080/"));
        String dir = System.getenv().getOrDefault("CATALOG_JWT_DIR",
                Path.of(System.getProperty("user.home"), ".catalog", "jwt").toString());
        String token = TokenIssuer.inFolder(Path.of(dir))
                .token(store, List.of("READ_PRODUCTS", "MODIFY_PRODUCTS"), Duration.ofHours(12));
        Api api = Api.at(url).withToken(token);

        int batch = Math.max(1, Math.min(100, Integer.getInteger("batch", 100)));
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = IntStream.range(0, (products + batch - 1) / batch).mapToObj(b -> pool.submit(() -> {
                int from = b * batch;
                int to = Math.min(products, from + batch);
                String items = IntStream.range(from, to).mapToObj(i -> product(i, new Random(seed + i)))
                        .collect(Collectors.joining(",", "{\"products\": [", "]}"));
                Api.Response response = api.post("/stores/v1/bulk/products", items);
                int refused = response.status() != 200 ? to - from
                        : (int) response.json().getJsonObject("bulkActionMetadata").getJsonNumber("totalFailures").longValue();
                if (refused > 0 && failed.addAndGet(refused) <= 5 * batch) {
                    System.err.println("batch " + b + ": " + response);
                }
                int count = done.addAndGet(to - from);
                if (count / 1000 != (count - (to - from)) / 1000) {
                    System.out.printf("%d products, %.0f/s%n", count, count / seconds(start));
                }
            })).collect(Collectors.toList());
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        System.out.printf("store %s: %d products created (%d failed) in %.1f s, %.0f products/s%n",
                store, done.get() - failed.get(), failed.get(), seconds(start), done.get() / seconds(start));
        if (failed.get() > 0) {
            System.exit(1);
        }
    }

    /** Product number {@code i} (a product object, as bulk creation takes it): its options decide its variants. */
    static String product(int i, Random random) {
        int kind = random.nextInt(100);
        String options;
        boolean managed;
        if (kind < 70) {
            options = "[]";
            managed = false;
        } else if (kind < 90) {
            options = options(random, IntStream.range(0, 1 + random.nextInt(3)).map(o -> 2 + random.nextInt(3)).toArray());
            managed = false;
        } else if (kind < 98) {
            options = options(random, 5, 6);
            managed = true;
        } else {
            options = options(random, 10, 10, 3);
            managed = true;
        }
        return """
                {"name": "Product %d", "sku": "SKU-%d", "description": "Seeded product %d",
                 "productType": "%s", "visible": %s, "priceData": {"price": %d.%02d},
                 "discount": {"type": "%s", "value": %d}, "manageVariants": %s, "productOptions": %s}"""
                .formatted(i, i, i, random.nextInt(10) == 0 ? "digital" : "physical", random.nextInt(10) != 0,
                        1 + random.nextInt(500), random.nextInt(100), random.nextInt(4) == 0 ? "PERCENT" : "NONE",
                        random.nextInt(4) == 0 ? 10 : 0, managed, options);
    }

    private static String options(Random random, int... choices) {
        String[] names = {"Size", "Color", "Material", "Fit", "Style", "Length"};
        return IntStream.range(0, choices.length).mapToObj(o -> "{\"name\": \"" + names[o] + "\", \"choices\": ["
                        + IntStream.range(0, choices[o]).mapToObj(c -> "{\"value\": \"" + names[o].charAt(0) + c + "\"}")
                        .collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
