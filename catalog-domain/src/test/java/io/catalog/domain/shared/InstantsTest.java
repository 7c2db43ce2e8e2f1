package io.catalog.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantsTest {

    @Test
    void anInstantOfTheYears1To9999IsRead() {
        assertThat(Instants.parse("2026-11-22T10:15:30Z", "f")).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
        assertThat(Instants.parse("9999-12-31T23:59:59.999999999Z", "f")).isEqualTo(Instants.LATEST);
        assertThat(Instants.parse("0001-01-01T00:00:00Z", "f")).isEqualTo(Instants.EARLIEST);
    }

    @Test
    void aYearNoDatabaseStoresIsOutOfRangeOnTheField() {
        for (String text :
                new String[] {"+999999999-12-31T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z"}) {
            assertThatThrownBy(() -> Instants.parse(text, "query.filter.lastUpdated.$gt"))
                    .as(text)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCodes.OUT_OF_RANGE);
                        assertThat(e.field()).isEqualTo("query.filter.lastUpdated.$gt");
                        assertThat(e.getMessage())
                                .isEqualTo("query.filter.lastUpdated.$gt must be in the years 0001 to 9999");
                    });
        }
    }

    @Test
    void textThatIsNoInstantIsAFormatError() {
        assertThatThrownBy(() -> Instants.parse("yesterday", "since"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCodes.INVALID_FORMAT);
                    assertThat(e.field()).isEqualTo("since");
                });
    }
}
