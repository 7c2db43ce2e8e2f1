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
        assertThat(V3ModifiedFields.of(List.of("stock"))).containsExactly("options", "inventory", "variantsInfo");
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
                        "variantSummary");
    }

    @Test
    void merchandisingFieldsKeepTheirV3NamesAndUnknownNamesPassAsTheyAre() {
        assertThat(V3ModifiedFields.of(List.of("tags", "brand", "modifiers")))
                .containsExactly("brand", "tags", "modifiers");
    }

    @Test
    void v1OnlyFieldsModifyNothing() {
        assertThat(V3ModifiedFields.of(List.of("collectionIds"))).isEmpty();
        assertThat(V3ModifiedFields.of(List.of("warningLimit"))).isEmpty();
    }
}
