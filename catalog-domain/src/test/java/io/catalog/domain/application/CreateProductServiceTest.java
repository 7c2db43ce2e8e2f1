package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aNewProduct;
import static io.catalog.domain.application.ProductCommandTestData.aShirtWithOptions;
import static io.catalog.domain.application.ProductCommandTestData.anOption;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.OTHER_STORE;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.product.events.ProductCreated;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CreateProductServiceTest {

    private final ProductUseCases app = new ProductUseCases("ILS");
    private final RecordingEventPublisher events = app.events;
    private final CreateProductService service = app.creation;

    private static CreateProduct named(String name) {
        return aNewProduct(name).build();
    }

    @Test
    void createsProductsWithStoreCurrencyNumericIdsAndUniqueSlugs() {
        Product first = service.create(STORE, named("T-Shirt"));
        Product second = service.create(STORE, named("T Shirt"));
        Product third = service.create(STORE, named("t-shirt!"));
        Product elsewhere = service.create(OTHER_STORE, named("T-Shirt"));

        assertThat(List.of(first, second, third))
                .extracting(p -> p.slug().value())
                .containsExactly("t-shirt", "t-shirt-1", "t-shirt-2");
        assertThat(List.of(first, second, third)).extracting(Product::numericId).containsExactly(1L, 2L, 3L);
        assertThat(elsewhere.slug().value()).isEqualTo("t-shirt");
        assertThat(first.priceData().formattedPrice()).isEqualTo("0.00 ₪");
        assertThat(first.created()).isEqualTo(NOW);
        assertThat(events.published()).first().isEqualTo(new ProductCreated(STORE, first.id(), first.state(), NOW));
    }

    @Test
    void mapsAllCommandFields() {
        Product product = service.create(STORE, aShirtWithOptions(true).build());

        assertThat(product.sku()).isEqualTo(new Sku("SH"));
        assertThat(product.priceData().formattedDiscountedPrice()).isEqualTo("45.00 ₪");
        assertThat(product.stock().quantity()).isEqualTo(4);
        assertThat(product.variants().count()).isEqualTo(2);
        assertThat(product.variants().at(1).choices())
                .containsExactly(Map.entry("Size", "M"), Map.entry("Color", "Green"));
    }

    @Test
    void aProductWhoseVariantsBreakARuleIsNotCreated() {
        VariantWrite belowItsPrice =
                new VariantWrite(Map.of(), new BigDecimal("5"), null, null, null, new BigDecimal("4"), null, null);
        CreateProduct refused =
                new CreateProduct(aNewProduct("Bad").build().product(), Optional.empty(), List.of(belowItsPrice));

        List<BulkCreateResult> results = service.createAll(STORE, List.of(refused, named("Good")));

        assertThat(results).extracting(BulkCreateResult::success).containsExactly(false, true);
        assertThat(results.get(0).error()).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.create(STORE, refused)).isInstanceOf(ValidationException.class);
        assertThat(events.published()).hasSize(1);
    }

    @Test
    void explicitSlugMustBeFree() {
        service.create(STORE, named("Mug"));
        CreateProduct taken = aNewProduct("Cup").withSlug("mug").build();

        assertRuleViolation(() -> service.create(STORE, taken), ErrorCodes.SLUG_TAKEN);
    }

    @Test
    void invalidValuesNameTheDomainField() {
        assertInvalid(() -> service.create(STORE, named(" ")), "name", ErrorCodes.REQUIRED);
        assertInvalid(
                () -> service.create(
                        STORE,
                        aNewProduct("Mug")
                                .withOptions(List.of(anOption("Size", null, "S"), anOption("size", null, "M")))
                                .build()),
                "options[1].name",
                ErrorCodes.DUPLICATE_OPTION_NAME);
        assertInvalid(
                () -> service.create(
                        STORE,
                        aNewProduct("Mug")
                                .withOptions(List.of(anOption("Size", null, "S", "s")))
                                .build()),
                "options[0].choices[1].value",
                ErrorCodes.DUPLICATE_CHOICE_VALUE);
        assertInvalid(
                () -> service.create(
                        STORE,
                        aNewProduct("Mug").withPrice(new BigDecimal("-1")).build()),
                "price",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> service.create(
                        STORE,
                        aNewProduct("Mug").withDiscount(null, BigDecimal.ONE).build()),
                "discount.type",
                ErrorCodes.REQUIRED);
        assertThat(events.published()).isEmpty();
    }

    @Test
    void bulkCreationCreatesTheValidItemsAndReportsTheOthers() {
        CreateProduct tooManyVariants = aNewProduct("Big")
                .withManageVariants(true)
                .withOptions(IntStream.range(0, 3)
                        .mapToObj(o -> anOption(
                                "o" + o,
                                null,
                                IntStream.range(0, 7).mapToObj(c -> "c" + c).toArray(String[]::new)))
                        .toList())
                .build();

        CreateProduct taken = aNewProduct("Cup").withSlug("mug").build();

        List<BulkCreateResult> results =
                service.createAll(STORE, List.of(named("Mug"), taken, tooManyVariants, named("Mug")));

        assertThat(results).extracting(BulkCreateResult::index).containsExactly(0, 1, 2, 3);
        assertThat(results).extracting(BulkCreateResult::success).containsExactly(true, false, false, true);
        assertThat(results.get(1).error())
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.SLUG_TAKEN);
        assertThat(results.get(2).error())
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.TOO_MANY_VARIANTS)
                .hasFieldOrPropertyWithValue("field", "options");
        assertThat(results.get(0).product().slug().value()).isEqualTo("mug");
        assertThat(results.get(3).product().slug().value()).isEqualTo("mug-1");
        assertThat(results.get(3).product().numericId())
                .isGreaterThan(results.get(0).product().numericId());
        assertThat(events.published()).hasSize(2).allMatch(ProductCreated.class::isInstance);
    }

    @Test
    void bulkCreationGivesEachItemAFreeSlugAndTheNextNumericIds() {
        service.create(STORE, named("Cap"));
        CreateProduct hatAsCap2 = aNewProduct("Hat").withSlug("cap-2").build();
        CreateProduct beanieAsCap1 = aNewProduct("Beanie").withSlug("cap-1").build();
        CreateProduct beanieAsHat = aNewProduct("Beanie").withSlug("hat").build();

        List<BulkCreateResult> results = service.createAll(
                STORE, List.of(named("Cap"), hatAsCap2, named("Cap"), beanieAsCap1, beanieAsHat, named("Hat")));

        assertThat(results)
                .extracting(r ->
                        r.success() ? r.product().slug().value() : r.error().code())
                .containsExactly("cap-1", "cap-2", "cap-3", ErrorCodes.SLUG_TAKEN, "hat", "hat-1");
        assertThat(results.get(3).error().field()).isEqualTo("slug");
        assertThat(results)
                .filteredOn(BulkCreateResult::success)
                .extracting(r -> r.product().numericId())
                .containsExactly(2L, 3L, 4L, 5L, 6L);
        // The call reserved a numeric id per item; the refused item's is left unused, never handed out later.
        assertThat(service.create(STORE, named("Scarf")).numericId()).isEqualTo(8L);
    }

    @Test
    void bulkCreationTakesOneToAHundredItems() {
        assertInvalid(() -> service.createAll(STORE, List.of()), "products", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> service.createAll(STORE, Collections.nCopies(101, named("x"))),
                "products",
                ErrorCodes.OUT_OF_RANGE);
    }
}
