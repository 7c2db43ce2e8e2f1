package io.catalog.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Row of {@code product_collection}: a product belongs to a collection. */
@Entity
@Table(name = "product_collection")
@IdClass(MembershipEntity.Key.class)
public class MembershipEntity {

    @Id
    @Column(name = "collection_id")
    String collectionId;

    @Id
    @Column(name = "product_id")
    String productId;

    /** The product's place in the category's order ({@code SortKey}). */
    @Column(name = "sort_key")
    long sortKey;

    protected MembershipEntity() {}

    MembershipEntity(String collectionId, String productId, long sortKey) {
        this.collectionId = collectionId;
        this.productId = productId;
        this.sortKey = sortKey;
    }

    /** Primary key of a membership row. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String collectionId;
        String productId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(k.collectionId, collectionId)
                    && Objects.equals(k.productId, productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(collectionId, productId);
        }
    }
}
