package io.catalog.persistence.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * Row of {@code product_media}: one media item of a product, with the keys of the choices it is linked to
 * (comma-separated, empty when none).
 */
@Entity
@Table(name = "product_media")
@IdClass(MediaEntity.Key.class)
public class MediaEntity {

    @Id
    @Column(name = "product_id")
    String productId;

    @Id
    @Column(name = "media_id")
    String mediaId;

    @Column(name = "media_position")
    int position;

    @Column(name = "media_type")
    String mediaType;

    @Column(name = "url")
    String url;

    @Column(name = "title")
    String title;

    @Column(name = "choice_keys")
    String choiceKeys;

    /** {@code null} when the item has no alt text. */
    @Column(name = "alt_text")
    String altText;

    @Column(name = "upload_id")
    String uploadId;

    protected MediaEntity() {}

    /** Primary key of a media row. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String productId;
        String mediaId;

        public Key() {}

        public Key(String productId, String mediaId) {
            this.productId = productId;
            this.mediaId = mediaId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.mediaId, mediaId) && Objects.equals(k.productId, productId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(productId, mediaId);
        }
    }
}
