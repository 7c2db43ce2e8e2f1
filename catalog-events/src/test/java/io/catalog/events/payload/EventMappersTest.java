package io.catalog.events.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.events.DomainEvent;
import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.domain.product.events.VariantsChanged;
import io.catalog.domain.store.StoreId;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventMappersTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final ProductId PRODUCT = new ProductId(UUID.fromString("a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4"));
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    private final EventMappers mappers = new EventMappers(List.of(
            new ProductChangedMapper(),
            new ProductDeletedMapper(),
            new VariantsChangedMapper(),
            new InventoryVariantsChangedMapper(),
            new InventoryLowStockMapper()));
    private static final UUID ITEM = UUID.fromString("1d71b222-912f-bf67-5a1a-30b4263b084a");

    @Test
    void productChangedCarriesTheChangedFieldsInOrder() {
        OutgoingEvent event = mappers.map(new ProductChanged(STORE, PRODUCT, List.of("price", "name"), NOW));

        assertThat(event.eventType()).isEqualTo("ProductChanged");
        assertThat(event.aggregateType()).isEqualTo("product");
        assertThat(event.aggregateId()).isEqualTo(PRODUCT.toString());
        assertThat(event.payload())
                .isEqualTo(Json.createObjectBuilder()
                        .add("productId", "a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4")
                        .add(
                                "changedFields",
                                Json.createArrayBuilder().add("price").add("name"))
                        .build());
    }

    @Test
    void productDeletedCarriesOnlyTheProductId() {
        OutgoingEvent event = mappers.map(new ProductDeleted(STORE, PRODUCT, NOW));

        assertThat(event.eventType()).isEqualTo("ProductDeleted");
        assertThat(event.payload().toString()).isEqualTo("{\"productId\":\"a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4\"}");
    }

    @Test
    void variantsChangedListsEachVariantWithItsChoicesAndFields() {
        VariantId variant = new VariantId("00000000-0000-0000-0000-000000000002");
        OutgoingEvent event = mappers.map(new VariantsChanged(
                STORE,
                PRODUCT,
                List.of(new VariantsChanged.VariantChange(variant, Map.of("Color", "Green"), List.of("price", "sku"))),
                NOW));

        assertThat(event.eventType()).isEqualTo("VariantsChanged");
        assertThat(event.payload())
                .isEqualTo(Json.createObjectBuilder()
                        .add("productId", PRODUCT.toString())
                        .add(
                                "variants",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("variantId", "00000000-0000-0000-0000-000000000002")
                                                .add(
                                                        "choices",
                                                        Json.createObjectBuilder()
                                                                .add("Color", "Green"))
                                                .add(
                                                        "changedFields",
                                                        Json.createArrayBuilder()
                                                                .add("price")
                                                                .add("sku"))))
                        .build());
    }

    @Test
    void inventoryVariantsChangedCarriesOldAndNewStockWithTheChangedFields() {
        VariantId variant = new VariantId("00000000-0000-0000-0000-000000000002");
        OutgoingEvent event = mappers.map(new InventoryVariantsChanged(
                STORE,
                PRODUCT,
                ITEM,
                List.of(
                        new InventoryChange(VariantId.DEFAULT, Stock.tracked(5), Stock.tracked(0)),
                        new InventoryChange(variant, Stock.IN_STOCK, Stock.tracked(3))),
                NOW));

        assertThat(event.eventType()).isEqualTo("InventoryVariantsChanged");
        assertThat(event.aggregateType()).isEqualTo("product");
        assertThat(event.aggregateId()).isEqualTo(PRODUCT.toString());
        assertThat(event.payload())
                .isEqualTo(Json.createObjectBuilder()
                        .add("inventoryItemId", ITEM.toString())
                        .add("productId", PRODUCT.toString())
                        .add(
                                "variants",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("variantId", VariantId.DEFAULT.value())
                                                .add(
                                                        "changedFields",
                                                        Json.createArrayBuilder()
                                                                .add("quantity")
                                                                .add("inStock"))
                                                .add(
                                                        "oldValue",
                                                        Json.createObjectBuilder()
                                                                .add("trackQuantity", true)
                                                                .add("quantity", 5)
                                                                .add("inStock", true))
                                                .add(
                                                        "newValue",
                                                        Json.createObjectBuilder()
                                                                .add("trackQuantity", true)
                                                                .add("quantity", 0)
                                                                .add("inStock", false)))
                                        .add(Json.createObjectBuilder()
                                                .add("variantId", variant.value())
                                                .add(
                                                        "changedFields",
                                                        Json.createArrayBuilder()
                                                                .add("trackQuantity")
                                                                .add("quantity"))
                                                .add(
                                                        "oldValue",
                                                        Json.createObjectBuilder()
                                                                .add("trackQuantity", false)
                                                                .add("inStock", true))
                                                .add(
                                                        "newValue",
                                                        Json.createObjectBuilder()
                                                                .add("trackQuantity", true)
                                                                .add("quantity", 3)
                                                                .add("inStock", true))))
                        .build());
    }

    @Test
    void inventoryLowStockNamesTheLimitAndTheVariantsThatFellToIt() {
        OutgoingEvent event = mappers.map(new InventoryLowStock(
                STORE, PRODUCT, ITEM, 5, List.of(new InventoryLowStock.LowVariant(VariantId.DEFAULT, 4)), NOW));

        assertThat(event.eventType()).isEqualTo("InventoryLowStock");
        assertThat(event.aggregateId()).isEqualTo(PRODUCT.toString());
        assertThat(event.payload())
                .isEqualTo(Json.createObjectBuilder()
                        .add("inventoryItemId", ITEM.toString())
                        .add("productId", PRODUCT.toString())
                        .add("warningLimit", 5)
                        .add(
                                "variants",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("variantId", VariantId.DEFAULT.value())
                                                .add("quantity", 4)))
                        .build());
    }

    @Test
    void anEventWithoutMapperIsAnErrorNotASilentDrop() {
        DomainEvent unknown = new DomainEvent() {
            @Override
            public StoreId store() {
                return STORE;
            }

            @Override
            public Instant occurredAt() {
                return NOW;
            }
        };

        assertThatThrownBy(() -> mappers.map(unknown))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No EventMapper");
    }

    @Test
    void theEventTypesAreTheMappersNamesInAlphabeticalOrder() {
        assertThat(mappers.typeNames())
                .containsExactly(
                        "InventoryLowStock",
                        "InventoryVariantsChanged",
                        "ProductChanged",
                        "ProductDeleted",
                        "VariantsChanged");
    }

    @Test
    void eachMapperPublishesTheNameItGives() {
        assertThat(mappers.map(new ProductDeleted(STORE, PRODUCT, NOW)).eventType())
                .isEqualTo(new ProductDeletedMapper().typeName());
        assertThat(mappers.map(new ProductChanged(STORE, PRODUCT, List.of("name"), NOW))
                        .eventType())
                .isEqualTo(new ProductChangedMapper().typeName());
    }

    @Test
    void twoMappersPublishingOneNameAreRefused() {
        EventMapper<ProductDeleted> impostor = new EventMapper<>() {
            @Override
            public Class<ProductDeleted> eventType() {
                return ProductDeleted.class;
            }

            @Override
            public String typeName() {
                return ProductChangedMapper.EVENT_TYPE;
            }

            @Override
            public OutgoingEvent map(ProductDeleted event) {
                throw new UnsupportedOperationException();
            }
        };

        assertThatThrownBy(() -> new EventMappers(List.of(new ProductChangedMapper(), impostor)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two mappers publish ProductChanged");
    }

    @Test
    void twoMappersOfOneEventTypeAreRefused() {
        assertThatThrownBy(() -> new EventMappers(List.of(new ProductDeletedMapper(), new ProductDeletedMapper())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Two mappers");
    }
}
