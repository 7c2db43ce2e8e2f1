package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aNewProduct;
import static io.catalog.domain.application.ProductCommandTestData.aShirtWithOptions;
import static io.catalog.domain.application.ProductCommandTestData.anOption;
import static io.catalog.domain.application.ProductCommandTestData.anUpdate;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.StaleRevisionException;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UpdateProductServiceTest {

    private final ProductUseCases app = new ProductUseCases("ILS");
    private final InMemoryProductRepository products = app.products;
    private final RecordingEventPublisher events = app.events;
    private final UpdateProductService service = app.updates;

    private Product created(String name) {
        return app.creation.create(STORE, aNewProduct(name).build());
    }

    private Product shirtWithOptions(boolean manageVariants) {
        return app.creation.create(STORE, aShirtWithOptions(manageVariants).build());
    }

    private static UpdateProduct price(String price) {
        return anUpdate().withPrice(new BigDecimal(price)).build();
    }

    @Test
    void updateAppliesOnlySentFieldsAndPublishesExactlyTheChangedOnes() {
        Product product = created("Mug");
        events.clear();

        Product updated = service.update(
                STORE,
                product.id(),
                anUpdate()
                        .withName("Mug")
                        .withDescription("Big mug")
                        .withPrice(new BigDecimal("9.90"))
                        .withInStock(false)
                        .build(),
                OptionalLong.of(1));

        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.description().value()).isEqualTo("Big mug");
        assertThat(updated.stock().inStock()).isFalse();
        assertThat(updated.lastUpdated()).isEqualTo(NOW);
        assertThat(events.published())
                .containsExactly(
                        new ProductChanged(STORE, product.id(), List.of("description", "price", "stock"), NOW),
                        new InventoryVariantsChanged(
                                STORE,
                                product.id(),
                                product.inventoryItemId(),
                                List.of(new InventoryChange(VariantId.DEFAULT, Stock.IN_STOCK, Stock.untracked(false))),
                                NOW));
    }

    @Test
    void updateThatChangesNothingKeepsTheRevisionAndPublishesNothing() {
        Product product = created("Mug");
        events.clear();

        Product same = service.update(
                STORE,
                product.id(),
                anUpdate()
                        .withName("Mug")
                        .withProductType(ProductType.PHYSICAL)
                        .withVisible(true)
                        .withPrice(BigDecimal.ZERO)
                        .build(),
                OptionalLong.empty());

        assertThat(same.revision()).isEqualTo(1);
        assertThat(products.updateCalls()).isZero();
        assertThat(events.published()).isEmpty();
    }

    @Test
    void expectedRevisionMustBeCurrent() {
        Product product = created("Mug");
        service.update(STORE, product.id(), price("1"), OptionalLong.empty());

        assertThatThrownBy(() -> service.update(STORE, product.id(), price("2"), OptionalLong.of(1)))
                .isInstanceOfSatisfying(StaleRevisionException.class, e -> {
                    assertThat(e.expected()).isEqualTo(1);
                    assertThat(e.actual()).isEqualTo(2);
                    assertThat(e.code()).isEqualTo(ErrorCodes.STALE_REVISION);
                });
        assertThat(products.stored(product.id()).price()).isEqualByComparingTo("1");
    }

    @Test
    void concurrentUpdatesAreRetriedWithoutExpectedRevision() {
        Product product = created("Mug");
        products.simulateConcurrentUpdates(ProductUnitOfWork.MAX_RETRIES);

        Product updated = service.update(STORE, product.id(), price("3"), OptionalLong.empty());

        assertThat(updated.price().amount()).isEqualByComparingTo("3");
        assertThat(products.updateCalls()).isEqualTo(ProductUnitOfWork.MAX_RETRIES + 1);
    }

    @Test
    void retriesGiveUpAfterThreeAttemptsMore() {
        Product product = created("Mug");
        products.simulateConcurrentUpdates(ProductUnitOfWork.MAX_RETRIES + 1);

        assertThatThrownBy(() -> service.update(STORE, product.id(), price("3"), OptionalLong.empty()))
                .isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void concurrentUpdatesAreNotRetriedWithExpectedRevision() {
        Product product = created("Mug");
        products.simulateConcurrentUpdates(1);

        assertThatThrownBy(() -> service.update(STORE, product.id(), price("3"), OptionalLong.of(1)))
                .isInstanceOf(StaleRevisionException.class);
        assertThat(products.updateCalls()).isEqualTo(1);
    }

    @Test
    void updateCanReplaceOptionsAndTurnOnVariantManagementTogether() {
        Product product = created("Mug");

        Product updated = service.update(
                STORE,
                product.id(),
                anUpdate()
                        .withManageVariants(true)
                        .withOptions(List.of(anOption("Size", null, "S", "L")))
                        .withSlug("big-mug")
                        .build(),
                OptionalLong.empty());

        assertThat(updated.manageVariants()).isTrue();
        assertThat(updated.state().variants()).hasSize(2);
        assertThat(updated.slug().value()).isEqualTo("big-mug");
        assertThat(events.published())
                .last()
                .isEqualTo(new ProductChanged(
                        STORE, product.id(), List.of("productOptions", "manageVariants", "slug"), NOW));
    }

    @Test
    void aNewSlugMustBeFree() {
        created("Cup");
        Product mug = created("Mug");

        assertRuleViolation(
                        () -> service.update(
                                STORE, mug.id(), anUpdate().withSlug("cup").build(), OptionalLong.empty()),
                        ErrorCodes.SLUG_TAKEN)
                .hasFieldOrPropertyWithValue("field", "slug");
        assertThat(service.update(STORE, mug.id(), anUpdate().withSlug("mug").build(), OptionalLong.empty())
                        .revision())
                .as("its own slug again changes nothing")
                .isEqualTo(1);
    }

    @Test
    void deletePublishesProductDeleted() {
        Product product = created("Mug");

        service.delete(STORE, product.id(), OptionalLong.of(1));

        assertThat(products.stored(product.id())).isNull();
        assertThat(events.published()).last().isEqualTo(new ProductDeleted(STORE, product.id(), NOW));
        assertThatThrownBy(() -> service.delete(STORE, product.id(), OptionalLong.empty()))
                .isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void removeOptionsIsRefusedWhileVariantsAreManaged() {
        Product managed = shirtWithOptions(true);
        Product unmanaged = shirtWithOptions(false);

        assertRuleViolation(() -> service.removeOptions(STORE, managed.id()), ErrorCodes.VARIANTS_MANAGED);
        assertThat(service.removeOptions(STORE, unmanaged.id()).options()).isEmpty();
    }

    private static List<OptionSpec> optionsMaking343() {
        return IntStream.range(0, 3)
                .mapToObj(o -> anOption(
                        "o" + o,
                        null,
                        IntStream.range(0, 7).mapToObj(c -> "c" + c).toArray(String[]::new)))
                .toList();
    }

    private static UpdateProduct options(Boolean manageVariants, List<OptionSpec> options) {
        return anUpdate()
                .withManageVariants(manageVariants)
                .withOptions(options)
                .build();
    }

    @Test
    void theVariantLimitBrokenByTheRequestAloneIsInvalidAndWithTheStoredStateAConflict() {
        Product unmanaged = created("Plain");
        Product managed = shirtWithOptions(true);

        assertInvalid(
                () -> service.update(STORE, unmanaged.id(), options(true, optionsMaking343()), OptionalLong.empty()),
                "options",
                ErrorCodes.TOO_MANY_VARIANTS);
        assertInvalid(
                () -> service.update(STORE, managed.id(), options(true, optionsMaking343()), OptionalLong.empty()),
                "options",
                ErrorCodes.TOO_MANY_VARIANTS);
        // Options alone over a product that manages variants: over the limit only with what is stored.
        assertRuleViolation(
                () -> service.update(STORE, managed.id(), options(null, optionsMaking343()), OptionalLong.empty()),
                ErrorCodes.TOO_MANY_VARIANTS);
        service.update(STORE, unmanaged.id(), options(null, optionsMaking343()), OptionalLong.empty());
        // Management alone over stored options.
        assertRuleViolation(
                () -> service.update(STORE, unmanaged.id(), options(true, null), OptionalLong.empty()),
                ErrorCodes.TOO_MANY_VARIANTS);
        assertThat(app.reading.get(STORE, managed.id()).variants().count()).isEqualTo(2);
        assertThat(app.reading.get(STORE, unmanaged.id()).manageVariants()).isFalse();
    }

    @Test
    void stockCommandsMergeWithTheCurrentStock() {
        Product product = created("Mug");

        Product tracked = service.update(
                STORE,
                product.id(),
                anUpdate().withTrackInventory(true).withQuantity(0).build(),
                OptionalLong.empty());
        Product restocked =
                service.update(STORE, product.id(), anUpdate().withQuantity(7).build(), OptionalLong.empty());

        assertThat(tracked.stock().inStock()).isFalse();
        assertThat(restocked.stock().inStock()).isTrue();
        assertInvalid(
                () -> service.update(
                        STORE,
                        product.id(),
                        anUpdate().withTrackInventory(false).withQuantity(3).build(),
                        OptionalLong.empty()),
                "stock.quantity",
                ErrorCodes.NOT_ALLOWED);
    }

    @Test
    void aChangeOfTheModifiersIsPublishedAsModifiersAndSendingThemAgainPublishesNothing() {
        Product product = created("Mug");
        events.clear();
        ModifierChange engraving = ModifierChange.all(List.of(ModifierSpec.freeText("Engraving", 20, true)));
        UpdateProduct update = new UpdateProduct(ProductPatch.NONE.withModifiers(engraving), null, List.of());

        Product updated = service.update(STORE, product.id(), update, OptionalLong.of(1));

        assertThat(updated.modifiers().list()).hasSize(1);
        assertThat(products.find(STORE, product.id()).orElseThrow().modifiers()).isEqualTo(updated.modifiers());
        assertThat(events.published())
                .containsExactly(new ProductChanged(STORE, product.id(), List.of("modifiers"), NOW));
        events.clear();

        service.update(STORE, product.id(), update, OptionalLong.empty());
        assertThat(events.published()).as("the same modifiers again: no change").isEmpty();
    }
}
