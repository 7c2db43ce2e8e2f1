package io.catalog.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.events.probe.EventProbe;
import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.InventoryItemBody;
import io.catalog.web.support.MessageDrivenBindings;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.StockAdjustment;
import io.catalog.web.support.V3EveryField;
import io.catalog.web.webhooks.WebhookReceiver;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * Domain events leave through the outbox to the JMS topic {@code catalog.events}: a test-only application (the
 * events probe, deployed beside the catalog) subscribes to the topic durably over the messaging engine's TCP port
 * and shows the test what it received, and the catalog's outbox rows.
 */
class EventsIT extends CatalogIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment(name = "events-probe", testable = false, order = 2)
    static WebArchive eventsProbe() {
        return ShrinkWrap.create(WebArchive.class, "events-probe.war")
                .addPackage(EventProbe.class.getPackage())
                .addAsWebInfResource(
                        new StringAsset(MessageDrivenBindings.of("EventProbe", "jms/catalog/test/eventsProbe")),
                        "ibm-ejb-jar-bnd.xml");
    }

    @Test
    void everyCommittedChangeIsPublishedOnceInOrderPerProductWithItsPayload() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        JsonObject shirt = create(
                store,
                ProductBody.named("T-shirt")
                        .price("10.5")
                        .sku("123df")
                        .visible(false)
                        .discount("AMOUNT", 1)
                        .manageVariants()
                        .option("Size", "S", "L")
                        .json());
        JsonObject mug =
                create(store, ProductBody.named("Mug").price(4).sku("M-1").json());
        String shirtId = shirt.getString("id");
        String mugId = mug.getString("id");

        assertThat(store.patch(
                                "/stores/v1/products/" + shirtId,
                                ProductBody.changes().name("Tee").json())
                        .status())
                .isEqualTo(200);
        assertThat(store.patch(
                                "/stores/v1/products/" + mugId,
                                ProductBody.changes().price(5).json())
                        .status())
                .isEqualTo(200);
        assertThat(store.patch(
                                "/stores/v1/products/" + shirtId + "/variants",
                                "{\"variants\": [{\"choices\": {\"Size\": \"L\"}, \"price\": 12}]}")
                        .status())
                .isEqualTo(200);
        // Refused changes raise nothing: a 400 before the transaction, a 409 inside it (rolled back).
        assertThat(store.patch("/stores/v1/products/" + mugId, "{\"product\": {\"name\": \"" + "x".repeat(81) + "\"}}")
                        .status())
                .isEqualTo(400);
        assertThat(store.delete("/stores/v1/products/" + shirtId + "/options").status())
                .isEqualTo(409);
        assertThat(store.delete("/stores/v1/products/" + mugId).status()).isEqualTo(200);

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(shirtId, List.of("ProductCreated", "ProductChanged", "ProductChanged", "VariantsChanged"));
        expected.put(mugId, List.of("ProductCreated", "ProductChanged", "ProductDeleted"));

        JsonArray outbox = await(
                "every outbox row of the store published",
                () -> probe("outbox", storeId),
                rows -> rows.size() == 7
                        && rows.stream().allMatch(r -> r.asJsonObject().getBoolean("published")));
        List<JsonObject> received = await(
                        "every event received", () -> probe("received", storeId), messages -> messages.size() >= 7)
                .getValuesAs(JsonObject.class);

        assertThat(received).noneMatch(m -> m.containsKey("error"));
        assertThat(received)
                .extracting(m -> m.getString("eventId"))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(outbox.getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("id"))
                        .toList());
        expected.forEach((productId, types) -> {
            List<JsonObject> ofProduct = received.stream()
                    .filter(m -> m.getString("aggregateId").equals(productId))
                    .toList();
            assertThat(ofProduct).extracting(m -> m.getString("eventType")).containsExactlyElementsOf(types);
            assertThat(ofProduct)
                    .extracting(m -> m.getJsonNumber("sequence").longValue())
                    .containsExactly(java.util.stream.LongStream.rangeClosed(1, types.size())
                            .boxed()
                            .toArray(Long[]::new));
        });
        for (JsonObject message : received) {
            JsonObject body = parse(message.getString("body"));
            assertThat(message.getString("correlationId")).isEqualTo(message.getString("eventId"));
            assertThat(message.getString("jmsType")).isEqualTo(message.getString("eventType"));
            assertThat(message.getString("aggregateType")).isEqualTo("product");
            assertThat(body.getString("eventId")).isEqualTo(message.getString("eventId"));
            assertThat(body.getString("eventType")).isEqualTo(message.getString("eventType"));
            assertThat(body.getString("store")).isEqualTo(storeId);
            assertThat(body.getString("aggregateId")).isEqualTo(message.getString("aggregateId"));
            assertThat(body.getJsonNumber("sequence").longValue())
                    .isEqualTo(message.getJsonNumber("sequence").longValue());
            assertThat(Instant.parse(body.getString("occurredAt"))).isNotNull();
            assertThat(body.getJsonObject("data").getString("productId")).isEqualTo(message.getString("aggregateId"));
        }

        JsonObject created = data(received, shirtId, "ProductCreated");
        assertThat(created.getString("name")).isEqualTo("T-shirt");
        assertThat(created.getString("sku")).isEmpty(); // managed variants: seed 002 sends an empty SKU
        assertThat(created.getBoolean("visible")).isFalse();
        assertThat(created.getJsonObject("price")).isEqualTo(shirt.getJsonObject("priceData"));
        assertThat(created.getJsonObject("media").getJsonArray("items")).isEmpty();
        assertThat(created.getJsonObject("productPageUrl")).isEqualTo(shirt.getJsonObject("productPageUrl"));
        assertThat(data(received, mugId, "ProductCreated").getString("sku")).isEqualTo("M-1");

        assertThat(changedFields(data(received, mugId, "ProductChanged"))).contains("price");
        List<JsonObject> shirtChanges = received.stream()
                .filter(m -> m.getString("aggregateId").equals(shirtId)
                        && m.getString("eventType").equals("ProductChanged"))
                .map(m -> parse(m.getString("body")).getJsonObject("data"))
                .toList();
        assertThat(changedFields(shirtChanges.get(0))).contains("name");
        assertThat(changedFields(shirtChanges.get(1))).containsExactly("variants");

        JsonObject variants = data(received, shirtId, "VariantsChanged");
        assertThat(variants.getJsonArray("variants")).hasSize(1);
        JsonObject variant = variants.getJsonArray("variants").getJsonObject(0);
        assertThat(variant.getString("variantId"))
                .isEqualTo(shirt.getJsonArray("variants").getJsonObject(1).getString("id"));
        assertThat(variant.getJsonObject("choices"))
                .isEqualTo(Json.createObjectBuilder().add("Size", "L").build());
        assertThat(changedFields(variant)).contains("price");

        assertThat(data(received, mugId, "ProductDeleted"))
                .isEqualTo(Json.createObjectBuilder().add("productId", mugId).build());
        // The outbox keeps the payload the message carries.
        for (JsonObject row : outbox.getValuesAs(JsonObject.class)) {
            JsonObject message = received.stream()
                    .filter(m -> m.getString("eventId").equals(row.getString("id")))
                    .findFirst()
                    .orElseThrow();
            assertThat(parse(row.getString("payload")))
                    .isEqualTo(parse(message.getString("body")).getJsonObject("data"));
            assertThat(row.getJsonNumber("sequence").longValue())
                    .isEqualTo(message.getJsonNumber("sequence").longValue());
        }
    }

    @Test
    void concurrentWritersOfOneProductGetConsecutiveSequenceNumbers() throws Exception {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        String id = create(store, ProductBody.named("Busy").json()).getString("id");
        int writers = 3;
        int writes = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        int total;
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                for (int i = 0; i < writes; i++) {
                    int write = i;
                    statuses.add(pool.submit(() -> store.patch(
                                    "/stores/v1/products/" + id,
                                    ProductBody.changes()
                                            .description("w" + writer + "-" + write)
                                            .json())
                            .status()));
                }
            }
            int changes = 0;
            for (java.util.concurrent.Future<Integer> status : statuses) {
                // a write that lost every retry to the others answers 409 and raises nothing
                assertThat(status.get()).isIn(200, 409);
                changes += status.get() == 200 ? 1 : 0;
            }
            total = 1 + changes;
        } finally {
            pool.shutdown();
        }

        int expected = total;
        await(
                "every outbox row of the store published",
                () -> probe("outbox", storeId),
                rows -> rows.size() == expected
                        && rows.stream().allMatch(r -> r.asJsonObject().getBoolean("published")));
        List<JsonObject> received = await(
                        "every event received",
                        () -> probe("received", storeId),
                        messages -> messages.size() >= expected)
                .getValuesAs(JsonObject.class);

        assertThat(received)
                .extracting(m -> m.getJsonNumber("sequence").longValue())
                .containsExactly(java.util.stream.LongStream.rangeClosed(1, expected)
                        .boxed()
                        .toArray(Long[]::new));
    }

    @Test
    void stockChangesRaiseInventoryEventsAndFallingToTheWarningLimitRaisesLowStockOncePerFall() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        JsonObject lamp = create(
                store, ProductBody.named("Lamp").trackedStock(5).warningLimit(3).json());
        String id = lamp.getString("id");
        String variant = "00000000-0000-0000-0000-000000000000";

        assertThat(store.post("/stores/v2/inventoryItems/decrement", StockAdjustment.decrement(id, variant, 1))
                        .status())
                .isEqualTo(200); // 4
        assertThat(store.post("/stores/v2/inventoryItems/decrement", StockAdjustment.decrement(id, variant, 2))
                        .status())
                .isEqualTo(200); // 2: falls
        assertThat(store.patch(
                                "/stores/v2/inventoryItems/product/" + id,
                                InventoryItemBody.update().quantity(variant, 1).json())
                        .status())
                .isEqualTo(200); // 1: stays below
        assertThat(store.post("/stores/v2/inventoryItems/increment", StockAdjustment.increment(id, variant, 9))
                        .status())
                .isEqualTo(200); // 10: above
        assertThat(store.patch(
                                "/stores/v1/products/" + id,
                                ProductBody.changes().inventoryDelta(-7).json())
                        .status())
                .isEqualTo(200); // 3: falls again
        assertThat(store.patch("/stores/v1/products/" + id, "{\"product\": {\"warningLimit\": null}}")
                        .status())
                .isEqualTo(200);
        // refused: raises nothing
        assertThat(store.post("/stores/v2/inventoryItems/decrement", StockAdjustment.decrement(id, variant, 4))
                        .status())
                .isEqualTo(409);

        List<String> expected = List.of(
                "ProductCreated",
                "ProductChanged",
                "InventoryVariantsChanged",
                "ProductChanged",
                "InventoryVariantsChanged",
                "InventoryLowStock",
                "ProductChanged",
                "InventoryVariantsChanged",
                "ProductChanged",
                "InventoryVariantsChanged",
                "ProductChanged",
                "InventoryVariantsChanged",
                "InventoryLowStock",
                "ProductChanged");
        await(
                "every outbox row of the store published",
                () -> probe("outbox", storeId),
                rows -> rows.size() == expected.size()
                        && rows.stream().allMatch(r -> r.asJsonObject().getBoolean("published")));
        List<JsonObject> received = await(
                        "every event received",
                        () -> probe("received", storeId),
                        messages -> messages.size() >= expected.size())
                .getValuesAs(JsonObject.class);

        assertThat(received).extracting(m -> m.getString("eventType")).containsExactlyElementsOf(expected);
        assertThat(received)
                .extracting(m -> m.getJsonNumber("sequence").longValue())
                .containsExactly(java.util.stream.LongStream.rangeClosed(1, expected.size())
                        .boxed()
                        .toArray(Long[]::new));
        List<JsonObject> inventory = received.stream()
                .filter(m -> m.getString("eventType").equals("InventoryVariantsChanged"))
                .map(m -> parse(m.getString("body")).getJsonObject("data"))
                .toList();
        assertThat(inventory.get(0)).isEqualTo(parse("""
                {"inventoryItemId": "%s", "productId": "%s", "variants": [{"variantId": "00000000-0000-0000-0000-000000000000",
                 "changedFields": ["quantity"],
                 "oldValue": {"trackQuantity": true, "quantity": 5, "inStock": true},
                 "newValue": {"trackQuantity": true, "quantity": 4, "inStock": true}}]}""".formatted(lamp.getString("inventoryItemId"), id)));
        assertThat(inventory)
                .extracting(data -> data.getJsonArray("variants")
                        .getJsonObject(0)
                        .getJsonObject("newValue")
                        .getInt("quantity"))
                .containsExactly(4, 2, 1, 10, 3);
        List<JsonObject> low = received.stream()
                .filter(m -> m.getString("eventType").equals("InventoryLowStock"))
                .map(m -> parse(m.getString("body")).getJsonObject("data"))
                .toList();
        assertThat(low)
                .containsExactly(parse("""
                        {"inventoryItemId": "%s", "productId": "%s", "warningLimit": 3,
                         "variants": [{"variantId": "00000000-0000-0000-0000-000000000000", "quantity": 2}]}""".formatted(lamp.getString("inventoryItemId"), id)), parse("""
                        {"inventoryItemId": "%s", "productId": "%s", "warningLimit": 3,
                         "variants": [{"variantId": "00000000-0000-0000-0000-000000000000", "quantity": 3}]}""".formatted(
                                lamp.getString("inventoryItemId"), id)));
        assertThat(changedFields(parse(received.get(received.size() - 1).getString("body"))
                        .getJsonObject("data")))
                .containsExactly("warningLimit");
    }

    @Test
    void v3EventsOfAStoreThatWantsThemArriveBesideTheV1OnesWithTheirDialect() throws Exception {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Api.Response subscribed =
                    store.post("/stores/v1/webhooks/subscriptions", """
                    {"subscription": {"targetUrl": "%s", "eventTypes": ["wix.stores.catalog.v3.product_created",
                      "wix.stores.catalog.v3.product_updated", "wix.stores.catalog.v3.product_deleted"]}}""".formatted(receiver.url("/v3")));
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
            Api.Response created = store.post("/stores/v3/products", """
                    {"product": {"name": "Lamp",
                      "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "7"}}}]}},
                     "fields": %s}""".formatted(V3EveryField.JSON_ARRAY));
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            String lampId = created.json().getJsonObject("product").getString("id");
            assertThat(store.patch(
                                    "/stores/v1/products/" + lampId,
                                    ProductBody.changes().name("Big lamp").json())
                            .status())
                    .isEqualTo(200);
            JsonObject renamed = store.get("/stores/v3/products/" + lampId + V3EveryField.QUERY)
                    .json()
                    .getJsonObject("product");
            assertThat(store.delete("/stores/v3/products/" + lampId).status()).isEqualTo(200);

            List<String> types = List.of(
                    "ProductCreated",
                    "wix.stores.catalog.v3.product_created",
                    "ProductChanged",
                    "wix.stores.catalog.v3.product_updated",
                    "ProductDeleted",
                    "wix.stores.catalog.v3.product_deleted");
            JsonArray outbox = await(
                    "every outbox row of the store published",
                    () -> probe("outbox", storeId),
                    rows -> rows.size() == types.size()
                            && rows.stream().allMatch(r -> r.asJsonObject().getBoolean("published")));
            assertThat(outbox.getValuesAs(JsonObject.class))
                    .extracting(r -> r.getString("eventType"))
                    .containsExactlyElementsOf(types);
            List<JsonObject> received = await(
                            "every event received",
                            () -> probe("received", storeId),
                            messages -> messages.size() >= types.size())
                    .getValuesAs(JsonObject.class);

            assertThat(received).noneMatch(m -> m.containsKey("error"));
            assertThat(received).extracting(m -> m.getString("eventType")).containsExactlyElementsOf(types);
            assertThat(received)
                    .extracting(m -> m.getJsonNumber("sequence").longValue())
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            for (JsonObject message : received) {
                boolean v3 = message.getString("eventType").startsWith("wix.stores.catalog.v3.");
                assertThat(message.getString("dialect")).isEqualTo(v3 ? "v3" : "v1");
                JsonObject data = parse(message.getString("body")).getJsonObject("data");
                if (v3) {
                    assertThat(data.getString("id")).isEqualTo(message.getString("eventId"));
                    assertThat(data.getString("entityFqdn")).isEqualTo("wix.stores.catalog.v3.product");
                    assertThat(data.getString("entityId")).isEqualTo(lampId);
                } else {
                    assertThat(data.getString("productId")).isEqualTo(lampId);
                }
            }
            JsonObject createdEvent = parse(received.get(1).getString("body")).getJsonObject("data");
            assertThat(createdEvent.getJsonObject("createdEvent").getJsonObject("entity"))
                    .isEqualTo(created.json().getJsonObject("product"));
            JsonObject updatedEvent = parse(received.get(3).getString("body")).getJsonObject("data");
            assertThat(updatedEvent.getJsonObject("updatedEvent").getJsonObject("currentEntity"))
                    .isEqualTo(renamed);
            assertThat(updatedEvent.getJsonObject("updatedEvent").getJsonArray("modifiedFields"))
                    .isEqualTo(Json.createArrayBuilder().add("name").build());
            assertThat(parse(received.get(5).getString("body"))
                            .getJsonObject("data")
                            .getString("slug"))
                    .isEqualTo("deleted");
        }
    }

    @Test
    void membershipChangesRaiseProductChangedOfCollectionIdsForEachAffectedProduct() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        List<String> ids = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> create(store, ProductBody.named("P" + i).json()).getString("id"))
                .toList();
        Api.Response created = store.post(
                "/stores/v1/collections", CollectionBody.named("Summer").json());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String collection = "/stores/v1/collections/"
                + created.json().getJsonObject("collection").getString("id");

        assertThat(store.post(collection + "/productIds", CollectionBody.productIds(ids.get(0), ids.get(1)))
                        .status())
                .isEqualTo(200);
        assertThat(store.post(collection + "/productIds", CollectionBody.productIds(ids.get(1), ids.get(2)))
                        .status())
                .isEqualTo(200);
        assertThat(store.post(collection + "/productIds/delete", CollectionBody.productIds(ids.get(0), ids.get(3)))
                        .status())
                .isEqualTo(200);
        // refused whole (an unknown product): raises nothing
        assertThat(store.post(
                                collection + "/productIds",
                                CollectionBody.productIds(
                                        ids.get(3), java.util.UUID.randomUUID().toString()))
                        .status())
                .isEqualTo(400);
        assertThat(store.delete(collection).status()).isEqualTo(200);

        // P0: added, removed; P1: added, deleted with the collection; P2: added, deleted with it; P3: never a member
        Map<String, Integer> expected = Map.of(ids.get(0), 2, ids.get(1), 2, ids.get(2), 2, ids.get(3), 0);
        int total = 4 + 6 + 2; // ProductCreated x4, ProductChanged x6, CollectionCreated, CollectionDeleted
        JsonArray outbox = await(
                "every outbox row of the store published",
                () -> probe("outbox", storeId),
                rows -> rows.size() == total
                        && rows.stream().allMatch(r -> r.asJsonObject().getBoolean("published")));
        expected.forEach((productId, changes) -> {
            List<JsonObject> rows = outbox.getValuesAs(JsonObject.class).stream()
                    .filter(r -> r.getString("aggregateId").equals(productId))
                    .toList();
            assertThat(rows)
                    .extracting(r -> r.getString("eventType"))
                    .containsExactlyElementsOf(java.util.stream.Stream.concat(
                                    java.util.stream.Stream.of("ProductCreated"),
                                    java.util.Collections.nCopies(changes, "ProductChanged").stream())
                            .toList());
            assertThat(rows)
                    .extracting(r -> r.getJsonNumber("sequence").longValue())
                    .containsExactly(java.util.stream.LongStream.rangeClosed(1, 1 + changes)
                            .boxed()
                            .toArray(Long[]::new));
            rows.stream()
                    .skip(1)
                    .forEach(r -> assertThat(parse(r.getString("payload")))
                            .isEqualTo(parse(
                                    "{\"productId\": \"" + productId + "\", \"changedFields\": [\"collectionIds\"]}")));
        });
        List<JsonObject> received = await(
                        "every event received", () -> probe("received", storeId), messages -> messages.size() >= total)
                .getValuesAs(JsonObject.class);
        assertThat(received)
                .extracting(m -> m.getString("eventId"))
                .doesNotHaveDuplicates()
                .hasSize(total);
    }

    /**
     * The test servers purge every second what is older than the default retention (7 days): rows made 30 days
     * old go; recent rows, unpublished events, pending deliveries and the events they need stay.
     */
    @Test
    void retentionPurgesOldPublishedEventsAndFinishedDeliveriesButKeepsPendingAndRecentOnes() {
        String storeId = "store-" + java.util.UUID.randomUUID();
        Api store = store(storeId, READ, MODIFY);
        Api.Response subscribed = store.post(
                "/stores/v1/webhooks/subscriptions",
                "{\"subscription\": {\"targetUrl\": \"http://127.0.0.1:9/hooks\", \"active\": false}}");
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
        String subscription = subscribed.json().getJsonObject("subscription").getString("id");
        String old = create(store, ProductBody.named("Old").json()).getString("id");
        String needed = create(store, ProductBody.named("Needed").json()).getString("id");
        JsonArray published = await(
                "the first events published",
                () -> probe("outbox", storeId),
                rows -> rows.size() == 2
                        && rows.stream().allMatch(r -> r.asJsonObject().getBoolean("published")));
        String neededEvent = eventOf(published, needed);
        String oldEvent = eventOf(published, old);
        // a delivery still pending needs its event: made before the events grow old, so no purge comes between
        String pending = probePost(
                "delivery?subscription=" + subscription + "&event=" + neededEvent + "&status=PENDING&days=30");
        assertThat(probePost("age?store=" + storeId + "&days=30")).isEqualTo("2");
        String recent = create(store, ProductBody.named("Recent").json()).getString("id");
        String pendingEvent = probePost("pending-event?store=" + storeId + "&days=30");
        String delivered =
                probePost("delivery?subscription=" + subscription + "&event=" + oldEvent + "&status=DELIVERED&days=30");
        String dead =
                probePost("delivery?subscription=" + subscription + "&event=" + oldEvent + "&status=DEAD&days=30");
        String deliveredRecently =
                probePost("delivery?subscription=" + subscription + "&event=" + oldEvent + "&status=DELIVERED&days=1");

        JsonArray outbox = await(
                "the old event purged",
                () -> probe("outbox", storeId),
                rows -> rows.stream()
                                .noneMatch(r -> r.asJsonObject()
                                        .getString("aggregateId")
                                        .equals(old))
                        && rows.stream()
                                .anyMatch(r -> r.asJsonObject()
                                                .getString("aggregateId")
                                                .equals(recent)
                                        && r.asJsonObject().getBoolean("published")));
        assertThat(outbox.getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("id"))
                .containsExactlyInAnyOrder(neededEvent, pendingEvent, eventOf(outbox, recent));
        JsonArray deliveries = await(
                "the old finished deliveries purged",
                () -> probe("deliveries?subscription=" + subscription),
                rows -> rows.size() == 2);
        assertThat(deliveries.getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("id"))
                .containsExactlyInAnyOrder(deliveredRecently, pending);
        assertThat(deliveries.getValuesAs(JsonObject.class))
                .allSatisfy(
                        d -> assertThat(d.getJsonNumber("attempts").longValue()).isEqualTo(1));
        assertThat(java.util.List.of(delivered, dead))
                .doesNotContainAnyElementsOf(deliveries.getValuesAs(JsonObject.class).stream()
                        .map(d -> d.getString("id"))
                        .toList());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static JsonObject create(Api store, String body) {
        Api.Response response = store.post("/stores/v1/products", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static String eventOf(JsonArray outbox, String aggregateId) {
        return outbox.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("aggregateId").equals(aggregateId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event of " + aggregateId))
                .getString("id");
    }

    private static String probePost(String what) {
        Api.Response response = anonymous().post("/events-probe/" + what, "");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body().trim();
    }

    private static JsonArray probe(String what) {
        Api.Response response = anonymous().get("/events-probe/" + what);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.jsonArray();
    }

    private static JsonArray probe(String what, String storeId) {
        Api.Response response = anonymous().get("/events-probe/" + what + "?store=" + storeId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.jsonArray();
    }

    private static JsonArray await(
            String what, java.util.function.Supplier<JsonArray> read, Predicate<JsonArray> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonArray last = read.get();
        while (!done.test(last)) {
            assertThat(Instant.now())
                    .as("waiting for " + what + "; last seen: " + last)
                    .isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }

    private static JsonObject data(List<JsonObject> received, String productId, String eventType) {
        return received.stream()
                .filter(m -> m.getString("aggregateId").equals(productId)
                        && m.getString("eventType").equals(eventType))
                .map(m -> parse(m.getString("body")).getJsonObject("data"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + eventType + " of " + productId));
    }

    private static List<String> changedFields(JsonObject data) {
        return data.getJsonArray("changedFields").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
