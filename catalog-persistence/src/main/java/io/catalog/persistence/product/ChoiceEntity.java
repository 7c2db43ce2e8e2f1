package io.catalog.persistence.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Row of {@code product_choice}: one choice of one option of a product. */
@Entity
@Table(name = "product_choice")
@IdClass(ChoiceEntity.Key.class)
public class ChoiceEntity {

    @Id
    @Column(name = "product_id")
    String productId;

    @Id
    @Column(name = "choice_key")
    int choiceKey;

    @Column(name = "option_position")
    int optionPosition;

    @Column(name = "option_name")
    String optionName;

    @Column(name = "option_type")
    String optionType;

    @Column(name = "choice_position")
    int choicePosition;

    @Column(name = "choice_value")
    String value;

    @Column(name = "description")
    String description;

    /** Derived from the variants (see {@code ProductState.ChoiceState}); {@code null} in rows written before. */
    @Column(name = "in_stock")
    Boolean inStock;

    @Column(name = "visible")
    Boolean visible;

    protected ChoiceEntity() {}

    /** Primary key of a choice row. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String productId;
        int choiceKey;

        public Key() {}

        public Key(String productId, int choiceKey) {
            this.productId = productId;
            this.choiceKey = choiceKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.choiceKey == choiceKey && Objects.equals(k.productId, productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, choiceKey);
        }
    }
}
