package io.catalog.domain.store;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"store-1", "a", "A.b_c:d-9"})
    void acceptsLettersDigitsAndSeparators(String value) {
        assertThat(new StoreId(value).value()).isEqualTo(value);
    }

    @Test
    void acceptsUpTo64Characters() {
        assertThat(new StoreId("s".repeat(64)).value()).hasSize(64);
        assertInvalid(() -> new StoreId("s".repeat(65)), "storeId", ErrorCodes.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "slash/", "ünïcode"})
    void rejectsOtherCharacters(String value) {
        assertInvalid(() -> new StoreId(value), "storeId", ErrorCodes.INVALID_FORMAT);
    }

    @Test
    void rejectsBlankAndMissing() {
        assertInvalid(() -> new StoreId(""), "storeId", ErrorCodes.REQUIRED);
        assertInvalid(() -> new StoreId(null), "storeId", ErrorCodes.REQUIRED);
        assertInvalid(() -> new StoreId("  "), "storeId", ErrorCodes.INVALID_FORMAT);
    }
}
