package io.catalog.domain.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SortKeyTest {

    @Test
    void keysGivenInTurnLeaveAGap() {
        assertThat(SortKey.after(OptionalLong.empty())).isEqualTo(SortKey.GAP);
        assertThat(SortKey.after(OptionalLong.of(5 * SortKey.GAP))).isEqualTo(6 * SortKey.GAP);
        assertThat(SortKey.before(OptionalLong.of(SortKey.GAP))).isZero();
        assertThat(SortKey.nth(0)).isEqualTo(SortKey.GAP);
        assertThat(SortKey.nth(9)).isEqualTo(10 * SortKey.GAP);
    }

    @Test
    void aKeyBetweenTwoNeighboursIsTheirMidpoint() {
        assertThat(SortKey.between(OptionalLong.of(SortKey.GAP), 2 * SortKey.GAP))
                .hasValue(SortKey.GAP + SortKey.GAP / 2);
        assertThat(SortKey.between(OptionalLong.empty(), SortKey.GAP)).hasValue(0);
    }

    @Test
    void aboutTwentyPlacementsFitIntoOneGapBeforeItMustBeRenumbered() {
        long low = SortKey.GAP;
        long high = 2 * SortKey.GAP;
        int placements = 0;
        for (OptionalLong key = SortKey.between(OptionalLong.of(low), high);
                key.isPresent();
                key = SortKey.between(OptionalLong.of(low), high)) {
            high = key.getAsLong();
            placements++;
        }
        assertThat(placements).isEqualTo(20);
        assertThat(SortKey.between(OptionalLong.of(7), 7)).isEmpty();
        assertThat(SortKey.between(OptionalLong.of(7), 8)).isEmpty();
    }
}
