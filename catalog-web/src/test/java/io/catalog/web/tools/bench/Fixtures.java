package io.catalog.web.tools.bench;

import io.catalog.web.support.Api;
import io.catalog.web.tools.Seed;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seeded products the scenarios use: products with 30 and with 300 managed variants, found by the slugs of the
 * names the seed gave them ({@code Product i} is {@code product-i}, where {@link Seed#kind} tells product {@code i}'s
 * kind; their SKUs are their variants', so a SKU filter does not find them). "Visible" ones serve the storefront reads;
 * any serve the writes.
 */
record Fixtures(List<String> visible30, List<String> visible300, List<String> all30, List<String> all300) {

    private static final int WANTED = 8;

    static Fixtures find(Api admin, int size, long seed) {
        List<Integer> thirty = new ArrayList<>();
        List<Integer> threeHundred = new ArrayList<>();
        for (int i = 0; i < size && (thirty.size() < WANTED * 2 || threeHundred.size() < WANTED * 2); i++) {
            Seed.Kind kind = Seed.kind(i, seed);
            if (kind == Seed.Kind.VARIANTS_30 && thirty.size() < WANTED * 2) {
                thirty.add(i);
            } else if (kind == Seed.Kind.VARIANTS_300 && threeHundred.size() < WANTED * 2) {
                threeHundred.add(i);
            }
        }
        List<JsonObject> products30 = bySlug(admin, thirty);
        List<JsonObject> products300 = bySlug(admin, threeHundred);
        Fixtures fixtures = new Fixtures(
                ids(products30, true), ids(products300, true), ids(products30, false), ids(products300, false));
        if (fixtures.visible30().isEmpty() || fixtures.visible300().isEmpty()) {
            throw new IllegalStateException("the store has no visible seeded product with 30 and 300 variants: "
                    + "seed at least a few hundred products");
        }
        return fixtures;
    }

    /** Up to {@code limit} variant ids of a product. */
    static List<String> variantIds(Api admin, String productId, int limit) {
        Api.Response page = admin.post(
                "/stores/v1/products/" + productId + "/variants/query", "{\"paging\": {\"limit\": " + limit + "}}");
        if (page.status() != 200) {
            throw new IllegalStateException("variants of " + productId + ": " + page);
        }
        return page.json().getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("id"))
                .toList();
    }

    private static List<JsonObject> bySlug(Api admin, List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        String slugs = numbers.stream().map(i -> "\\\"product-" + i + "\\\"").collect(Collectors.joining(","));
        Api.Response page = admin.post(
                "/stores/v1/products/query",
                "{\"query\": {\"filter\": \"{\\\"slug\\\": {\\\"$hasSome\\\": [" + slugs + "]}}\", "
                        + "\"paging\": {\"limit\": 100}}}");
        if (page.status() != 200) {
            throw new IllegalStateException("cannot find the seeded products: " + page);
        }
        return page.json().getJsonArray("products").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(List<JsonObject> products, boolean visibleOnly) {
        return products.stream()
                .filter(p -> !visibleOnly || p.getBoolean("visible", true))
                .map(p -> p.getString("id"))
                .limit(WANTED)
                .toList();
    }
}
