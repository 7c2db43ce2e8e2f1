package io.catalog.persistence.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ProductChangeNoticesTest {

    @Test
    void productsSpreadOverTheStripes() {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            int stripe = ProductChangeNotices.stripe("store-" + (i % 7), UUID.randomUUID().toString());
            assertThat(stripe).isBetween(0, ProductChangeNotices.STRIPES - 1);
            used.add(stripe);
        }
        // 10,000 random products over 65,536 stripes: about 9,300 distinct stripes expected; far fewer means clumping.
        assertThat(used).hasSizeGreaterThan(9_000);
    }
}
