package io.catalog.domain.collection;

import io.catalog.domain.product.Description;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.ChangeLog;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregate root: a category of a store's products ("Clothing", "Clothing > T-Shirts"), which the v1 API calls a
 * collection. Categories form a tree: each has at most one parent ({@link Ancestry}, which keeps the tree's rules).
 *
 * <p><b>Boundary.</b> The collection's own data (name, slug, description, visibility) changes only through its named
 * methods. Which products belong to it is not part of the aggregate: a collection may hold any number of products,
 * so membership is a relation kept by the {@link CollectionRepository}, added to and removed from in bulk, never
 * loaded whole. The store's "All Products" collection ({@link CollectionId#ALL_PRODUCTS}) is the catalog itself:
 * it holds every product, exists in every store, and can be neither changed nor deleted.
 */
public final class Collection {

    private final CollectionId id;
    private final StoreId storeId;
    private final Instant created;
    private final long revision;
    private CollectionName name;
    private Slug slug;
    private Description description;
    private boolean visible;
    private Ancestry ancestry;
    private Optional<CategoryImage> image;
    private final ChangeLog changes;

    private Collection(
            CollectionId id,
            StoreId storeId,
            CollectionName name,
            Slug slug,
            Description description,
            boolean visible,
            Ancestry ancestry,
            Optional<CategoryImage> image,
            Instant created,
            Instant lastUpdated,
            long revision) {
        this.ancestry = Objects.requireNonNull(ancestry, "ancestry");
        this.image = Objects.requireNonNull(image, "image");
        this.id = Objects.requireNonNull(id, "id");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.name = Objects.requireNonNull(name, "name");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.description = Objects.requireNonNull(description, "description");
        this.visible = visible;
        this.created = Objects.requireNonNull(created, "created");
        this.changes = new ChangeLog(lastUpdated);
        this.revision = revision;
    }

    /** A new top-level category without image at revision 1 (a collection as v1 creates it). */
    public static Collection create(
            CollectionId id,
            StoreId store,
            CollectionName name,
            Slug slug,
            Description description,
            boolean visible,
            Instant now) {
        return create(id, store, name, slug, description, visible, Ancestry.TOP_LEVEL, Optional.empty(), now);
    }

    /** A new category at revision 1, at the place in the tree {@code ancestry} gives. */
    public static Collection create(
            CollectionId id,
            StoreId store,
            CollectionName name,
            Slug slug,
            Description description,
            boolean visible,
            Ancestry ancestry,
            Optional<CategoryImage> image,
            Instant now) {
        if (id.isAllProducts()) {
            throw new IllegalArgumentException("the All Products collection is not created");
        }
        return new Collection(id, store, name, slug, description, visible, ancestry, image, now, now, 1);
    }

    /** The store's "All Products" collection, which exists without being stored. */
    public static Collection allProducts(StoreId store, Instant since) {
        return new Collection(
                CollectionId.ALL_PRODUCTS,
                store,
                new CollectionName("All Products"),
                Slug.parse("all-products"),
                Description.EMPTY,
                true,
                Ancestry.TOP_LEVEL,
                Optional.empty(),
                since,
                since,
                1);
    }

    /** A collection as stored. */
    public static Collection reconstitute(
            CollectionId id,
            StoreId store,
            CollectionName name,
            Slug slug,
            Description description,
            boolean visible,
            Ancestry ancestry,
            Optional<CategoryImage> image,
            Instant created,
            Instant lastUpdated,
            long revision) {
        return new Collection(
                id, store, name, slug, description, visible, ancestry, image, created, lastUpdated, revision);
    }

    public void rename(CollectionName newName, Instant now) {
        change("name", !newName.equals(name), () -> name = newName, now);
    }

    public void changeSlug(Slug newSlug, Instant now) {
        change("slug", !newSlug.equals(slug), () -> slug = newSlug, now);
    }

    public void changeDescription(Description newDescription, Instant now) {
        change("description", !newDescription.equals(description), () -> description = newDescription, now);
    }

    public void changeVisibility(boolean newVisible, Instant now) {
        change("visible", newVisible != visible, () -> visible = newVisible, now);
    }

    public void changeImage(Optional<CategoryImage> newImage, Instant now) {
        change("image", !newImage.equals(image), () -> image = newImage, now);
    }

    /**
     * Moves the category, with its subcategories ({@code subtreeHeight} levels including itself), under another
     * parent ({@code newAncestry}); refused when it would sit under itself or nest too deep.
     */
    public void moveTo(Ancestry newAncestry, int subtreeHeight, Instant now) {
        newAncestry.requireRoomFor(id, subtreeHeight);
        change("parentCategory", !newAncestry.equals(ancestry), () -> ancestry = newAncestry, now);
    }

    /** Refuses any change of the All Products collection. */
    public void requireEditable() {
        if (id.isAllProducts()) {
            throw new RuleViolationException(
                    ErrorCodes.COLLECTION_NOT_EDITABLE,
                    "id",
                    "the All Products collection holds every product and cannot be changed or deleted");
        }
    }

    private void change(String field, boolean differs, Runnable apply, Instant now) {
        requireEditable();
        if (differs) {
            apply.run();
            changes.record(field, now);
        }
    }

    public Set<String> changedFields() {
        return Set.copyOf(changes.fields());
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    public CollectionId id() {
        return id;
    }

    public StoreId storeId() {
        return storeId;
    }

    public CollectionName name() {
        return name;
    }

    public Slug slug() {
        return slug;
    }

    public Description description() {
        return description;
    }

    public boolean visible() {
        return visible;
    }

    public Ancestry ancestry() {
        return ancestry;
    }

    public Optional<CollectionId> parent() {
        return ancestry.parent();
    }

    public Optional<CategoryImage> image() {
        return image;
    }

    public Instant created() {
        return created;
    }

    public Instant lastUpdated() {
        return changes.lastUpdated();
    }

    public long revision() {
        return revision;
    }
}
