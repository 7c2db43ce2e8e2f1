package io.catalog.domain.application;

import io.catalog.domain.product.ChoiceMedia;
import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.ProductCreated;
import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.domain.product.events.VariantsChanged;
import io.catalog.domain.product.events.VariantsChanged.VariantChange;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.shared.StaleRevisionException;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductServiceTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final StoreId OTHER_STORE = new StoreId("store-2");
    private static final Instant NOW = Instant.parse("2024-03-01T12:00:00Z");

    private final InMemoryProductRepository products = new InMemoryProductRepository();
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private ProductService service;

    @BeforeEach
    void setUp() {
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        service = new ProductService(products,
                store -> new StoreSettings(store, Currency.getInstance("ILS"), "https://shop.example"),
                transactions, events, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static CreateProductCommand named(String name) {
        return new CreateProductCommand(name, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static UpdateProductCommand nothing() {
        return new UpdateProductCommand(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static UpdateProductCommand price(String price) {
        return new UpdateProductCommand(null, null, null, null, null, null, new BigDecimal(price), null, null, null,
                null, null, null, null, null);
    }

    private Product createWithOptions(boolean manageVariants) {
        return service.create(STORE, new CreateProductCommand("Shirt", "physical", null, "SH", null, null,
                new BigDecimal("50"), "PERCENT", BigDecimal.TEN, true, 4, null, manageVariants, List.of(
                new OptionCommand("Size", null, List.of(new ChoiceCommand("S", null), new ChoiceCommand("M", null))),
                new OptionCommand("Color", "color", List.of(new ChoiceCommand("#008000", "Green")))), null));
    }

    @Test
    void createsProductsWithStoreCurrencyNumericIdsAndUniqueSlugs() {
        Product first = service.create(STORE, named("T-Shirt"));
        Product second = service.create(STORE, named("T Shirt"));
        Product third = service.create(STORE, named("t-shirt!"));
        Product elsewhere = service.create(OTHER_STORE, named("T-Shirt"));

        assertThat(List.of(first, second, third)).extracting(p -> p.slug().value())
                .containsExactly("t-shirt", "t-shirt-1", "t-shirt-2");
        assertThat(List.of(first, second, third)).extracting(Product::numericId).containsExactly(1L, 2L, 3L);
        assertThat(elsewhere.slug().value()).isEqualTo("t-shirt");
        assertThat(first.priceData().formattedPrice()).isEqualTo("0.00 ₪");
        assertThat(first.created()).isEqualTo(NOW);
        assertThat(events.published()).first().isEqualTo(new ProductCreated(STORE, first.id(), first.state(), NOW));
    }

    @Test
    void mapsAllCommandFields() {
        Product product = createWithOptions(true);

        assertThat(product.sku()).isEqualTo(new Sku("SH"));
        assertThat(product.priceData().formattedDiscountedPrice()).isEqualTo("45.00 ₪");
        assertThat(product.stock().quantity()).isEqualTo(4);
        assertThat(product.variantCount()).isEqualTo(2);
        assertThat(product.variantAt(1).choices()).containsExactly(Map.entry("Size", "M"), Map.entry("Color", "Green"));
    }

    @Test
    void explicitSlugMustBeFree() {
        service.create(STORE, named("Mug"));
        CreateProductCommand taken = new CreateProductCommand("Cup", null, null, null, null, null, null, null, null,
                null, null, null, null, null, "mug");

        assertRuleViolation(() -> service.create(STORE, taken), ErrorCodes.SLUG_TAKEN);
    }

    @Test
    void invalidCommandsNameTheApiField() {
        assertInvalid(() -> service.create(STORE, named(" ")), "name", ErrorCodes.REQUIRED);
        assertInvalid(() -> service.create(STORE, new CreateProductCommand("Mug", null, null, null, null, null, null,
                        null, null, null, null, null, null,
                        List.of(new OptionCommand("Size", "radio", List.of(new ChoiceCommand("S", null)))), null)),
                "productOptions[0].optionType", ErrorCodes.UNKNOWN_ENUM_VALUE);
        assertInvalid(() -> service.create(STORE, new CreateProductCommand("Mug", null, null, null, null, null, null,
                        null, BigDecimal.ONE, null, null, null, null, null, null)),
                "discount.type", ErrorCodes.REQUIRED);
        assertThat(events.published()).isEmpty();
    }

    @Test
    void getHidesProductsOfOtherStores() {
        Product product = service.create(STORE, named("Mug"));

        assertThat(service.get(STORE, product.id()).name()).isEqualTo(product.name());
        assertThatThrownBy(() -> service.get(OTHER_STORE, product.id()))
                .isInstanceOf(ProductNotFoundException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.PRODUCT_NOT_FOUND);
    }

    @Test
    void updateAppliesOnlySentFieldsAndPublishesExactlyTheChangedOnes() {
        Product product = service.create(STORE, named("Mug"));
        events.clear();

        Product updated = service.update(STORE, product.id(), new UpdateProductCommand("Mug", null, "Big mug", null,
                null, null, new BigDecimal("9.90"), null, null, null, null, false, null, null, null),
                OptionalLong.of(1));

        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.description().value()).isEqualTo("Big mug");
        assertThat(updated.stock().inStock()).isFalse();
        assertThat(updated.lastUpdated()).isEqualTo(NOW);
        assertThat(events.published()).containsExactly(
                new ProductChanged(STORE, product.id(), List.of("description", "price", "stock"), NOW),
                new InventoryVariantsChanged(STORE, product.id(), product.inventoryItemId(), List.of(
                        new InventoryChange(VariantId.DEFAULT, Stock.IN_STOCK, Stock.untracked(false))), NOW));
    }

    @Test
    void updateThatChangesNothingKeepsTheRevisionAndPublishesNothing() {
        Product product = service.create(STORE, named("Mug"));
        events.clear();

        Product same = service.update(STORE, product.id(), new UpdateProductCommand("Mug", "physical", null, null,
                null, true, BigDecimal.ZERO, null, null, null, null, null, null, null, null), OptionalLong.empty());

        assertThat(same.revision()).isEqualTo(1);
        assertThat(products.updateCalls()).isZero();
        assertThat(events.published()).isEmpty();
    }

    @Test
    void expectedRevisionMustBeCurrent() {
        Product product = service.create(STORE, named("Mug"));
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
        Product product = service.create(STORE, named("Mug"));
        products.simulateConcurrentUpdates(ProductService.MAX_RETRIES);

        Product updated = service.update(STORE, product.id(), price("3"), OptionalLong.empty());

        assertThat(updated.price().amount()).isEqualByComparingTo("3");
        assertThat(products.updateCalls()).isEqualTo(ProductService.MAX_RETRIES + 1);
    }

    @Test
    void retriesGiveUpAfterThreeAttemptsMore() {
        Product product = service.create(STORE, named("Mug"));
        products.simulateConcurrentUpdates(ProductService.MAX_RETRIES + 1);

        assertThatThrownBy(() -> service.update(STORE, product.id(), price("3"), OptionalLong.empty()))
                .isInstanceOf(StaleRevisionException.class);
    }

    @Test
    void concurrentUpdatesAreNotRetriedWithExpectedRevision() {
        Product product = service.create(STORE, named("Mug"));
        products.simulateConcurrentUpdates(1);

        assertThatThrownBy(() -> service.update(STORE, product.id(), price("3"), OptionalLong.of(1)))
                .isInstanceOf(StaleRevisionException.class);
        assertThat(products.updateCalls()).isEqualTo(1);
    }

    @Test
    void updateCanReplaceOptionsAndTurnOnVariantManagementTogether() {
        Product product = service.create(STORE, named("Mug"));

        Product updated = service.update(STORE, product.id(), new UpdateProductCommand(null, null, null, null, null,
                null, null, null, null, null, null, null, true, List.of(new OptionCommand("Size", null,
                List.of(new ChoiceCommand("S", null), new ChoiceCommand("L", null)))), "big-mug"),
                OptionalLong.empty());

        assertThat(updated.manageVariants()).isTrue();
        assertThat(updated.state().variants()).hasSize(2);
        assertThat(updated.slug().value()).isEqualTo("big-mug");
        assertThat(events.published()).last().isEqualTo(new ProductChanged(STORE, product.id(),
                List.of("productOptions", "manageVariants", "slug"), NOW));
    }

    @Test
    void deletePublishesProductDeleted() {
        Product product = service.create(STORE, named("Mug"));

        service.delete(STORE, product.id(), OptionalLong.of(1));

        assertThat(products.stored(product.id())).isNull();
        assertThat(events.published()).last().isEqualTo(new ProductDeleted(STORE, product.id(), NOW));
        assertThatThrownBy(() -> service.delete(STORE, product.id(), OptionalLong.empty()))
                .isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void removeOptionsIsRefusedWhileVariantsAreManaged() {
        Product managed = createWithOptions(true);
        Product unmanaged = createWithOptions(false);

        assertRuleViolation(() -> service.removeOptions(STORE, managed.id()), ErrorCodes.VARIANTS_MANAGED);
        assertThat(service.removeOptions(STORE, unmanaged.id()).options()).isEmpty();
    }

    @Test
    void mediaChangesPublishMediaAndChoiceLinksAsProductOptions() {
        Product product = createWithOptions(false);
        events.clear();

        Product added = service.addMedia(STORE, product.id(), List.of(
                new MediaCommand("a.jpg", null, null, null, null),
                new MediaCommand(null, "https://example.com/b.mp4", null, "Size", "M")), "https://media.example/");
        service.linkChoiceMedia(STORE, product.id(), List.of(new ChoiceMedia("Size", "S", List.of("a.jpg"))));
        service.removeMedia(STORE, product.id(), List.of());

        assertThat(added.media()).extracting(MediaItem::url)
                .containsExactly("https://media.example/a.jpg", "https://example.com/b.mp4");
        assertThat(events.published()).containsExactly(
                new ProductChanged(STORE, product.id(), List.of("media", "productOptions"), NOW),
                new ProductChanged(STORE, product.id(), List.of("productOptions"), NOW),
                new ProductChanged(STORE, product.id(), List.of("media", "productOptions"), NOW));
        assertThat(service.get(STORE, product.id()).media()).isEmpty();
        assertInvalid(() -> service.addMedia(STORE, product.id(), List.of(new MediaCommand(null, null, null, null,
                null)), "https://media.example/"), "media[0].mediaId", ErrorCodes.REQUIRED);
    }

    @Test
    void updateVariantsPublishesTheChangedVariants() {
        Product product = createWithOptions(true);
        events.clear();
        String mediumId = product.variantAt(1).id().value();

        List<Variant> changed = service.updateVariants(STORE, product.id(), List.of(
                new VariantUpdateCommand(List.of(mediumId), null, new BigDecimal("60"), "SH-M", null, null)));

        assertThat(changed).extracting(variant -> variant.sku().value()).containsExactly("SH-M");
        assertThat(events.published()).containsExactly(
                new ProductChanged(STORE, product.id(), List.of("variants"), NOW),
                new VariantsChanged(STORE, product.id(), List.of(new VariantChange(VariantId.parse(mediumId),
                        Map.of("Size", "M", "Color", "Green"), List.of("price", "sku"))), NOW));
        assertThat(service.get(STORE, product.id()).revision()).isEqualTo(2);
    }

    @Test
    void variantCommandErrorsNameTheApiField() {
        Product product = createWithOptions(true);

        assertInvalid(() -> service.updateVariants(STORE, product.id(), List.of(
                        new VariantUpdateCommand(List.of("nope"), null, null, null, null, true))),
                "variants[0].variantIds[0]", ErrorCodes.INVALID_ID);
    }

    @Test
    void resetVariantsRestoresDefaults() {
        Product product = createWithOptions(true);
        service.updateVariants(STORE, product.id(), List.of(
                new VariantUpdateCommand(null, Map.of("Size", "S"), null, null, null, false)));

        service.resetVariants(STORE, product.id());

        assertThat(service.get(STORE, product.id()).variants(0, 10)).allSatisfy(v -> {
            assertThat(v.visible()).isTrue();
            assertThat(v.sku().value()).as("the product's SKU").isEqualTo("SH");
        });
        assertThat(events.published()).last().isInstanceOf(VariantsChanged.class);
    }

    private static List<OptionCommand> optionsMaking343() {
        return java.util.stream.IntStream.range(0, 3).mapToObj(o -> new OptionCommand("o" + o, null,
                java.util.stream.IntStream.range(0, 7).mapToObj(c -> new ChoiceCommand("c" + c, null)).toList()))
                .toList();
    }

    private static UpdateProductCommand options(Boolean manageVariants, List<OptionCommand> options) {
        return new UpdateProductCommand(null, null, null, null, null, null, null, null, null, null, null, null,
                manageVariants, options, null);
    }

    @Test
    void theVariantLimitBrokenByTheRequestAloneIsInvalidAndWithTheStoredStateAConflict() {
        Product unmanaged = service.create(STORE, named("Plain"));
        Product managed = createWithOptions(true);

        assertInvalid(() -> service.update(STORE, unmanaged.id(), options(true, optionsMaking343()),
                OptionalLong.empty()), "productOptions", ErrorCodes.TOO_MANY_VARIANTS);
        assertInvalid(() -> service.update(STORE, managed.id(), options(true, optionsMaking343()),
                OptionalLong.empty()), "productOptions", ErrorCodes.TOO_MANY_VARIANTS);
        // Options alone over a product that manages variants: over the limit only with what is stored.
        assertRuleViolation(() -> service.update(STORE, managed.id(), options(null, optionsMaking343()),
                OptionalLong.empty()), ErrorCodes.TOO_MANY_VARIANTS);
        service.update(STORE, unmanaged.id(), options(null, optionsMaking343()), OptionalLong.empty());
        // Management alone over stored options.
        assertRuleViolation(() -> service.update(STORE, unmanaged.id(), options(true, null), OptionalLong.empty()),
                ErrorCodes.TOO_MANY_VARIANTS);
        assertThat(service.get(STORE, managed.id()).variantCount()).isEqualTo(2);
        assertThat(service.get(STORE, unmanaged.id()).manageVariants()).isFalse();
    }

    @Test
    void stockCommandsMergeWithTheCurrentStock() {
        Product product = service.create(STORE, named("Mug"));

        Product tracked = service.update(STORE, product.id(), new UpdateProductCommand(null, null, null, null, null,
                null, null, null, null, true, 0, null, null, null, null), OptionalLong.empty());
        Product restocked = service.update(STORE, product.id(), new UpdateProductCommand(null, null, null, null, null,
                null, null, null, null, null, 7, null, null, null, null), OptionalLong.empty());

        assertThat(tracked.stock().inStock()).isFalse();
        assertThat(restocked.stock().inStock()).isTrue();
        assertInvalid(() -> service.update(STORE, product.id(), new UpdateProductCommand(null, null, null, null, null,
                        null, null, null, null, false, 3, null, null, null, null), OptionalLong.empty()),
                "stock.quantity", ErrorCodes.NOT_ALLOWED);
    }

    @Test
    void bulkCreationCreatesTheValidItemsAndReportsTheOthers() {
        CreateProductCommand tooManyVariants = new CreateProductCommand("Big", null, null, null, null, null, null, null,
                null, null, null, null, true, java.util.stream.IntStream.range(0, 3).mapToObj(o -> new OptionCommand(
                        "o" + o, null, java.util.stream.IntStream.range(0, 7).mapToObj(c -> new ChoiceCommand("c" + c, null))
                        .toList())).toList(), null);

        List<ProductService.BulkCreateResult> results = service.createAll(STORE,
                List.of(named("Mug"), named(" "), tooManyVariants, named("Mug")));

        assertThat(results).extracting(ProductService.BulkCreateResult::success).containsExactly(true, false, false, true);
        assertThat(results.get(1).error().field()).isEqualTo("products[1].name");
        assertThat(results.get(2).error()).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.TOO_MANY_VARIANTS)
                .hasFieldOrPropertyWithValue("field", "products[2].productOptions");
        assertThat(results.get(0).product().slug().value()).isEqualTo("mug");
        assertThat(results.get(3).product().slug().value()).isEqualTo("mug-1");
        assertThat(results.get(3).product().numericId()).isGreaterThan(results.get(0).product().numericId());
        assertThat(events.published()).hasSize(2).allMatch(ProductCreated.class::isInstance);
    }

    @Test
    void bulkCreationGivesEachItemAFreeSlugAndTheNextNumericIds() {
        service.create(STORE, named("Cap"));
        CreateProductCommand hatAsCap2 = withSlug(named("Hat"), "cap-2");
        CreateProductCommand beanieAsCap1 = withSlug(named("Beanie"), "cap-1");
        CreateProductCommand beanieAsHat = withSlug(named("Beanie"), "hat");

        List<ProductService.BulkCreateResult> results = service.createAll(STORE,
                List.of(named("Cap"), hatAsCap2, named("Cap"), beanieAsCap1, beanieAsHat, named("Hat")));

        assertThat(results).extracting(r -> r.success() ? r.product().slug().value() : r.error().code())
                .containsExactly("cap-1", "cap-2", "cap-3", ErrorCodes.SLUG_TAKEN, "hat", "hat-1");
        assertThat(results.get(3).error().field()).isEqualTo("slug");
        assertThat(results).filteredOn(ProductService.BulkCreateResult::success)
                .extracting(r -> r.product().numericId()).containsExactly(2L, 3L, 4L, 5L, 6L);
        // The call reserved a numeric id per item; the refused item's is left unused, never handed out later.
        assertThat(service.create(STORE, named("Scarf")).numericId()).isEqualTo(8L);
    }

    private static CreateProductCommand withSlug(CreateProductCommand c, String slug) {
        return new CreateProductCommand(c.name(), c.productType(), c.description(), c.sku(), c.weight(), c.visible(),
                c.price(), c.discountType(), c.discountValue(), c.trackInventory(), c.quantity(), c.inStock(),
                c.manageVariants(), c.options(), slug, c.warningLimit());
    }

    @Test
    void bulkCreationTakesOneToAHundredItems() {
        assertInvalid(() -> service.createAll(STORE, List.of()), "products", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> service.createAll(STORE, java.util.Collections.nCopies(101, named("x"))), "products",
                ErrorCodes.OUT_OF_RANGE);
    }
}
