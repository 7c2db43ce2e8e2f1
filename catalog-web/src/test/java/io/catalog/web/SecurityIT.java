package io.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Every call needs a valid token of a store; permissions decide what it may do; stores never see each other. */
class SecurityIT extends CatalogIT {

    private static final String SEED_PRODUCT = """
            {"product": {"name": "T-shirt", "priceData": {"price": 10.5}}}""";

    @Test
    void callsWithoutATokenAreUnauthorized() {
        Api.Response response = anonymous().get("/stores/v1/products/" + java.util.UUID.randomUUID());

        assertUnauthorized(response, "needs a bearer token");
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthorized() {
        String forged = token("store-a", READ, MODIFY);
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        Api.Response response = anonymous().withToken(tampered).post("/stores/v1/products", SEED_PRODUCT);

        assertUnauthorized(response, "not valid");
    }

    @Test
    void anExpiredOrMalformedTokenIsUnauthorized() {
        String product = "/stores/v1/products/" + java.util.UUID.randomUUID();

        assertUnauthorized(anonymous().withToken(expiredToken("store-a", READ)).get(product), "not valid");
        assertUnauthorized(anonymous().withToken("not.a.token").get(product), "not valid");
        assertUnauthorized(
                anonymous().withHeader("Authorization", "Basic dXNlcjpwYXNz").get(product), "needs a bearer token");
    }

    /** A 401 in the error shape, code UNAUTHORIZED, asking for a bearer token. */
    private static void assertUnauthorized(Api.Response response, String saying) {
        ApiChecks.assertError(response, 401, "UNAUTHORIZED", null);
        assertThat(response.json().getString("message")).contains(saying);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void aTokenWithoutAStoreIsUnauthorizedEveryTimeWhileTheStoresTokenReads() {
        Api withoutStore = anonymous().withToken(token(null, READ, MODIFY));
        Api owner = newStore();
        String id = owner.post("/stores/v1/products", SEED_PRODUCT)
                .json()
                .getJsonObject("product")
                .getString("id");

        for (int i = 0; i < 3; i++) {
            Api.Response refused = withoutStore.get("/stores/v1/products/" + id);
            assertUnauthorized(refused, "instanceId");
            assertThat(owner.get("/stores/v1/products/" + id).status()).isEqualTo(200);
        }
    }

    /**
     * The store claim is taken exactly as written: quotes around or inside a store's id, an empty or overlong claim,
     * control characters or a claim that is not a string name no store and are refused, every time.
     */
    @Test
    void aStoreClaimThatIsNotExactlyAStoreIdIsUnauthorized() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api owner = store(storeId, READ, MODIFY);
        String id = owner.post("/stores/v1/products", SEED_PRODUCT)
                .json()
                .getJsonObject("product")
                .getString("id");
        List<Object> claims = List.of(
                "\"" + storeId + "\"",
                storeId.substring(0, 6) + "\"" + storeId.substring(6),
                "",
                "s".repeat(200),
                storeId + "\u0000",
                storeId + "\r\n",
                42,
                true,
                java.util.Map.of("id", storeId),
                List.of(storeId));

        for (Object claim : claims) {
            Api caller = anonymous().withToken(tokenClaiming(claim, READ, MODIFY));
            for (int i = 0; i < 2; i++) {
                Api.Response refused = caller.get("/stores/v1/products/" + id);
                ApiChecks.assertError(refused, 401, "UNAUTHORIZED", null);
                assertThat(refused.json().getString("message")).as("%s", claim).contains("instanceId");
            }
            ApiChecks.assertError(
                    caller.patch("/stores/v1/products/" + id, "{\"product\": {\"name\": \"Taken\"}}"),
                    401,
                    "UNAUTHORIZED",
                    null);
        }
        Api.Response kept = owner.get("/stores/v1/products/" + id);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().getJsonObject("product").getString("name")).isEqualTo("T-shirt");
    }

    @Test
    void readingNeedsAPermissionAndWritingNeedsModify() {
        String store = "store-" + java.util.UUID.randomUUID();
        Api reader = store(store, READ);
        Api nobody = store(store);

        Api.Response forbidden = reader.post("/stores/v1/products", SEED_PRODUCT);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().getString("code")).isEqualTo("FORBIDDEN");
        assertThat(forbidden.json().getString("message")).contains("MODIFY_PRODUCTS");
        assertThat(nobody.get("/stores/v1/products/" + java.util.UUID.randomUUID())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void anotherStoresProductIsNotFound() {
        Api owner = newStore();
        String id = owner.post("/stores/v1/products", SEED_PRODUCT)
                .json()
                .getJsonObject("product")
                .getString("id");
        Api stranger = newStore();

        assertThat(owner.get("/stores/v1/products/" + id).status()).isEqualTo(200);
        Api.Response read = stranger.get("/stores/v1/products/" + id);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().getString("code")).isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(stranger.patch("/stores/v1/products/" + id, SEED_PRODUCT).status())
                .isEqualTo(404);
        assertThat(stranger.delete("/stores/v1/products/" + id).status()).isEqualTo(404);
        assertThat(owner.get("/stores/v1/products/" + id).status()).isEqualTo(200);
    }

    /**
     * The resources are singletons that read the caller from each request's security context: callers of different
     * stores and permissions, interleaved on many threads, each get exactly their own view.
     */
    @Test
    void concurrentCallersOfDifferentStoresAndPermissionsEachSeeTheirOwn() throws Exception {
        String storeA = "store-" + java.util.UUID.randomUUID();
        Api ownerA = store(storeA, READ, MODIFY);
        Api readerA = store(storeA, READ);
        Api ownerB = newStore();
        String hiddenA = ownerA.post("/stores/v1/products", """
                {"product": {"name": "Hidden", "visible": false, "priceData": {"price": 1}}}""")
                .json()
                .getJsonObject("product")
                .getString("id");
        String visibleB = ownerB.post("/stores/v1/products", SEED_PRODUCT)
                .json()
                .getJsonObject("product")
                .getString("id");

        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            calls.add(() -> "ownerA/hiddenA "
                    + ownerA.get("/stores/v1/products/" + hiddenA).status());
            calls.add(() -> "readerA/hiddenA "
                    + readerA.get("/stores/v1/products/" + hiddenA).status());
            calls.add(() -> "ownerB/hiddenA "
                    + ownerB.get("/stores/v1/products/" + hiddenA).status());
            calls.add(() -> "ownerB/visibleB "
                    + ownerB.get("/stores/v1/products/" + visibleB).status());
            calls.add(() -> "ownerA/visibleB "
                    + ownerA.get("/stores/v1/products/" + visibleB).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> call : pool.invokeAll(calls)) {
                outcomes.add(call.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes)
                .hasSize(750)
                .filteredOn(o -> !o.equals("ownerA/hiddenA 200")
                        && !o.equals("readerA/hiddenA 404")
                        && !o.equals("ownerB/hiddenA 404")
                        && !o.equals("ownerB/visibleB 200")
                        && !o.equals("ownerA/visibleB 404"))
                .isEmpty();
        assertThat(outcomes).filteredOn("ownerA/hiddenA 200"::equals).hasSize(150);
        assertThat(outcomes).filteredOn("readerA/hiddenA 404"::equals).hasSize(150);
    }

    @Test
    void healthReadinessChecksTheDatabaseAndTheOutboxLag() {
        Api.Response ready = anonymous().get("/health/ready");

        assertThat(ready.status()).isEqualTo(200);
        List<JsonObject> checks = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class);
        assertThat(checks)
                .extracting(check -> check.getString("name") + " " + check.getString("status"))
                .contains("database UP", "event-outbox UP");
        JsonObject outbox = checks.stream()
                .filter(check -> check.getString("name").equals("event-outbox"))
                .findFirst()
                .orElseThrow()
                .getJsonObject("data");
        assertThat(outbox.getJsonNumber("maxLagSeconds").longValue()).isEqualTo(300);
        assertThat(outbox.getJsonNumber("oldestUnpublishedAgeSeconds").longValue())
                .isBetween(0L, 300L);
    }
}
