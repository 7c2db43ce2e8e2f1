package io.catalog.domain.product;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "T-Shirt                | t-shirt",
                "Café Crème!            | cafe-creme",
                "  --Hello,   World--   | hello-world",
                "Ångström Ünïcodé       | angstrom-unicode",
                "100% Cotton / Organic  | 100-cotton-organic",
                "!!!                    | product",
                "日本語                  | product"
            })
    void isDerivedFromTheName(String name, String expected) {
        assertThat(Slug.fromName(name).value()).isEqualTo(expected);
    }

    @Test
    void derivedSlugIsTruncatedWithoutATrailingDash() {
        String name = "a".repeat(99) + " b";

        assertThat(Slug.fromName(name).value()).isEqualTo("a".repeat(99));
        assertThat(Slug.fromName("x".repeat(150)).value()).hasSize(100);
    }

    @Test
    void suffixIsAppendedKeepingWithinOneHundredCharacters() {
        assertThat(Slug.parse("t-shirt").withSuffix(1).value()).isEqualTo("t-shirt-1");
        assertThat(Slug.parse("t-shirt").withSuffix(12).value()).isEqualTo("t-shirt-12");

        Slug longSlug = Slug.parse("a".repeat(97) + "-bc");
        assertThat(longSlug.withSuffix(7).value()).isEqualTo("a".repeat(97) + "-7");
        assertThat(Slug.parse("b".repeat(100)).withSuffix(10).value()).isEqualTo("b".repeat(97) + "-10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"T-shirt", "t--shirt", "-t", "t-", "t shirt", "café"})
    void parseRejectsMalformedSlugs(String text) {
        assertInvalid(() -> Slug.parse(text), "slug", ErrorCodes.INVALID_FORMAT);
    }

    @Test
    void parseAcceptsOneToOneHundredCharacters() {
        assertThat(Slug.parse("a1-b2").value()).isEqualTo("a1-b2");
        assertInvalid(() -> Slug.parse(""), "slug", ErrorCodes.REQUIRED);
        assertInvalid(() -> Slug.parse("a".repeat(101)), "slug", ErrorCodes.TOO_LONG);
    }

    @Test
    void theFirstFreeSlugIsFoundBatchByBatch() {
        java.util.Set<Slug> taken = new java.util.HashSet<>();
        taken.add(Slug.parse("t-shirt"));
        for (int n = 1; n <= 25; n++) {
            taken.add(Slug.parse("t-shirt-" + n));
        }
        java.util.List<Integer> lookups = new java.util.ArrayList<>();

        Slug free = Slug.parse("t-shirt").firstFree(candidates -> {
            lookups.add(candidates.size());
            return taken.stream().filter(candidates::contains).collect(java.util.stream.Collectors.toSet());
        });

        org.assertj.core.api.Assertions.assertThat(free).isEqualTo(Slug.parse("t-shirt-26"));
        org.assertj.core.api.Assertions.assertThat(lookups)
                .containsExactly(1, Slug.CANDIDATES_PER_LOOKUP, Slug.CANDIDATES_PER_LOOKUP);
        org.assertj.core.api.Assertions.assertThat(Slug.parse("mug").firstFree(c -> java.util.Set.of()))
                .isEqualTo(Slug.parse("mug"));
    }
}
