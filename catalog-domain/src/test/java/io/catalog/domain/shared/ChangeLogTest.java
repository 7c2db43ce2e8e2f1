package io.catalog.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeLogTest {

    private static final Instant T0 = Instant.parse("2024-01-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2024-01-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-03T10:00:00Z");

    @Test
    void aNewLogHasNothingAndKeepsTheLastUpdate() {
        ChangeLog log = new ChangeLog(T0);

        assertThat(log.isEmpty()).isTrue();
        assertThat(log.fields()).isEmpty();
        assertThat(log.lastUpdated()).isEqualTo(T0);
    }

    @Test
    void fieldsAreKeptOnceInTheOrderTheyFirstChanged() {
        ChangeLog log = new ChangeLog(T0);

        log.record("price", T1);
        log.record("name", T1);
        log.record("price", T2);

        assertThat(log.fields()).containsExactly("price", "name");
        assertThat(log.contains("name")).isTrue();
        assertThat(log.contains("sku")).isFalse();
        assertThat(log.isEmpty()).isFalse();
        assertThat(log.lastUpdated()).isEqualTo(T2);
    }

    @Test
    void theFieldsGivenOutAreACopyThatCannotBeChanged() {
        ChangeLog log = new ChangeLog(T0);
        log.record("name", T1);

        Set<String> fields = log.fields();
        log.record("slug", T1);

        assertThat(fields).containsExactly("name");
        assertThatThrownBy(() -> fields.add("sku")).isInstanceOf(UnsupportedOperationException.class);
    }
}
