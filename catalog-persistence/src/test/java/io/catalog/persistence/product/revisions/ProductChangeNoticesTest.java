package io.catalog.persistence.product.revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.persistence.CatalogDatabase;
import io.catalog.persistence.product.revisions.ProductChangeNotices.Trust;
import io.catalog.persistence.product.revisions.ProductChangeNotices.TrustKind;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

class ProductChangeNoticesTest {

    private static final CatalogDatabase POSTGRESQL =
            new CatalogDatabase("postgresql", "jdbc:postgresql://db.internal:5432/catalog");
    private static final CatalogDatabase H2_FILE = new CatalogDatabase("h2", "jdbc:h2:file:./data/catalog");
    private static final CatalogDatabase H2_SHARED =
            new CatalogDatabase("h2", "jdbc:h2:file:./data/catalog;AUTO_SERVER=TRUE");
    private static final CatalogDatabase MARIADB = new CatalogDatabase("mariadb", "jdbc:mariadb://db.internal/catalog");

    @Test
    void productsSpreadOverTheStripes() {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            int stripe = ProductChangeNotices.stripe(
                    "store-" + (i % 7), UUID.randomUUID().toString());
            assertThat(stripe).isBetween(0, ProductChangeNotices.STRIPES - 1);
            used.add(stripe);
        }
        // 10,000 random products over 65,536 stripes: about 9,300 distinct stripes expected; far fewer means clumping.
        assertThat(used).hasSizeGreaterThan(9_000);
    }

    @Test
    void theDefaultListensOnPostgresqlAndTrustsItsOwnWritesOnAnEmbeddedDatabaseOfItsAlone() {
        assertThat(trust("auto", POSTGRESQL, true).kind()).isEqualTo(TrustKind.NOTIFICATIONS);
        assertThat(trust("notifications", POSTGRESQL, true).kind()).isEqualTo(TrustKind.NOTIFICATIONS);
        assertThat(trust("auto", H2_FILE, false).kind()).isEqualTo(TrustKind.LOCAL);
        assertThat(trust("notifications", H2_FILE, false).kind()).isEqualTo(TrustKind.LOCAL);
    }

    @Test
    void databaseTrustsNothingAndDoesNotEvenAskWhichDatabaseItIs() {
        Supplier<CatalogDatabase> unreachable = () -> {
            throw new AssertionError("database mode needs no look at the database");
        };
        Trust trust = ProductChangeNotices.trust(" Database ", unreachable, () -> true);
        assertThat(trust.kind()).isEqualTo(TrustKind.DATABASE);
        assertThat(trust.level()).isEqualTo(Level.INFO);
    }

    @Test
    void whereNotificationsCannotBeHeardEveryReadAsksTheDatabaseAndOnlyAnExplicitRequestWarns() {
        for (CatalogDatabase shared : new CatalogDatabase[] {MARIADB, H2_SHARED}) {
            Trust auto = trust("auto", shared, true);
            assertThat(auto.kind()).isEqualTo(TrustKind.DATABASE);
            assertThat(auto.level()).isEqualTo(Level.INFO);
            Trust asked = trust("notifications", shared, true);
            assertThat(asked.kind()).isEqualTo(TrustKind.DATABASE);
            assertThat(asked.level()).isEqualTo(Level.WARNING);
            assertThat(asked.reason()).contains(shared.url());
        }
        Trust noDriver = trust("notifications", POSTGRESQL, false);
        assertThat(noDriver.kind()).isEqualTo(TrustKind.DATABASE);
        assertThat(noDriver.level()).isEqualTo(Level.WARNING);
        assertThat(noDriver.reason()).contains("driver's classes visible");
        assertThat(trust("auto", POSTGRESQL, false).kind()).isEqualTo(TrustKind.DATABASE);
    }

    @Test
    void anUnknownModeIsRefusedWithTheModesItTakes() {
        assertThatThrownBy(() -> trust("always", POSTGRESQL, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"always\"")
                .hasMessageContaining("auto, database or notifications");
    }

    private static Trust trust(String mode, CatalogDatabase database, boolean driverVisible) {
        return ProductChangeNotices.trust(mode, () -> database, () -> driverVisible);
    }
}
