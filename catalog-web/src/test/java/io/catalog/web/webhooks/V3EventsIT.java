package io.catalog.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.V3EveryField;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V3 product events end to end, to a real HTTP receiver: products created, updated and deleted through both dialects
 * reach a subscription naming the V3 event types in Wix's entity event envelope, each created or updated entity being
 * exactly what Get Product (V3) answered right after the change; a subscription with no event types gets none of
 * them; the {@code wix} format carries them in its JWT.
 */
class V3EventsIT extends CatalogIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String V3 = "/stores/v3/products";
    private static final String V1 = "/stores/v1/products/";
    private static final List<String> V3_TYPES = List.of(
            "wix.stores.catalog.v3.product_created",
            "wix.stores.catalog.v3.product_updated",
            "wix.stores.catalog.v3.product_deleted");

    /** Managed variants (their prices differ) with a cost and a barcode, options of both kinds, merchandising. */
    private static final String SHIRT = """
            {"product": {
              "name": "T-shirt", "plainDescription": "<p>nice <b>summer</b> t-shirt</p><h3>Care</h3>",
              "options": [
                {"name": "Size", "optionRenderType": "TEXT_CHOICES",
                 "choicesSettings": {"choices": [{"name": "S"}, {"name": "L"}]}},
                {"name": "Color", "optionRenderType": "SWATCH_CHOICES",
                 "choicesSettings": {"choices": [{"name": "Green", "colorCode": "#008000"}]}}
              ],
              "variantsInfo": {"variants": [
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}},
                             {"optionChoiceNames": {"optionName": "Color", "choiceName": "Green"}}],
                 "price": {"actualPrice": {"amount": "10.50"}, "compareAtPrice": {"amount": "12"}},
                 "revenueDetails": {"cost": {"amount": "4"}}, "barcode": "0012345",
                 "sku": "TS-S", "physicalProperties": {"weight": 0.2}},
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "L"}},
                             {"optionChoiceNames": {"optionName": "Color", "choiceName": "Green"}}],
                 "price": {"actualPrice": {"amount": "11"}}, "sku": "TS-L", "physicalProperties": {"weight": 0.25}}
              ]},
              "brand": {"name": "Acme"}, "ribbon": {"name": "Sale"}, "additionalRibbons": [{"name": "New"}],
              "seoData": {"tags": [{"type": "title", "children": "A shirt", "custom": false, "disabled": false},
                                   {"type": "meta", "props": {"name": "description", "content": "Shirt"},
                                    "meta": {"height": 300}}],
                          "settings": {"preventAutoRedirect": true,
                                       "keywords": [{"term": "shirt", "isMain": true, "origin": "USER"}]}},
              "extendedFields": {"namespaces": {"@acme/erp": {"erpId": "E-17"}}},
              "tags": {"privateTags": {"tagIds": ["8f0e6c1a-2b3d-4e5f-9a0b-1c2d3e4f5a6b"]},
                       "publicTags": {"tagIds": []}}
            }}""";

    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void changesThroughBothDialectsArriveAsV3EventsCarryingWhatGetProductAnswers() {
        Api store = store("store-" + UUID.randomUUID(), READ, MODIFY);
        String v3Path = path();
        String allPath = path();
        subscribe(store, v3Path, "standard", V3_TYPES);
        subscribe(store, allPath, "standard", null);

        // A product created, updated and deleted through V3.
        JsonObject shirt = created(store, SHIRT);
        String shirtId = shirt.getString("id");
        assertThat(v3(store, shirtId, ""))
                .as("the create's answer, the default fields")
                .isEqualTo(shirt);
        JsonObject shirtAsCreated = v3(store, shirtId);
        Api.Response renamed = store.patch(
                V3 + "/" + shirtId,
                "{\"product\": {\"revision\": \"" + shirt.getString("revision") + "\", \"name\": \"Tee\"}}");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        JsonObject shirtAsRenamed = v3(store, shirtId);
        // ... and changed through v1 (a v1 write announces its change in V3 names too).
        assertThat(store.patch(V1 + shirtId, "{\"product\": {\"description\": \"<p>plain</p>\"}}")
                        .status())
                .isEqualTo(200);
        JsonObject shirtAsDescribed = v3(store, shirtId);
        assertThat(store.delete(V3 + "/" + shirtId).status()).isEqualTo(200);

        // A product created, updated and deleted through v1.
        String mugId = ApiChecks.createProduct(
                        store,
                        ProductBody.named("Mug")
                                .price(4)
                                .sku("M-1")
                                .discount("AMOUNT", 1)
                                .json())
                .getString("id");
        JsonObject mugAsCreated = v3(store, mugId);
        assertThat(store.patch(V1 + mugId, ProductBody.changes().price(5).json())
                        .status())
                .isEqualTo(200);
        JsonObject mugAsRepriced = v3(store, mugId);
        assertThat(store.delete(V1 + mugId).status()).isEqualTo(200);

        List<WebhookReceiver.Received> calls =
                await("the V3 events", () -> receiver.received(v3Path), l -> l.size() >= 7);
        assertThat(calls).hasSize(7);
        List<WebhookReceiver.Received> ofShirt = ofProduct(calls, shirtId);
        List<WebhookReceiver.Received> ofMug = ofProduct(calls, mugId);
        assertThat(ofShirt)
                .extracting(c -> body(c).getString("type"))
                .containsExactly(
                        "wix.stores.catalog.v3.product_created",
                        "wix.stores.catalog.v3.product_updated",
                        "wix.stores.catalog.v3.product_updated",
                        "wix.stores.catalog.v3.product_deleted");
        assertThat(ofMug)
                .extracting(c -> body(c).getString("type"))
                .containsExactly(
                        "wix.stores.catalog.v3.product_created",
                        "wix.stores.catalog.v3.product_updated",
                        "wix.stores.catalog.v3.product_deleted");
        for (WebhookReceiver.Received call : calls) {
            JsonObject event = body(call).getJsonObject("data");
            assertThat(event.getString("id")).isEqualTo(call.header("webhook-id"));
            assertThat(event.getString("entityFqdn")).isEqualTo("wix.stores.catalog.v3.product");
            assertThat(event.getString("entityId")).isEqualTo(call.header("catalog-aggregate-id"));
            assertThat(Instant.parse(event.getString("eventTime"))).isNotNull();
            assertThat(event.getBoolean("triggeredByAnonymizeRequest")).isFalse();
        }
        assertThat(ofShirt)
                .extracting(c -> Long.parseLong(c.header("catalog-sequence")))
                .isSorted()
                .doesNotHaveDuplicates();

        JsonObject created = data(ofShirt.get(0));
        assertThat(created.getString("slug")).isEqualTo("created");
        assertThat(created.getJsonObject("createdEvent").getJsonObject("entity"))
                .isEqualTo(shirtAsCreated);
        JsonObject renamedEvent = data(ofShirt.get(1));
        assertThat(renamedEvent.getString("slug")).isEqualTo("updated");
        assertThat(renamedEvent.getJsonObject("updatedEvent").getJsonObject("currentEntity"))
                .isEqualTo(shirtAsRenamed);
        assertThat(modifiedFields(renamedEvent)).containsExactly("name");
        JsonObject described = data(ofShirt.get(2));
        assertThat(described.getJsonObject("updatedEvent").getJsonObject("currentEntity"))
                .isEqualTo(shirtAsDescribed);
        assertThat(modifiedFields(described)).containsExactly("description", "plainDescription");
        JsonObject deleted = data(ofShirt.get(3));
        assertThat(deleted.getString("slug")).isEqualTo("deleted");
        assertThat(deleted.getString("entityId")).isEqualTo(shirtId);
        assertThat(deleted.getJsonObject("deletedEvent"))
                .isEqualTo(Json.createObjectBuilder().add("movedToTrash", false).build());

        assertThat(data(ofMug.get(0)).getJsonObject("createdEvent").getJsonObject("entity"))
                .isEqualTo(mugAsCreated);
        JsonObject repriced = data(ofMug.get(1));
        assertThat(repriced.getJsonObject("updatedEvent").getJsonObject("currentEntity"))
                .isEqualTo(mugAsRepriced);
        assertThat(modifiedFields(repriced)).containsExactly("actualPriceRange", "compareAtPriceRange", "variantsInfo");
        assertThat(data(ofMug.get(2)).getString("entityId")).isEqualTo(mugId);

        // The subscription without event types gets every v1 event of the same changes, and no V3 one.
        List<WebhookReceiver.Received> all = await(
                "the v1 events",
                () -> receiver.received(allPath),
                l -> ofProduct(l, mugId).size() >= 3);
        assertThat(all).extracting(c -> body(c).getString("type")).noneMatch(type -> type.startsWith("wix."));
        assertThat(ofProduct(all, mugId))
                .extracting(c -> body(c).getString("type"))
                .containsExactly("ProductCreated", "ProductChanged", "ProductDeleted");
    }

    @Test
    void theWixFormatCarriesTheV3EnvelopeInItsJwtAndOnlyTheTypesNamedArrive() throws Exception {
        String storeId = "store-" + UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        String path = path();
        subscribe(store, path, "wix", List.of("wix.stores.catalog.v3.product_updated"));

        String mugId = ApiChecks.createProduct(
                        store, ProductBody.named("Mug").price(4).json())
                .getString("id");
        assertThat(store.patch(V1 + mugId, ProductBody.changes().name("Cup").json())
                        .status())
                .isEqualTo(200);
        JsonObject cup = v3(store, mugId);

        WebhookReceiver.Received call = await("a delivery", () -> receiver.received(path), l -> !l.isEmpty())
                .get(0);
        Api.Response jwks = anonymous().get("/stores/v1/webhooks/jwks");
        assertThat(jwks.status()).as(jwks.body()).isEqualTo(200);
        SignedJWT jwt = SignedJWT.parse(call.body());
        assertThat(jwt.verify(new RSASSAVerifier(JWKSet.parse(jwks.body())
                        .getKeyByKeyId(jwt.getHeader().getKeyID())
                        .toRSAKey())))
                .isTrue();
        JsonObject data = json(jwt.getJWTClaimsSet().getStringClaim("data"));
        assertThat(data.getString("eventType")).isEqualTo("wix.stores.catalog.v3.product_updated");
        assertThat(data.getString("instanceId")).isEqualTo(storeId);
        JsonObject event = json(data.getString("data"));
        assertThat(event.getString("id")).isEqualTo(call.header("webhook-id"));
        assertThat(event.getString("entityId")).isEqualTo(mugId);
        assertThat(event.getJsonObject("updatedEvent").getJsonObject("currentEntity"))
                .isEqualTo(cup);
        assertThat(modifiedFields(event)).containsExactly("name");

        assertThat(store.delete(V1 + mugId).status()).isEqualTo(200);
        String other = path();
        subscribe(store, other, "standard", null);
        String bowlId =
                ApiChecks.createProduct(store, ProductBody.named("Bowl").json()).getString("id");
        await(
                "a later event at another subscription",
                () -> receiver.received(other),
                l -> ofProduct(l, bowlId).size() >= 1);
        assertThat(receiver.received(path)).hasSize(1);
    }

    @Test
    void v3EventTypesAreValidatedAsTheOthersAre() {
        Api store = store("store-" + UUID.randomUUID(), READ, MODIFY);
        Api.Response refused = store.post(
                "/stores/v1/webhooks/subscriptions",
                "{\"subscription\": {\"targetUrl\": \"" + receiver.url(path())
                        + "\", \"eventTypes\": [\"wix.stores.catalog.v3.product_renamed\"]}}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().getString("field")).isEqualTo("subscription.eventTypes[0]");
        assertThat(subscribe(store, path(), "standard", V3_TYPES).getJsonArray("eventTypes"))
                .hasSize(3);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static String path() {
        return "/hooks/" + UUID.randomUUID();
    }

    private static JsonObject created(Api store, String body) {
        Api.Response response = store.post(V3, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    /** The product as its V3 events carry it: Get Product (V3) with every field. */
    private static JsonObject v3(Api store, String id) {
        return v3(store, id, V3EveryField.QUERY);
    }

    private static JsonObject v3(Api store, String id, String query) {
        Api.Response response = store.get(V3 + "/" + id + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject subscribe(Api store, String path, String format, List<String> eventTypes) {
        var subscription =
                Json.createObjectBuilder().add("targetUrl", receiver.url(path)).add("format", format);
        if (eventTypes != null) {
            subscription.add("eventTypes", Json.createArrayBuilder(eventTypes));
        }
        Api.Response response = store.post(
                "/stores/v1/webhooks/subscriptions",
                Json.createObjectBuilder()
                        .add("subscription", subscription)
                        .build()
                        .toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("subscription");
    }

    private static List<WebhookReceiver.Received> ofProduct(List<WebhookReceiver.Received> calls, String id) {
        return calls.stream()
                .filter(c -> id.equals(c.header("catalog-aggregate-id")))
                .toList();
    }

    private static JsonObject body(WebhookReceiver.Received call) {
        return json(call.body());
    }

    private static JsonObject data(WebhookReceiver.Received call) {
        return body(call).getJsonObject("data");
    }

    private static List<String> modifiedFields(JsonObject event) {
        return event
                .getJsonObject("updatedEvent")
                .getJsonArray("modifiedFields")
                .getValuesAs(jakarta.json.JsonString.class)
                .stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static <T> T await(String what, Supplier<T> read, Predicate<T> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T last = read.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
