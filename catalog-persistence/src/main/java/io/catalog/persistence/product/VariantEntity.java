package io.catalog.persistence.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** Row of {@code product_variant}: the stored data of one managed variant. */
@Entity
@Table(name = "product_variant")
@IdClass(VariantEntity.Key.class)
public class VariantEntity {

    @Id
    @Column(name = "product_id")
    String productId;

    @Id
    @Column(name = "variant_id")
    String variantId;

    @Column(name = "price")
    BigDecimal price;

    @Column(name = "sku")
    String sku;

    @Column(name = "weight")
    BigDecimal weight;

    @Column(name = "visible")
    boolean visible;

    @Column(name = "track_inventory")
    Boolean trackInventory;

    @Column(name = "quantity")
    Integer quantity;

    @Column(name = "in_stock")
    Boolean inStock;

    @Column(name = "discounted_price")
    BigDecimal discountedPrice;

    @Column(name = "cost")
    BigDecimal cost;

    @Column(name = "barcode")
    String barcode;

    protected VariantEntity() {}

    /** Primary key of a variant row. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String productId;
        String variantId;

        public Key() {}

        public Key(String productId, String variantId) {
            this.productId = productId;
            this.variantId = variantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(k.variantId, variantId)
                    && Objects.equals(k.productId, productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, variantId);
        }
    }
}
