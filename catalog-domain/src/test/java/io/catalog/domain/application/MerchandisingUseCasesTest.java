package io.catalog.domain.application;

import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.Handle;
import io.catalog.domain.product.MerchandisingChange;
import io.catalog.domain.product.MerchandisingChange.LabelRef;
import io.catalog.domain.product.MerchandisingChange.Replace;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.shared.ErrorCodes;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MerchandisingUseCasesTest {

    private final ProductUseCases app = new ProductUseCases("USD");

    private static CreateProduct product(String name, String handle, String slug) {
        MerchandisingChange merchandising = new MerchandisingChange(
                handle == null ? null : new Handle(handle), null, null, null, null, null, null, null, null);
        NewProduct spec = new NewProduct(
                new ProductName(name),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                merchandising);
        return new CreateProduct(spec, Optional.ofNullable(slug).map(Slug::parse));
    }

    @Test
    void aProductWithoutAHandleGetsItsSlugOrTheFirstFreeSuffix() {
        Product mug = app.creation.create(STORE, product("Mug", null, null));
        Product cup = app.creation.create(STORE, product("Cup", "mug-1", null));
        // "mug" is taken as a handle, though the slug "mug-2" is free
        app.updates.update(STORE, mug.id(), update(null, "mug-old"), OptionalLong.empty());
        Product mugAgain = app.creation.create(STORE, product("Mug", null, null));

        assertThat(mug.merchandising().handle().value()).isEqualTo("mug");
        assertThat(cup.merchandising().handle().value()).isEqualTo("mug-1");
        assertThat(mugAgain.slug().value()).isEqualTo("mug");
        assertThat(mugAgain.merchandising().handle().value()).isEqualTo("mug-2");
    }

    @Test
    void aHandleAskedForMustBeFreeInTheStoreAlsoWithinOneBulkCreation() {
        app.creation.create(STORE, product("Mug", "MUG-1", null));

        assertRuleViolation(() -> app.creation.create(STORE, product("Cup", "MUG-1", null)), ErrorCodes.HANDLE_TAKEN)
                .hasFieldOrPropertyWithValue("field", "handle");
        assertThat(app.creation
                        .create(ProductUseCases.OTHER_STORE, product("Cup", "MUG-1", null))
                        .merchandising()
                        .handle()
                        .value())
                .isEqualTo("MUG-1");
        List<BulkCreateResult> results = app.creation.createAll(
                STORE, List.of(product("A", "same", null), product("B", "same", null), product("C", null, "same")));
        assertThat(results)
                .extracting(r -> r.success()
                        ? r.product().merchandising().handle().value()
                        : r.error().code())
                .containsExactly("same", ErrorCodes.HANDLE_TAKEN, "same-1");
    }

    @Test
    void anUpdateMayRepeatTheHandleButNotChangeItAndNamesWhatChanged() {
        Product mug = app.creation.create(STORE, product("Mug", "mug-h", null));
        MerchandisingChange sameHandleAndABrand = new MerchandisingChange(
                new Handle("mug-h"),
                new Replace<>(new LabelRef("Acme", null)),
                null,
                List.of(new LabelRef("New", null)),
                null,
                null,
                null,
                null,
                null);

        Product changed = app.updates.update(STORE, mug.id(), update(sameHandleAndABrand, null), OptionalLong.empty());

        assertThat(changed.merchandising().brand().name()).isEqualTo("Acme");
        assertThat(app.events.published())
                .last()
                .isInstanceOfSatisfying(
                        ProductChanged.class,
                        e -> assertThat(e.changedFields()).containsExactly("brand", "additionalRibbons"));
        MerchandisingChange otherHandle =
                new MerchandisingChange(new Handle("cup"), null, null, null, null, null, null, null, null);
        assertInvalid(
                () -> app.updates.update(STORE, mug.id(), update(otherHandle, null), OptionalLong.empty()),
                "handle",
                ErrorCodes.NOT_ALLOWED);
        assertThat(app.reading.get(STORE, mug.id()).merchandising().handle().value())
                .isEqualTo("mug-h");
    }

    private static UpdateProduct update(MerchandisingChange merchandising, String slug) {
        return new UpdateProduct(new ProductPatch(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                slug == null ? null : Slug.parse(slug),
                merchandising));
    }
}
