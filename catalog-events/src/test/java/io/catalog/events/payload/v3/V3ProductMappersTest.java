package io.catalog.events.payload.v3;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.domain.store.StoreId;
import io.catalog.events.payload.EventMapper;
import io.catalog.events.payload.EventMappers;
import io.catalog.events.payload.OutgoingEvent;
import io.catalog.events.payload.ProductChangedMapper;
import io.catalog.events.payload.ProductDeletedMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class V3ProductMappersTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final ProductId MUG_ID = new ProductId(UUID.fromString("a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4"));
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");

    private final EventMappers mappers = new EventMappers(List.<EventMapper<?>>of(
            new ProductChangedMapper(),
            new ProductDeletedMapper(),
            new V3ProductUpdatedMapper(),
            new V3ProductDeletedMapper()));

    @Test
    void aDeletionsV3FormIsTheEntityEventEnvelopeWithTheEventsOwnId() {
        ProductDeleted deleted = new ProductDeleted(STORE, MUG_ID, NOW);

        OutgoingEvent v3 = mappers.mapV3(deleted).orElseThrow();

        assertThat(v3.eventType()).isEqualTo("wix.stores.catalog.v3.product_deleted");
        assertThat(v3.aggregateType()).isEqualTo("product");
        assertThat(v3.aggregateId()).isEqualTo(MUG_ID.toString());
        assertThat(v3.eventId()).isNotBlank();
        assertThat(v3.payload()).isEqualTo(parse("""
                {"id": "%s", "entityFqdn": "wix.stores.catalog.v3.product", "slug": "deleted",
                 "entityId": "a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4", "deletedEvent": {"movedToTrash": false},
                 "eventTime": "2026-11-22T10:15:30.123Z", "triggeredByAnonymizeRequest": false}""".formatted(v3.eventId())));
        assertThat(mappers.map(deleted).eventType()).isEqualTo("ProductDeleted");
        assertThat(mappers.map(deleted).eventId()).isNull();
    }

    @Test
    void aChangeOfNoV3FieldHasNoV3Form() {
        ProductChanged warningLimit = new ProductChanged(STORE, MUG_ID, List.of("warningLimit"), NOW);

        assertThat(mappers.hasV3(warningLimit)).isTrue();
        assertThat(mappers.mapV3(warningLimit)).isEqualTo(Optional.empty());
        assertThat(new V3ProductUpdatedMapper()
                        .publishes(new ProductChanged(STORE, MUG_ID, List.of("warningLimit", "name"), NOW)))
                .isTrue();
    }

    @Test
    void theV3TypesAreEventTypesBesideTheV1Ones() {
        assertThat(mappers.typeNames())
                .containsExactly(
                        "ProductChanged",
                        "ProductDeleted",
                        "wix.stores.catalog.v3.product_deleted",
                        "wix.stores.catalog.v3.product_updated");
        assertThat(V3EventTypes.ALL)
                .containsExactlyInAnyOrder(
                        V3EventTypes.PRODUCT_CREATED, V3EventTypes.PRODUCT_UPDATED, V3EventTypes.PRODUCT_DELETED)
                .allSatisfy(type -> assertThat(V3EventTypes.isV3(type)).isTrue());
        assertThat(V3EventTypes.isV3("ProductChanged")).isFalse();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
