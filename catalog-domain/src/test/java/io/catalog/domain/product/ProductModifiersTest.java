package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.product.modifier.ModifierRenderType;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.product.modifier.ModifierSpec.ChoiceSpec;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The product keeps its modifiers, records their changes and stores them. */
class ProductModifiersTest {

    private static final ModifierSpec ENGRAVING =
            new ModifierSpec(null, "Engraving", ModifierRenderType.FREE_TEXT, true, null, null);
    private static final ModifierSpec GIFT_WRAP = new ModifierSpec(
            null,
            "Gift wrap",
            ModifierRenderType.TEXT_CHOICES,
            false,
            null,
            List.of(new ChoiceSpec(null, "Yes", null, new BigDecimal("2.5"))));

    @Test
    void aProductHasNoModifiersUntilGivenSome() {
        assertThat(aProduct().build().modifiers()).isEqualTo(Modifiers.NONE);
    }

    @Test
    void replacingModifiersRecordsTheFieldOnlyWhenTheyChange() {
        Product product = aProduct().build();

        product.replaceModifiers(ModifierChange.all(List.of(ENGRAVING, GIFT_WRAP)), T1);
        assertThat(product.changedFields()).containsExactly("modifiers");
        assertThat(product.modifiers().list()).extracting(m -> m.name()).containsExactly("Engraving", "Gift wrap");
        assertThat(product.modifiers()
                        .list()
                        .get(1)
                        .choices()
                        .get(0)
                        .addedPrice()
                        .formatted())
                .as("in the product's currency")
                .isEqualTo("$2.50");

        Product stored = Product.reconstitute(product.state());
        stored.replaceModifiers(ModifierChange.all(List.of(ENGRAVING, GIFT_WRAP)), T1);
        assertThat(stored.hasChanges())
                .as("the same modifiers again, ids matched by name")
                .isFalse();
        stored.replaceModifiers(ModifierChange.freeTexts(List.of(ModifierSpec.freeText("Engraving", null, true))), T1);
        assertThat(stored.hasChanges()).as("v1 sending the free text it reads").isFalse();

        stored.replaceModifiers(ModifierChange.freeTexts(List.of()), T1);
        assertThat(stored.changedFields()).containsExactly("modifiers");
        assertThat(stored.modifiers().list()).extracting(m -> m.name()).containsExactly("Gift wrap");
    }

    @Test
    void modifiersTravelThroughTheStateAndTheSummary() {
        Product product = aProduct().build();
        product.replaceModifiers(ModifierChange.all(List.of(ENGRAVING, GIFT_WRAP)), T1);

        ProductState state = product.state();
        assertThat(state.modifiers()).isEqualTo(product.modifiers());
        assertThat(Product.reconstitute(state).modifiers()).isEqualTo(product.modifiers());
        assertThat(product.summary().modifiers()).isEqualTo(product.modifiers());
        assertThat(state.withRevision(5).modifiers()).isEqualTo(product.modifiers());
    }

    @Test
    void createAndPatchCarryModifiers() {
        Product created = Product.create(
                ProductId.random(),
                ProductBuilder.STORE,
                1,
                Slug.parse("mug"),
                java.util.Currency.getInstance("EUR"),
                NewProduct.named(new ProductName("Mug")).withModifiers(ModifierChange.all(List.of(GIFT_WRAP))),
                T1);
        assertThat(created.modifiers()
                        .list()
                        .get(0)
                        .choices()
                        .get(0)
                        .addedPrice()
                        .currency()
                        .getCurrencyCode())
                .isEqualTo("EUR");

        created.apply(ProductPatch.NONE.withModifiers(ModifierChange.all(List.of())), T1);
        assertThat(created.modifiers()).isEqualTo(Modifiers.NONE);
        assertThat(created.changedFields()).contains("modifiers");

        Product product = aProduct().build();
        assertInvalid(
                () -> product.apply(
                        ProductPatch.NONE.withModifiers(ModifierChange.all(List.of(ENGRAVING, ENGRAVING))), T1),
                "modifiers[1].name",
                ErrorCodes.DUPLICATE_MODIFIER_NAME);
        assertThat(product.modifiers()).isEqualTo(Modifiers.NONE);
    }
}
