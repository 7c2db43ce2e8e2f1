package io.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogDatabaseTest {

    @Test
    void anEmbeddedH2DatabaseIsTheServersAloneUnlessOthersMayConnect() {
        assertThat(h2("jdbc:h2:file:/srv/catalog/data/catalog;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000"))
                .isTrue();
        assertThat(h2("jdbc:h2:mem:catalog")).isTrue();
        assertThat(h2("jdbc:h2:./data/catalog")).isTrue();
        assertThat(h2("jdbc:h2:~/catalog")).isTrue();

        assertThat(h2("jdbc:h2:file:/srv/catalog;AUTO_SERVER=TRUE")).isFalse();
        assertThat(h2("jdbc:h2:file:/srv/catalog;auto_server = true")).isFalse();
        assertThat(h2("jdbc:h2:file:/srv/catalog;FILE_LOCK=NO")).isFalse();
        assertThat(h2("jdbc:h2:tcp://db.internal/catalog")).isFalse();
        assertThat(new CatalogDatabase("postgresql", "jdbc:postgresql://127.0.0.1/catalog").embeddedAlone())
                .isFalse();
    }

    private static boolean h2(String url) {
        return new CatalogDatabase("h2", url).embeddedAlone();
    }
}
