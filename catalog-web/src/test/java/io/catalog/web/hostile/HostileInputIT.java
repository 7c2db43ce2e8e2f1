package io.catalog.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hostile-input corpus: every request of every {@link HostileCases} family is sent to the real server and must be
 * answered with a 4xx JSON error (an object with a {@code code} and a {@code message}, at most {@value #MAX_ERROR_BYTES}
 * bytes, naming no Java class, framework message id or stack frame), and the store must read the same afterwards.
 * Every failing request is reported, not only the first. A few requests are reads the caller may make, aimed at what
 * it may not see: those must be answered 200 without showing it ({@link HostileRequest#expectOkShowing}).
 */
class HostileInputIT extends CatalogIT {

    static final List<HostileCases> FAMILIES = List.of(
            new BasicCases(),
            new ErrorShapeCases(),
            new StrictInputCases(),
            new StorefrontCases(),
            new SeedLimitCases(),
            new TenantCases(),
            new V3Cases(),
            new V3SearchCases(),
            new V3MerchandisingCases(),
            new V3DetailsCases(),
            new V3ModifierCases(),
            new V3SubscriptionCases(),
            new V3CategoryCases());

    static final int MAX_ERROR_BYTES = 4096;

    /** Java, Liberty and RESTEasy showing through an answer. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|RESTEASY\\d|SRVE\\d|CWW[A-Z]{2}\\d|java\\.|jakarta\\.|io\\.catalog|com\\.ibm|org\\.jboss"
                    + "|\\bat [a-z]+\\.[a-zA-Z.$]+\\(");

    @Test
    void everyHostileRequestIsRefusedCleanlyAndChangesNothing() {
        HostileStore store = hostileStore();
        Api modify = store("unused").withToken(store.modifyToken());
        String before = snapshot(modify, store);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (HostileCases family : FAMILIES) {
            for (HostileRequest request : family.requests(store)) {
                sent++;
                RawHttp.Answer answer =
                        RawHttp.send(baseUri().getHost(), baseUri().getPort(), request);
                String problem = problem(request, answer);
                if (problem == null) {
                    String after = snapshot(modify, store);
                    if (!after.equals(before)) {
                        problem = "the store changed";
                        before = after;
                    }
                }
                if (problem != null) {
                    failures.add(family.getClass().getSimpleName() + ": " + request + ": " + problem);
                }
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(0);
        assertThat(failures)
                .as("hostile requests not refused cleanly (of %d)", sent)
                .isEmpty();
    }

    static String problem(HostileRequest request, RawHttp.Answer answer) {
        if (answer.status() == 0) {
            return answer.failure();
        }
        String body = answer.text();
        String excerpt = body.length() > 300 ? body.substring(0, 300) + "..." : body;
        if (request.succeeds()) {
            return leak(request, answer.status(), body, excerpt);
        }
        if (request.expectedStatus() != 0
                ? answer.status() != request.expectedStatus()
                : answer.status() < 400 || answer.status() > 499) {
            return "answered " + answer.status() + " " + excerpt;
        }
        if (answer.body().length > MAX_ERROR_BYTES) {
            return "an error of " + answer.body().length + " bytes";
        }
        String type = answer.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return "answered " + answer.status() + " as " + type + ": " + excerpt;
        }
        JsonObject error;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            error = reader.readObject();
        } catch (RuntimeException e) {
            return "answered " + answer.status() + " with a body that is not a JSON object: " + excerpt;
        }
        if (error.get("code") == null
                || error.get("code").getValueType() != JsonValue.ValueType.STRING
                || error.get("message") == null) {
            return "answered " + answer.status() + " without the error shape: " + excerpt;
        }
        if (request.expectedCode() != null && !request.expectedCode().equals(error.getString("code"))) {
            return "answered code " + error.getString("code") + ", expected " + request.expectedCode() + ": " + excerpt;
        }
        if (LEAK.matcher(body).find()) {
            return "the answer names Java or the framework: " + excerpt;
        }
        return null;
    }

    /** What is wrong with the answer to a read that must succeed without showing what the caller may not see. */
    private static String leak(HostileRequest request, int status, String body, String excerpt) {
        if (status != request.expectedStatus()) {
            return "answered " + status + " " + excerpt;
        }
        for (String secret : request.secrets()) {
            if (body.contains(secret)) {
                return "the answer shows \"" + secret + "\": " + excerpt;
            }
        }
        if (request.expectedBody() != null
                && !Pattern.compile(request.expectedBody()).matcher(body).find()) {
            return "the answer does not match " + request.expectedBody() + ": " + excerpt;
        }
        return null;
    }

    private static HostileStore hostileStore() {
        String id = "hostile-" + UUID.randomUUID();
        Api modify = store(id, READ, MODIFY);
        String productId = ApiChecks.createProduct(modify, """
                {"product": {"name": "Hostile target", "sku": "target-1", "priceData": {"price": 12.5},
                  "description": "<p>Kept as it is</p>", "manageVariants": true,
                  "stock": {"trackInventory": true, "quantity": 5},
                  "productOptions": [
                    {"name": "Size", "choices": [{"value": "S", "description": "S"}, {"value": "L", "description": "L"}]},
                    {"name": "Color", "choices": [{"value": "Red", "description": "Red"}]}]}}""").getString("id");
        String hiddenId = ApiChecks.createProduct(modify, """
                {"product": {"name": "Hidden one", "visible": false, "priceData": {"price": 3}}}""").getString("id");
        Api.Response collection =
                modify.post("/stores/v1/collections", "{\"collection\": {\"name\": \"Hostile collection\"}}");
        assertThat(collection.status()).as(collection.toString()).isEqualTo(200);
        String collectionId = collection.json().getJsonObject("collection").getString("id");
        assertThat(modify.post(
                                "/stores/v1/collections/" + collectionId + "/productIds",
                                "{\"productIds\": [\"" + productId + "\"]}")
                        .status())
                .isEqualTo(200);
        Api.Response subscription = modify.post(
                "/stores/v1/webhooks/subscriptions",
                "{\"subscription\": {\"targetUrl\": \"http://localhost:9/hooks\", \"eventTypes\": [\"ProductDeleted\"]}}");
        assertThat(subscription.status()).as(subscription.toString()).isEqualTo(200);
        String subscriptionId =
                subscription.json().getJsonObject("subscription").getString("id");
        String otherId = "other-" + UUID.randomUUID();
        Api other = store(otherId, READ, MODIFY);
        ApiChecks.createProduct(other, "{\"product\": {\"name\": \"Other one\", \"priceData\": {\"price\": 1}}}");
        ApiChecks.createProduct(other, "{\"product\": {\"name\": \"Other two\", \"priceData\": {\"price\": 2}}}");
        return new HostileStore(
                id,
                modify.bearer(),
                token(id, READ),
                other.bearer(),
                v3Cursor(modify),
                v3Cursor(other),
                productId,
                hiddenId,
                collectionId,
                subscriptionId,
                CatalogIT::tokenClaiming);
    }

    /** The next cursor of a V3 query of one product a page, as the store's owner asks it. */
    private static String v3Cursor(Api api) {
        Api.Response page = api.post("/stores/v3/products/query", "{\"query\": {\"cursorPaging\": {\"limit\": 1}}}");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json()
                .getJsonObject("pagingMetadata")
                .getJsonObject("cursors")
                .getString("next");
    }

    /** What the store holds, as its owner reads it. */
    private static String snapshot(Api modify, HostileStore store) {
        return String.join(
                "\n",
                modify.get("/stores/v1/products/" + store.productId() + "?includeVariants=true")
                        .body(),
                modify.get("/stores/v1/products/" + store.hiddenProductId()).body(),
                modify.post("/stores/v1/products/query", "{\"includeVariants\": true}")
                        .body(),
                modify.post("/stores/v1/collections/query", "{}").body(),
                modify.get("/stores/v2/inventoryItems/product/" + store.productId())
                        .body(),
                modify.get("/stores/v1/webhooks/subscriptions").body(),
                modify.get("/stores/v1/settings").body());
    }
}
