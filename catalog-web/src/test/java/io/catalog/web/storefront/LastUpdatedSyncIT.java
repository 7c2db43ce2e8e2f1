package io.catalog.web.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.InventoryItemBody;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * {@code lastUpdated} has one precision everywhere (milliseconds): the value a write answers is the value reads
 * answer and filters compare, so a client that syncs by {@code lastUpdated} misses no change.
 */
class LastUpdatedSyncIT extends CatalogIT {

    private static final String QUERY = "/stores/v1/products/query";

    @Test
    void theLastUpdatedOfEveryWriteAnswerIsTheOneReadAndFiltered() {
        String storeId = "store-" + UUID.randomUUID();
        Api editor = store(storeId, READ, MODIFY);
        Api storefront = store(storeId, READ);
        JsonObject created = ApiChecks.createProduct(
                editor, ProductBody.named("Clock").trackedStock(5).json());
        String id = created.getString("id");
        List<String> answered = new ArrayList<>();
        answered.add(created.getString("lastUpdated"));
        answered.add(ok(editor.patch(
                        "/stores/v1/products/" + id,
                        ProductBody.changes().name("Clock 2").json()))
                .getJsonObject("product")
                .getString("lastUpdated"));
        answered.add(ok(editor.patch(
                        "/stores/v2/inventoryItems/product/" + id,
                        InventoryItemBody.update()
                                .quantity("00000000-0000-0000-0000-000000000000", 9)
                                .json()))
                .getJsonObject("inventoryItem")
                .getString("lastUpdated"));

        for (String lastUpdated : answered) {
            assertThat(Instant.parse(lastUpdated).getNano() % 1_000_000)
                    .as(lastUpdated)
                    .isZero();
        }
        String last = answered.get(answered.size() - 1);
        assertThat(ok(editor.get("/stores/v1/products/" + id))
                        .getJsonObject("product")
                        .getString("lastUpdated"))
                .isEqualTo(last);
        for (Api caller : List.of(editor, storefront)) {
            for (String operator : List.of("$eq", "$gte", "$lte")) {
                assertThat(ids(caller, "{\"lastUpdated\": {\"" + operator + "\": \"" + last + "\"}}"))
                        .as("%s the write's own lastUpdated", operator)
                        .containsExactly(id);
            }
            assertThat(ids(caller, "{\"lastUpdated\": {\"$hasSome\": [\"" + last + "\"]}}"))
                    .containsExactly(id);
            assertThat(ids(caller, "{\"lastUpdated\": {\"$gt\": \"" + last + "\"}}"))
                    .isEmpty();
        }
    }

    /**
     * Two writers change ten products over and over while a reader syncs: it asks for the products with
     * {@code lastUpdated $gte} the last value it saw, less a second (changes commit a moment after their
     * {@code lastUpdated} is taken, see README), sorted by {@code lastUpdated}, and keeps the latest revision of each.
     * Once the writers stop, one more sync: the reader holds every product at its final revision.
     */
    @Test
    void aReaderSyncingByLastUpdatedWhileWritesGoOnMissesNone() throws Exception {
        String storeId = "store-" + UUID.randomUUID();
        Api editor = store(storeId, READ, MODIFY);
        Api storefront = store(storeId, READ);
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            products.add(ApiChecks.createProduct(
                            editor, ProductBody.named("Synced " + i).json())
                    .getString("id"));
        }
        Map<String, Long> seen = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<CompletableFuture<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            writers.add(CompletableFuture.supplyAsync(() -> {
                int writes = 0;
                for (int round = 0; round < 15; round++) {
                    for (int p = writer; p < products.size(); p += 2) {
                        Api.Response patched = editor.patch(
                                "/stores/v1/products/" + products.get(p),
                                ProductBody.changes().price(round + 1).json());
                        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
                        writes++;
                    }
                }
                return writes;
            }));
        }
        CompletableFuture<Void> allWritten = CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> writing.set(false));
        Instant cursor = Instant.EPOCH;
        int syncs = 0;
        while (writing.get()) {
            cursor = sync(storefront, cursor, seen);
            syncs++;
        }
        allWritten.get();
        sync(storefront, cursor, seen);

        int writes = 0;
        for (CompletableFuture<Integer> writer : writers) {
            writes += writer.get();
        }
        assertThat(writes).isEqualTo(150);
        assertThat(syncs).as("syncs while the writers ran").isGreaterThan(1);
        Map<String, Long> finals = new HashMap<>();
        for (String id : products) {
            finals.put(
                    id,
                    Long.parseLong(ok(editor.get("/stores/v1/products/" + id))
                            .getJsonObject("product")
                            .getString("revision")));
        }
        assertThat(seen).as("the revisions the reader ended with").isEqualTo(finals);
    }

    /** One sync from {@code cursor}: every page of the changes, each product's latest revision kept; the new cursor. */
    private static Instant sync(Api reader, Instant cursor, Map<String, Long> seen) {
        Instant from = cursor.equals(Instant.EPOCH) ? cursor : cursor.minus(Duration.ofSeconds(1));
        Instant next = cursor;
        int offset = 0;
        while (true) {
            JsonObject page = ok(reader.post(
                    QUERY,
                    "{\"query\": {\"filter\": {\"lastUpdated\": {\"$gte\": \"" + from
                            + "\"}}, \"sort\": [{\"lastUpdated\": \"asc\"}], \"paging\": {\"limit\": 100, \"offset\": "
                            + offset
                            + "}}}"));
            List<JsonObject> products = page.getJsonArray("products").getValuesAs(JsonObject.class);
            for (JsonObject product : products) {
                seen.merge(product.getString("id"), Long.parseLong(product.getString("revision")), Math::max);
                Instant updated = Instant.parse(product.getString("lastUpdated"));
                next = updated.isAfter(next) ? updated : next;
            }
            if (products.size() < 100) {
                return next;
            }
            offset += 100;
        }
    }

    private static List<String> ids(Api caller, String filter) {
        return ok(caller.post(QUERY, "{\"query\": {\"filter\": " + filter + "}}"))
                .getJsonArray("products")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(p -> p.getString("id"))
                .toList();
    }

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
