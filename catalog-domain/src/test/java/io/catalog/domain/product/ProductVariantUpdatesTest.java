package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T0;
import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductVariantUpdatesTest {

    private static VariantUpdate price(List<VariantId> ids, String price) {
        return new VariantUpdate(ids, null, new BigDecimal(price), null, null, null, null);
    }

    @Test
    void variantsCanOnlyBeUpdatedWhileManaged() {
        Product product = aProduct().withSizesAndColors().build();

        assertRuleViolation(
                () -> product.updateVariants(List.of(price(List.of(), "1")), T1), ErrorCodes.VARIANTS_NOT_MANAGED);
        assertRuleViolation(() -> product.resetVariantsToDefault(T1), ErrorCodes.VARIANTS_NOT_MANAGED);
    }

    @Test
    void updatesVariantsSelectedByIdAndReturnsThem() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        VariantId first = product.variants().at(0).id();

        List<Variant> changed = product.updateVariants(List.of(price(List.of(first), "12.5")), T1);

        assertThat(changed).singleElement().satisfies(variant -> {
            assertThat(variant.id()).isEqualTo(first);
            assertThat(variant.priceData().formattedPrice()).isEqualTo("$12.50");
        });
        assertThat(product.changedFields()).containsExactly("variants");
        assertThat(product.changedVariantFields()).containsExactly(Map.entry(first, Set.of("price")));
        assertThat(product.lastUpdated()).isEqualTo(T1);
    }

    @Test
    void updatesAllVariantsMatchingPartialChoices() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();

        List<Variant> changed = product.updateVariants(
                List.of(new VariantUpdate(null, Map.of("Color", "green"), null, new Sku("G"), null, null, null)), T1);

        assertThat(changed).extracting(variant -> variant.choices().get("Size")).containsExactly("S", "M", "L");
        assertThat(product.variants().countMatching(Map.of("Color", "Red"))).isEqualTo(3);
        assertThat(product.variants().matching(Map.of("Color", "Red"), 0, 3))
                .allSatisfy(variant -> assertThat(variant.sku()).isEqualTo(Sku.NONE));
    }

    @Test
    void updatesAreAllOrNothing() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        VariantId first = product.variants().at(0).id();
        VariantId foreign = VariantId.of(List.of(new ChoiceKey(1), new ChoiceKey(77)));

        assertInvalid(
                () -> product.updateVariants(
                        List.of(price(List.of(first), "5"), price(List.of(first, foreign), "6")), T1),
                "variants[1].variantIds[1]",
                ErrorCodes.UNKNOWN_VARIANT);
        assertInvalid(
                () -> product.updateVariants(List.of(price(List.of(first), "5"), price(List.of(first), "-6")), T1),
                "variants[1].price",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> product.updateVariants(
                        List.of(
                                price(List.of(first), "5"),
                                new VariantUpdate(null, Map.of("Size", "XXL"), null, null, null, true, null)),
                        T1),
                "variants[1].choices.Size",
                ErrorCodes.UNKNOWN_CHOICE);

        assertThat(product.variants().find(first).orElseThrow().priceData().price())
                .isEqualByComparingTo("10");
        assertThat(product.hasChanges()).isFalse();
        assertThat(product.lastUpdated()).isEqualTo(T0);
    }

    @Test
    void variantIdsAndChoicesCannotBothSelect() {
        assertInvalid(
                () -> new VariantUpdate(List.of(VariantId.DEFAULT), Map.of("Size", "S"), null, null, null, null, null),
                "choices",
                ErrorCodes.CONFLICTING_SELECTORS);
    }

    @Test
    void settingTheSameValuesRecordsNoChange() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();

        List<Variant> changed =
                product.updateVariants(List.of(new VariantUpdate(null, null, null, Sku.NONE, null, true, null)), T1);

        assertThat(changed).isEmpty();
        assertThat(product.hasChanges()).isFalse();
    }

    @Test
    void resetRestoresTheDefaultsOfChangedVariants() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        VariantId first = product.variants().at(0).id();
        product.updateVariants(
                List.of(new VariantUpdate(List.of(first), null, new BigDecimal("3"), null, null, false, null)), T1);
        Product reloaded = Product.reconstitute(product.state());

        reloaded.resetVariantsToDefault(T1);

        assertThat(reloaded.variants().find(first).orElseThrow().visible()).isTrue();
        assertThat(reloaded.changedVariantFields()).containsExactly(Map.entry(first, Set.of("price", "visible")));
        assertThat(reloaded.state().variants())
                .allSatisfy(variant -> assertThat(variant.price()).isNull());
    }

    @Test
    void resetGivesEveryVariantTheProductsCurrentSku() {
        Product product = aProduct()
                .withSku("TEE")
                .withSizesAndColors()
                .managingVariants()
                .build();
        VariantId first = product.variants().at(0).id();
        product.updateVariants(
                List.of(new VariantUpdate(List.of(first), null, null, new Sku("TEE-S-RED"), null, null, null)), T1);
        product.changeSku(new Sku("TEE-2"), T1);

        product.resetVariantsToDefault(T1);

        assertThat(product.variants().page(0, 100))
                .extracting(variant -> variant.sku().value())
                .containsOnly("TEE-2");
        assertThat(Product.reconstitute(product.state()).variants().at(0).sku()).isEqualTo(new Sku("TEE-2"));
        product.changeSku(new Sku("TEE-3"), T1);
        assertThat(product.variants().at(1).sku())
                .as("copied at the reset, not inherited")
                .isEqualTo(new Sku("TEE-2"));
    }

    @Test
    void managingVariantsCreatesDefaultDataAndUnmanagingDiscardsIt() {
        Product product = aProduct().withSizesAndColors().build();

        product.changeManageVariants(true, T1);
        product.updateVariants(List.of(price(List.of(product.variants().at(0).id()), "1")), T1);
        product.changeManageVariants(false, T1);

        assertThat(product.state().variants()).isEmpty();
        assertThat(product.changedVariantFields()).isEmpty();
        assertThat(product.variants().at(0).priceData()).isEqualTo(product.priceData());
        assertThat(product.changedFields()).containsExactly("manageVariants", "variants");
    }

    @Test
    void variantsCannotBeManagedBeyondThreeHundred() {
        Product product = aProduct().withOptions(optionSpecs(6, 30)).build();

        assertRuleViolation(() -> product.changeManageVariants(true, T1), ErrorCodes.TOO_MANY_VARIANTS);
        assertThat(product.manageVariants()).isFalse();
    }
}
