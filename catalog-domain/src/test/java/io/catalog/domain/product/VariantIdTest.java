package io.catalog.domain.product;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.shared.ErrorCodes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariantIdTest {

    private static ChoiceKey key(int value) {
        return new ChoiceKey(value);
    }

    @Test
    void defaultVariantIdIsAllZeros() {
        assertThat(VariantId.DEFAULT.value()).isEqualTo("00000000-0000-0000-0000-000000000000");
        assertThat(VariantId.DEFAULT.choiceKeys()).isEmpty();
    }

    @Test
    void encodesSortedKeysAsFiveHexDigitsEach() {
        VariantId id = VariantId.of(List.of(key(0x1a), key(3)));

        assertThat(id.value()).isEqualTo("00000000-0000-0000-0000-00000030001a");
        assertThat(id).isEqualTo(VariantId.of(List.of(key(3), key(0x1a))));
    }

    @Test
    void roundTripsUpToSixKeys() {
        Set<ChoiceKey> keys = Set.of(key(1), key(30), key(31), key(999), key(0xABCDE), key(ChoiceKey.MAX));
        VariantId id = VariantId.of(keys);

        assertThat(VariantId.parse(id.value()).choiceKeys()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(VariantId.parse(id.value().toUpperCase())).isEqualTo(id);
    }

    @Test
    void refusesMoreThanSixOrRepeatedKeys() {
        List<ChoiceKey> seven = List.of(key(1), key(2), key(3), key(4), key(5), key(6), key(7));
        assertThatThrownBy(() -> VariantId.of(seven)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VariantId.of(List.of(key(1), key(1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-an-id",
                "00000000-0000-0000-0000-00000000000",
                "10000000-0000-0000-0000-000000000001",
                "00000000-0000-0000-0000-000020000100",
                "00000000-0000-0000-0000-000010000000",
                "00000000-0000-0000-0000-00000000000g"
            })
    void parseRejectsIdsThatEncodeNoAscendingKeys(String text) {
        assertInvalid(() -> VariantId.parse(text), "variantId", ErrorCodes.INVALID_ID);
    }

    @Test
    void choiceKeysAreBetweenOneAndFiveHexDigits() {
        assertThatThrownBy(() -> new ChoiceKey(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChoiceKey(0x100000)).isInstanceOf(IllegalArgumentException.class);
    }
}
