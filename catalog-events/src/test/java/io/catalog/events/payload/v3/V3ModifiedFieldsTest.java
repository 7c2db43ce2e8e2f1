package io.catalog.events.payload.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class V3ModifiedFieldsTest {

    @Test
    void v1NamesBecomeTheV3FieldsTheyModifyInTheOrderOfTheV3Product() {
        assertThat(V3ModifiedFields.of(List.of("price", "name")))
                .containsExactly("name", "actualPriceRange", "compareAtPriceRange", "variantsInfo");
        assertThat(V3ModifiedFields.of(List.of("description", "slug")))
                .containsExactly("slug", "url", "description", "plainDescription");
        assertThat(V3ModifiedFields.of(List.of("cost", "barcode"))).containsExactly("costRange", "variantsInfo");
        assertThat(V3ModifiedFields.of(List.of("stock")))
                .containsExactly("options", "inventory", "variantsInfo", "purchaseEligibility");
        assertThat(V3ModifiedFields.of(List.of("variantsInfo")))
                .as("a variant's own media, digital file or preorder")
                .containsExactly("inventory", "variantsInfo", "purchaseEligibility");
    }

    @Test
    void variantChangesModifyEveryFieldComputedFromTheVariants() {
        assertThat(V3ModifiedFields.of(List.of("variants")))
                .containsExactly(
                        "physicalProperties",
                        "options",
                        "actualPriceRange",
                        "compareAtPriceRange",
                        "costRange",
                        "inventory",
                        "variantsInfo",
                        "variantSummary",
                        "purchaseEligibility");
    }

    @Test
    void merchandisingFieldsKeepTheirV3NamesAndUnknownNamesPassAsTheyAre() {
        assertThat(V3ModifiedFields.of(List.of("tags", "infoSections", "brand", "modifiers")))
                .containsExactly("modifiers", "brand", "tags", "infoSections");
        assertThat(V3ModifiedFields.of(List.of("somethingNew"))).containsExactly("somethingNew");
    }

    @Test
    void collectionsAreTheCategories() {
        assertThat(V3ModifiedFields.of(List.of("collectionIds")))
                .containsExactly("directCategoriesInfo", "allCategoriesInfo", "mainCategoryId", "breadcrumbsInfo");
    }

    @Test
    void v1OnlyFieldsModifyNothing() {
        assertThat(V3ModifiedFields.of(List.of("warningLimit"))).isEmpty();
    }
}
