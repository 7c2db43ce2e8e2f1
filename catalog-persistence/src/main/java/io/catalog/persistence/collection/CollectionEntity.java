package io.catalog.persistence.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** Row of {@code collection}. */
@Entity
@Table(name = "collection")
public class CollectionEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "store_id", updatable = false)
    String storeId;

    @Column(name = "name")
    String name;

    @Column(name = "slug")
    String slug;

    @Column(name = "description")
    String description;

    @Column(name = "visible")
    boolean visible;

    @Column(name = "parent_id")
    String parentId;

    /** The ids from the top-level category down to this one: {@code /top/.../self/}. */
    @Column(name = "path")
    String path;

    @Column(name = "depth")
    int depth;

    @Column(name = "image_url")
    String imageUrl;

    @Column(name = "created_at", updatable = false)
    OffsetDateTime createdAt;

    @Column(name = "last_updated")
    OffsetDateTime lastUpdated;

    @Version
    @Column(name = "revision")
    long revision;

    protected CollectionEntity() {}
}
