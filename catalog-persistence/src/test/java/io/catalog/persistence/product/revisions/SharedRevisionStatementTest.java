package io.catalog.persistence.product.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductRevision;
import io.catalog.persistence.product.revisions.ProductRevisions.Key;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement that reads the revisions of several products at once, on an in-memory H2 database with the product
 * table's columns it reads: each shape (1, 2, 4 ... ids, the last id filling the places left over), products of
 * another store and missing ones left out.
 */
class SharedRevisionStatementTest {

    private Connection connection;
    private final List<ProductId> ofStoreA = new ArrayList<>();
    private ProductId ofStoreB;

    @BeforeEach
    void products() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:revisions-" + UUID.randomUUID());
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE product (id VARCHAR(36) NOT NULL PRIMARY KEY, store_id VARCHAR(64) NOT NULL,"
                    + " visible BOOLEAN NOT NULL, revision BIGINT NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO product (id, store_id, visible, revision) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < 40; i++) {
                ProductId id = ProductId.random();
                ofStoreA.add(id);
                insert(insert, id, "store-a", i % 3 != 0, 100 + i);
            }
            ofStoreB = ProductId.random();
            insert(insert, ofStoreB, "store-b", true, 7);
        }
    }

    private static void insert(PreparedStatement insert, ProductId id, String store, boolean visible, long revision)
            throws SQLException {
        insert.setString(1, id.value().toString());
        insert.setString(2, store);
        insert.setBoolean(3, visible);
        insert.setLong(4, revision);
        insert.executeUpdate();
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void everyShapeAnswersTheRevisionsOfTheKeysAsked() throws SQLException {
        for (int size : new int[] {1, 2, 3, 5, 8, 13, 31, ProductRevisions.MOST_SHARED}) {
            Set<Key> keys = new LinkedHashSet<>();
            for (int i = 0; i < size; i++) {
                keys.add(new Key("store-a", ofStoreA.get(i)));
            }

            Map<Key, ProductRevision> revisions = ProductRevisions.revisionsOf(connection, keys);

            assertThat(revisions).as("%d keys", size).hasSize(size);
            for (int i = 0; i < size; i++) {
                assertThat(revisions.get(new Key("store-a", ofStoreA.get(i))))
                        .isEqualTo(new ProductRevision(100 + i, i % 3 != 0));
            }
        }
    }

    @Test
    void aProductOfAnotherStoreOrNoneIsNotFound() throws SQLException {
        Key own = new Key("store-a", ofStoreA.get(0));
        Key otherStores = new Key("store-a", ofStoreB);
        Key missing = new Key("store-a", ProductId.random());
        Key asItsStore = new Key("store-b", ofStoreB);
        Key ownAsAnotherStore = new Key("store-b", ofStoreA.get(0));

        Map<Key, ProductRevision> revisions = ProductRevisions.revisionsOf(
                connection, new LinkedHashSet<>(List.of(own, otherStores, missing, asItsStore, ownAsAnotherStore)));

        assertThat(revisions).containsOnlyKeys(own, asItsStore);
        assertThat(revisions.get(asItsStore)).isEqualTo(new ProductRevision(7, true));
    }
}
