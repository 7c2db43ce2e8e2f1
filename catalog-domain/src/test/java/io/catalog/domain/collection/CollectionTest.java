package io.catalog.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.Description;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CollectionTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private static Collection spring() {
        return Collection.create(
                CollectionId.random(),
                STORE,
                new CollectionName("Spring"),
                Slug.parse("spring"),
                Description.EMPTY,
                true,
                T0);
    }

    @Test
    void namedMethodsRecordExactlyWhatChanged() {
        Collection collection = spring();

        collection.rename(new CollectionName("Spring"), T1);
        assertThat(collection.hasChanges()).isFalse();
        assertThat(collection.lastUpdated()).isEqualTo(T0);

        collection.rename(new CollectionName("Spring 2027"), T1);
        collection.changeVisibility(false, T1);
        assertThat(collection.changedFields()).containsExactlyInAnyOrder("name", "visible");
        assertThat(collection.lastUpdated()).isEqualTo(T1);
        assertThat(collection.revision()).isEqualTo(1);
    }

    @Test
    void namesAreRequiredAndBounded() {
        assertThatThrownBy(() -> new CollectionName(" ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new CollectionName("x".repeat(81)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("80");
        assertThat(new CollectionName("  Sale  ").value()).isEqualTo("Sale");
    }

    @Test
    void allProductsCannotBeChanged() {
        Collection all = Collection.allProducts(STORE, T0);

        assertThat(all.id()).isEqualTo(CollectionId.ALL_PRODUCTS);
        assertThatThrownBy(() -> all.rename(new CollectionName("Mine"), T1))
                .isInstanceOf(RuleViolationException.class)
                .extracting("code")
                .isEqualTo("COLLECTION_NOT_EDITABLE");
        assertThatThrownBy(all::requireEditable).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Collection.create(
                        CollectionId.ALL_PRODUCTS,
                        STORE,
                        new CollectionName("x"),
                        Slug.parse("x"),
                        Description.EMPTY,
                        true,
                        T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreUuidsOrTheAllProductsId() {
        assertThat(CollectionId.parse("00000000-000000-000000-000000000001", "id")
                        .isAllProducts())
                .isTrue();
        assertThat(CollectionId.parse("81093e7d-a251-4a22-a238-df3aa816f3dc", "id")
                        .value())
                .isEqualTo("81093e7d-a251-4a22-a238-df3aa816f3dc");
        assertThatThrownBy(() -> CollectionId.parse("nope", "collectionId"))
                .isInstanceOf(ValidationException.class)
                .extracting("field")
                .isEqualTo("collectionId");
    }
}
