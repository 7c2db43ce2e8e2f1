package io.catalog.persistence.product;

import io.catalog.domain.product.Handle;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.ProductRevision;
import io.catalog.domain.product.ProductState;
import io.catalog.domain.product.ProductState.OptionState;
import io.catalog.domain.product.ProductState.VariantState;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.StaleRevisionException;
import io.catalog.domain.store.StoreId;
import io.catalog.persistence.KeyLookup;
import io.catalog.persistence.SlugLookup;
import io.catalog.persistence.StoreRows;
import io.catalog.persistence.product.ProductRows.ChoiceAt;
import io.catalog.persistence.product.ProductRows.MediaAt;
import io.catalog.persistence.product.revisions.ProductChangeNotices;
import io.catalog.persistence.product.revisions.ProductRevisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Products in four tables. A product is read with at most four statements whatever its size (the product row, its
 * choices, its managed variants, its media); it is written with batched statements that touch only the rows that changed.
 * Writes are checked against the revision the product was read at, so a concurrent change is never overwritten.
 */
@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    private static final ChildRows<ChoiceAt, Integer, ChoiceEntity> CHOICES =
            new ChildRows<>(ChoiceAt::key, row -> row.choiceKey, ProductRows::choice, ProductRows::copy);

    private static final ChildRows<VariantState, String, VariantEntity> VARIANTS =
            new ChildRows<>(VariantState::variantId, row -> row.variantId, ProductRows::variant, ProductRows::copy);

    private static final ChildRows<MediaAt, String, MediaEntity> MEDIA =
            new ChildRows<>(item -> item.media().id(), row -> row.mediaId, ProductRows::media, ProductRows::copy);

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    @Inject
    StoreRows stores;

    @Inject
    JpaProductQueries queries;

    @Inject
    ProductRevisions revisions;

    @Inject
    ProductChangeNotices notices;

    /**
     * Read as a page of one product is ({@link JpaProductQueries#products}): its rows read-only, not registered for
     * change detection (the aggregate is written back through {@link #update}, which reads the rows it changes).
     */
    @Override
    public Optional<Product> find(StoreId store, ProductId id) {
        return queries.products(store, List.of(id)).stream().findFirst();
    }

    @Override
    public Optional<ProductRevision> revisionOf(StoreId store, ProductId id) {
        return revisions.of(store, id);
    }

    /** Locks the product row with {@code SELECT ... FOR UPDATE}; the lock is held until the transaction ends. */
    @Override
    public Optional<Product> findForUpdate(StoreId store, ProductId id) {
        return em.createQuery(
                        "SELECT p FROM ProductEntity p WHERE p.id = :id AND p.storeId = :store", ProductEntity.class)
                .setParameter("id", id.value().toString())
                .setParameter("store", store.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(this::productOf);
    }

    private Product productOf(ProductEntity product) {
        return Product.reconstitute(ProductRows.toState(
                product,
                choicesOf(product),
                product.manageVariants ? variantsOf(product.id) : List.of(),
                mediaOf(product)));
    }

    /**
     * The product rows go first, in one batch; their choices, variants and media follow in batches of their own. (The
     * rows have no mapped relationships, so EclipseLink cannot order the inserts by foreign key itself.)
     */
    @Override
    public void addAll(List<Product> products) {
        if (products.isEmpty()) {
            return;
        }
        List<Object> rows = new ArrayList<>();
        products.forEach(product -> rows.add(ProductRows.newProduct(product.state())));
        rows.forEach(em::persist);
        flush(products);
        int productRows = rows.size();
        for (Product product : products) {
            ProductState state = product.state();
            String productId = state.id().toString();
            rows.addAll(ProductRows.choices(state));
            state.variants().forEach(v -> rows.add(ProductRows.variant(productId, v)));
            for (int i = 0; i < state.media().size(); i++) {
                rows.add(ProductRows.media(productId, state.media().get(i), i));
            }
        }
        rows.subList(productRows, rows.size()).forEach(em::persist);
        flush(products);
        // Written rows leave the persistence context: every later flush of the transaction would otherwise compare
        // them all again.
        rows.forEach(em::detach);
    }

    @Override
    public Product update(Product product) {
        ProductState state = product.state();
        String productId = state.id().toString();
        ProductEntity row = em.find(ProductEntity.class, productId);
        if (row == null || !row.storeId.equals(state.storeId())) {
            throw new ProductNotFoundException(new ProductId(state.id()));
        }
        if (row.revision != state.revision()) {
            throw new StaleRevisionException(state.revision(), row.revision);
        }
        // Read the current child rows before changing anything: a query after a change would flush it early.
        List<ChoiceEntity> choices = choicesOf(row);
        List<VariantEntity> variants = row.manageVariants ? variantsOf(productId) : List.of();
        List<MediaEntity> media = mediaOf(row);
        boolean visibilityChanged = row.visible != state.visible();
        boolean filteredDataChanged = filteredDataChanged(row, choices, state);
        notices.changedHere(new StoreId(state.storeId()), List.of(new ProductId(state.id())));
        ProductRows.copy(state, row);
        CHOICES.sync(productId, ProductRows.choicesAt(state.options()), choices, em::persist, em::remove);
        VARIANTS.sync(productId, state.variants(), variants, em::persist, em::remove);
        MEDIA.sync(productId, ProductRows.mediaAt(state.media()), media, em::persist, em::remove);
        flush(state);
        if (visibilityChanged) {
            stores.productSetChanged(new StoreId(state.storeId()));
        }
        if (filteredDataChanged) {
            stores.productDataChanged(new StoreId(state.storeId()));
        }
        return Product.reconstitute(state.withRevision(row.revision));
    }

    @Override
    public void delete(Product product) {
        ProductState state = product.state();
        ProductEntity row = em.find(ProductEntity.class, state.id().toString());
        if (row == null || !row.storeId.equals(state.storeId())) {
            throw new ProductNotFoundException(new ProductId(state.id()));
        }
        if (row.revision != state.revision()) {
            throw new StaleRevisionException(state.revision(), row.revision);
        }
        notices.changedHere(new StoreId(state.storeId()), List.of(new ProductId(state.id())));
        em.remove(row); // choices, variants and media go with it (ON DELETE CASCADE)
        flush(state);
        stores.productSetChanged(new StoreId(state.storeId()));
    }

    @Override
    public long nextNumericIds(StoreId store, int count) {
        return stores.nextNumericIds(store, count);
    }

    /** One bulk statement per 1,000 ids; the rows are updated in the order given (ascending ids: see the port). */
    @Override
    public void touch(StoreId store, java.util.Collection<ProductId> ids, java.time.Instant now) {
        notices.changedHere(store, ids);
        List<String> all = ids.stream().map(id -> id.value().toString()).toList();
        for (int from = 0; from < all.size(); from += TOUCH_CHUNK) {
            em.createQuery("UPDATE ProductEntity p SET p.revision = p.revision + 1, p.lastUpdated = :now"
                            + " WHERE p.storeId = :store AND p.id IN :ids")
                    .setParameter("now", now.atOffset(java.time.ZoneOffset.UTC))
                    .setParameter("store", store.value())
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + TOUCH_CHUNK)))
                    .executeUpdate();
        }
        if (!all.isEmpty()) {
            // Memberships changed (collections.id filters read them).
            stores.productDataChanged(store);
        }
    }

    private static final int TOUCH_CHUNK = 1000;

    /**
     * Whether the change alters what product filters read besides {@code lastUpdated} and visibility (see
     * {@link StoreRows#productSetStamp}): the product's name, description, SKU, whether it manages variants (a
     * product that does matches SKU filters as the empty SKU), slug, type, price, brand or main ribbon, or its options' names and choices
     * and whether each choice is visible (storefronts' option filters see visible choices only). Stock, variants
     * and media are not filtered on otherwise.
     */
    private static boolean filteredDataChanged(ProductEntity row, List<ChoiceEntity> choices, ProductState state) {
        boolean fields = !Objects.equals(row.name, state.name())
                || !Objects.equals(row.description, state.description())
                || !Objects.equals(row.sku, state.sku())
                || row.manageVariants != state.manageVariants()
                || !Objects.equals(row.slug, state.slug())
                || !Objects.equals(row.productType, state.productType().name())
                || !Objects.equals(row.brandName, brandName(state))
                || !Objects.equals(row.ribbonName, ribbonName(state))
                || row.price == null
                || state.price() == null
                || row.price.compareTo(state.price()) != 0;
        if (fields) {
            return true;
        }
        List<List<Object>> stored = choices.stream()
                .map(c -> List.<Object>of(
                        c.optionPosition,
                        c.optionName,
                        c.choicePosition,
                        c.value,
                        Objects.toString(c.description, ""),
                        Objects.toString(c.visible)))
                .toList();
        List<List<Object>> next = new ArrayList<>();
        for (int o = 0; o < state.options().size(); o++) {
            OptionState option = state.options().get(o);
            for (int c = 0; c < option.choices().size(); c++) {
                next.add(List.of(
                        o,
                        option.name(),
                        c,
                        option.choices().get(c).value(),
                        Objects.toString(option.choices().get(c).description(), ""),
                        Objects.toString(option.choices().get(c).visible())));
            }
        }
        return !stored.equals(next);
    }

    private static String brandName(ProductState state) {
        return state.merchandising().brand() == null
                ? null
                : state.merchandising().brand().name();
    }

    private static String ribbonName(ProductState state) {
        return state.merchandising().ribbon() == null
                ? null
                : state.merchandising().ribbon().name();
    }

    @Override
    public Set<Slug> slugsTaken(StoreId store, java.util.Collection<Slug> candidates) {
        return SlugLookup.taken(em, "product", store, candidates);
    }

    /** Each candidate looked up in the {@code (store_id, handle)} unique index ({@link KeyLookup}). */
    @Override
    public Set<Handle> handlesTaken(StoreId store, java.util.Collection<Handle> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        List<String> handles = candidates.stream().map(Handle::value).distinct().toList();
        @SuppressWarnings("unchecked")
        List<Object> rows = KeyLookup.rows(
                        em, "SELECT handle FROM product WHERE", "store_id", "handle", store.value(), handles, "")
                .getResultList();
        return rows.stream().map(handle -> new Handle(handle.toString())).collect(Collectors.toSet());
    }

    /** {@link #flush(ProductState)} for new products; a slug taken meanwhile is named when there is one product. */
    private void flush(List<Product> products) {
        if (products.size() == 1) {
            flush(products.get(0).state());
            return;
        }
        try {
            em.flush();
        } catch (RuntimeException e) {
            if (mentions(e, "UQ_PRODUCT_STORE_SLUG")) {
                throw new RuleViolationException(
                        ErrorCodes.SLUG_TAKEN,
                        "slug",
                        "a slug of these products was taken by another product of the store meanwhile");
            }
            if (mentions(e, "UQ_PRODUCT_STORE_HANDLE")) {
                throw new RuleViolationException(
                        ErrorCodes.HANDLE_TAKEN,
                        "handle",
                        "a handle of these products was taken by another product of the store meanwhile");
            }
            throw e;
        }
    }

    /**
     * Writes the pending changes now, inside the repository call, so that a concurrent change or a slug taken
     * meanwhile surfaces as the domain's error instead of a failed commit.
     */
    private void flush(ProductState state) {
        try {
            em.flush();
        } catch (RuntimeException e) {
            if (causedBy(e, "OptimisticLockException")) {
                throw new StaleRevisionException(state.revision(), state.revision() + 1);
            }
            if (mentions(e, "UQ_PRODUCT_STORE_SLUG")) {
                throw new RuleViolationException(
                        ErrorCodes.SLUG_TAKEN,
                        "slug",
                        "slug \"" + state.slug() + "\" is already used by another product of the store");
            }
            if (mentions(e, "UQ_PRODUCT_STORE_HANDLE")) {
                throw new RuleViolationException(
                        ErrorCodes.HANDLE_TAKEN,
                        "handle",
                        "handle \"" + state.merchandising().handle() + "\" is already used by another product of"
                                + " the store");
            }
            throw e;
        }
    }

    /** Whether JPA's or EclipseLink's own exception of that simple name is in the chain. */
    private static boolean causedBy(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toUpperCase(java.util.Locale.ROOT).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** The product's choices; not looked up when its row says it has none. */
    private List<ChoiceEntity> choicesOf(ProductEntity product) {
        if (!product.mayHaveChoices()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT c FROM ChoiceEntity c WHERE c.productId = :id"
                                + " ORDER BY c.optionPosition, c.choicePosition",
                        ChoiceEntity.class)
                .setParameter("id", product.id)
                .getResultList();
    }

    private List<VariantEntity> variantsOf(String productId) {
        return em.createQuery("SELECT v FROM VariantEntity v WHERE v.productId = :id", VariantEntity.class)
                .setParameter("id", productId)
                .getResultList();
    }

    /** The product's media; not looked up when its row says it has none. */
    private List<MediaEntity> mediaOf(ProductEntity product) {
        if (!product.mayHaveMedia()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT m FROM MediaEntity m WHERE m.productId = :id ORDER BY m.position", MediaEntity.class)
                .setParameter("id", product.id)
                .getResultList();
    }
}
