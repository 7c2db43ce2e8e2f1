package io.catalog.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.product.VariantId;
import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void aShortTextIsRepeatedWholeALongOneCutAndMarked() {
        assertThat(Excerpt.of("abc")).isEqualTo("abc");
        assertThat(Excerpt.of("x".repeat(40))).isEqualTo("x".repeat(40));
        assertThat(Excerpt.of("x".repeat(41))).isEqualTo("x".repeat(40) + "...");
    }

    @Test
    void errorsAboutMalformedIdsRepeatAnExcerptOnly() {
        String huge = "z".repeat(20_000);

        assertThatThrownBy(() -> VariantId.parse(huge)).hasMessageEndingWith("(was \"" + "z".repeat(40) + "...\")");
        assertThatThrownBy(() -> CollectionId.parse(huge, "collection.id"))
                .hasMessageEndingWith("(was \"" + "z".repeat(40) + "...\")");
    }
}
