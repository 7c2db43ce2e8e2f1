package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.catalog.domain.shared.ErrorCodes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductVariantQueryTest {

    private static VariantQuery byChoices(Map<String, String> choices, long offset, int limit, boolean includeHidden) {
        return new VariantQuery(choices, null, offset, limit, includeHidden);
    }

    private static VariantQuery byIds(List<VariantId> ids, boolean includeHidden) {
        return new VariantQuery(null, ids, 0, VariantQuery.DEFAULT_LIMIT, includeHidden);
    }

    private static void hide(Product product, Map<String, String> choices) {
        product.updateVariants(List.of(new VariantUpdate(null, choices, null, null, null, false, null)), T1);
    }

    @Test
    void anEmptyQueryPagesEveryVariant() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();

        VariantQuery.Page page = product.variants().query(VariantQuery.of(null, null, null, null, false));

        assertThat(page.totalResults()).isEqualTo(6);
        assertThat(page.offset()).isZero();
        assertThat(page.variants()).isEqualTo(product.variants().page(0, 6));
    }

    @Test
    void partialChoicesSelectEveryMatchingVariantPaged() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();

        VariantQuery.Page green = product.variants().query(byChoices(Map.of("color", "GREEN"), 1, 1, true));

        assertThat(green.totalResults()).isEqualTo(3);
        assertThat(green.offset()).isEqualTo(1);
        assertThat(green.variants())
                .singleElement()
                .satisfies(variant -> assertThat(variant.choices()).isEqualTo(Map.of("Size", "M", "Color", "Green")));
        assertThat(product.variants()
                        .query(byChoices(Map.of("Color", "#008000"), 3, 10, true))
                        .variants())
                .isEmpty();
        assertThat(product.variants()
                        .query(byChoices(Map.of("Size", "S", "Color", "Red"), 0, 100, true))
                        .variants())
                .extracting(Variant::id)
                .containsExactly(product.variants().at(0).id());
        assertThat(product.variants().query(byChoices(Map.of(), 0, 0, true)))
                .satisfies(page -> assertThat(page.variants()).isEmpty())
                .satisfies(page -> assertThat(page.totalResults()).isEqualTo(6));
    }

    @Test
    void variantIdsSelectThoseVariantsInTheOrderGivenOnceSkippingOthers() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        VariantId third = product.variants().at(2).id();
        VariantId first = product.variants().at(0).id();
        VariantId foreign = VariantId.of(List.of(new ChoiceKey(90), new ChoiceKey(91)));

        VariantQuery.Page page = product.variants().query(byIds(List.of(third, foreign, first, third), true));

        assertThat(page.variants()).extracting(Variant::id).containsExactly(third, first);
        assertThat(page.totalResults()).isEqualTo(2);
        assertThat(product.variants()
                        .query(new VariantQuery(null, List.of(third, first), 1, 5, true))
                        .variants())
                .extracting(Variant::id)
                .containsExactly(first);
    }

    @Test
    void hiddenVariantsAreLeftOutUnlessIncluded() {
        Product product = aProduct().withSizesAndColors().managingVariants().build();
        hide(product, Map.of("Color", "Red"));
        VariantId redS = product.variants().at(0).id();
        VariantId greenS = product.variants().at(1).id();

        VariantQuery.Page visible = product.variants().query(byChoices(Map.of(), 1, 100, false));
        VariantQuery.Page all = product.variants().query(byChoices(Map.of(), 0, 100, true));

        assertThat(visible.totalResults()).isEqualTo(3);
        assertThat(visible.variants())
                .extracting(variant -> variant.choices().get("Size"))
                .containsExactly("M", "L");
        assertThat(visible.variants())
                .allSatisfy(variant -> assertThat(variant.visible()).isTrue());
        assertThat(all.totalResults()).isEqualTo(6);
        assertThat(product.variants().query(byIds(List.of(redS, greenS), false)).variants())
                .extracting(Variant::id)
                .containsExactly(greenS);
        assertThat(product.variants()
                        .query(byChoices(Map.of("Color", "Red"), 0, 100, false))
                        .totalResults())
                .isZero();
    }

    @Test
    void unmanagedProductsOfSixTimesThirtyArePagedWithoutMaterialising() {
        Product product = aProduct().withOptions(optionSpecs(6, 30)).build();

        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            VariantQuery.Page all = product.variants().query(byChoices(Map.of(), 728_999_950L, 100, false));
            assertThat(all.totalResults()).isEqualTo(729_000_000L);
            assertThat(all.variants()).hasSize(50);
            assertThat(all.variants().get(49).choices().values()).containsOnly("c30");

            VariantQuery.Page matching =
                    product.variants().query(byChoices(Map.of("Option 1", "c3", "Option 6", "c30"), 0, 100, false));
            assertThat(matching.totalResults()).isEqualTo(810_000L);
            assertThat(matching.variants())
                    .hasSize(100)
                    .allSatisfy(variant -> assertThat(variant.choices())
                            .containsEntry("Option 1", "c3")
                            .containsEntry("Option 6", "c30"));

            VariantId last = product.variants().at(728_999_999L).id();
            assertThat(product.variants().query(byIds(List.of(last), false)).variants())
                    .singleElement()
                    .satisfies(variant -> assertThat(variant.id()).isEqualTo(last));
        });
    }

    @Test
    void unknownOptionsAndChoicesAreRejectedNamingTheField() {
        Product product = aProduct().withSizesAndColors().build();

        assertInvalid(
                () -> product.variants().query(byChoices(Map.of("Material", "Wool"), 0, 10, true)),
                "choices.Material",
                ErrorCodes.UNKNOWN_OPTION);
        assertInvalid(
                () -> product.variants().query(byChoices(Map.of("Size", "XXL"), 0, 10, true)),
                "choices.Size",
                ErrorCodes.UNKNOWN_CHOICE);
    }

    @Test
    void theQueryItselfIsValidated() {
        VariantId id = VariantId.of(List.of(new ChoiceKey(1)));

        assertInvalid(
                () -> new VariantQuery(Map.of("Size", "S"), List.of(id), 0, 10, true),
                "variantIds",
                ErrorCodes.CONFLICTING_SELECTORS);
        assertInvalid(
                () -> VariantQuery.of(null, List.of(id.value(), "nope"), null, null, true),
                "variantIds[1]",
                ErrorCodes.INVALID_ID);
        assertInvalid(() -> VariantQuery.of(null, null, -1L, null, true), "paging.offset", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> VariantQuery.of(null, null, null, 101L, true), "paging.limit", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> VariantQuery.of(null, null, null, -1L, true), "paging.limit", ErrorCodes.OUT_OF_RANGE);
        assertThat(VariantQuery.of(null, List.of(id.value().toUpperCase()), null, null, true))
                .satisfies(query -> assertThat(query.variantIds()).containsExactly(id))
                .satisfies(query -> assertThat(query.limit()).isEqualTo(100))
                .satisfies(query -> assertThat(query.offset()).isZero());
        assertThat(VariantQuery.of(null, null, null, 100L, true).limit()).isEqualTo(VariantQuery.MAX_LIMIT);
    }
}
