package io.catalog.domain.application;

import io.catalog.domain.application.InventoryUpdateCommand.VariantStockCommand;
import io.catalog.domain.product.ChoiceMedia;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.NewMedia;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductNotFoundException;
import io.catalog.domain.product.ProductRepository;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.StockUpdate;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.product.Weight;
import io.catalog.domain.product.InventoryChange;
import io.catalog.domain.product.events.InventoryLowStock;
import io.catalog.domain.product.events.InventoryLowStock.LowVariant;
import io.catalog.domain.product.events.InventoryVariantsChanged;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.ProductCreated;
import io.catalog.domain.product.events.ProductDeleted;
import io.catalog.domain.product.events.VariantsChanged;
import io.catalog.domain.product.events.VariantsChanged.VariantChange;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.MillisecondClock;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.StaleRevisionException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettingsRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import static io.catalog.domain.application.CommandMapping.ifSent;

/**
 * Application service for products: one transaction per use case, events published inside it.
 *
 * <p>Changes to an existing product run as a unit of work on freshly loaded state. With an expected revision, a
 * mismatch fails with {@link StaleRevisionException} before anything changes. Without one, a concurrent update
 * reported by the repository makes the whole unit of work run again, up to {@value #MAX_RETRIES} more times; that is
 * safe because only the fields sent by the client are applied to the fresh state.
 */
public final class ProductService {

    static final int MAX_RETRIES = 3;
    /** The most products one bulk creation takes. */
    public static final int MAX_BULK_ITEMS = 100;
    /** Most items in one stock decrement or increment call. */
    public static final int MAX_STOCK_ADJUSTMENTS = 100;

    private final ProductRepository products;
    private final StoreSettingsRepository settings;
    private final Transactions transactions;
    private final DomainEventPublisher events;
    private final Clock clock;

    public ProductService(ProductRepository products, StoreSettingsRepository settings, Transactions transactions,
                          DomainEventPublisher events, Clock clock) {
        this.products = Objects.requireNonNull(products, "products");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = MillisecondClock.of(clock);
    }

    /**
     * Creates a product in the store currency, with the next numeric id and the given slug (which must be free,
     * else {@code SLUG_TAKEN}) or a free one derived from the name ("t-shirt", "t-shirt-1", ...).
     */
    public Product create(StoreId store, CreateProductCommand command) {
        NewItem item = new NewItem(0, CommandMapping.newProduct(command),
                Optional.ofNullable(command.slug()).map(Slug::parse));
        return transactions.inTransaction(() -> {
            BulkCreateResult result = createIn(store, List.of(item), clock.instant()).get(0);
            if (!result.success()) {
                throw result.error();
            }
            return result.product();
        });
    }

    /** The outcome of one item of {@link #createAll}: the product, or why it was refused. */
    public record BulkCreateResult(int index, Product product, CatalogException error) {

        public boolean success() {
            return product != null;
        }
    }

    /**
     * Creates up to {@value #MAX_BULK_ITEMS} products in one transaction, each on its own merits: an item that breaks
     * a rule is refused (its result carries the error, addressed inside {@code products[i]}) and the others are
     * created. The batch costs about what one creation costs: one lock of the store's numeric-id counter reserves all
     * its numeric ids, one lookup finds which of its slugs are taken, and its rows are written in batches.
     */
    public List<BulkCreateResult> createAll(StoreId store, List<CreateProductCommand> commands) {
        if (commands.isEmpty() || commands.size() > MAX_BULK_ITEMS) {
            throw new ValidationException("products", ErrorCodes.OUT_OF_RANGE,
                    "must list 1 to " + MAX_BULK_ITEMS + " products (was " + commands.size() + ")");
        }
        BulkCreateResult[] results = new BulkCreateResult[commands.size()];
        List<NewItem> items = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            CreateProductCommand command = commands.get(i);
            try {
                items.add(new NewItem(i, CommandMapping.newProduct(command),
                        Optional.ofNullable(command.slug()).map(Slug::parse)));
            } catch (ValidationException e) {
                results[i] = new BulkCreateResult(i, null, e.nestedIn("products[" + i + "]"));
            }
        }
        if (!items.isEmpty()) {
            transactions.inTransaction(() -> createIn(store, items, clock.instant()))
                    .forEach(result -> results[result.index()] = result.error() instanceof ValidationException e
                            ? new BulkCreateResult(result.index(), null, e.nestedIn("products[" + result.index() + "]"))
                            : result);
        }
        return List.of(results);
    }

    /** An item of a creation: its place in the request, the product asked for and the slug asked for, if any. */
    private record NewItem(int index, NewProduct spec, Optional<Slug> requestedSlug) {
    }

    /**
     * Creates the items' products in the running transaction, in order, and publishes a {@code ProductCreated} for
     * each; an item whose product breaks a rule is answered with the error and takes nothing from the others.
     */
    private List<BulkCreateResult> createIn(StoreId store, List<NewItem> items, Instant now) {
        // The numeric ids come first: taking them serialises the store's creations, so the slugs chosen next
        // cannot be taken by a concurrent creation before this one commits.
        long numericId = products.nextNumericIds(store, items.size());
        Currency currency = settings.settingsOf(store).currency();
        SlugClaims slugs = new SlugClaims(store, items);
        List<BulkCreateResult> results = new ArrayList<>(items.size());
        List<Product> created = new ArrayList<>(items.size());
        for (NewItem item : items) {
            Slug slug = null;
            try {
                slug = slugs.claim(item);
                Product product = Product.create(ProductId.random(), store, numericId++, slug, currency, item.spec(),
                        now);
                created.add(product);
                results.add(new BulkCreateResult(item.index(), product, null));
            } catch (ValidationException | RuleViolationException e) {
                slugs.release(slug);
                results.add(new BulkCreateResult(item.index(), null, e));
            }
        }
        if (!created.isEmpty()) {
            products.addAll(created);
            created.forEach(product -> events.publish(new ProductCreated(store, product.id(), product.state(), now)));
        }
        return results;
    }

    /**
     * The slugs of one creation's products. One lookup finds which of the slugs they ask for or derive from their
     * names the store already uses; a slug claimed by an earlier item counts as taken for the later ones. Only a
     * derived slug that is taken costs lookups of its own (for "name-1", "name-2", ...).
     */
    private final class SlugClaims {

        private final StoreId store;
        /** Slugs the store uses or an earlier item claimed. */
        private final Set<Slug> taken;
        /** Slugs looked up and found free in the store (and not claimed since: a claim moves a slug to taken). */
        private final Set<Slug> free = new HashSet<>();

        SlugClaims(StoreId store, List<NewItem> items) {
            this.store = store;
            Set<Slug> wanted = new HashSet<>();
            items.forEach(item -> wanted.add(item.requestedSlug().orElseGet(() -> derived(item))));
            this.taken = new HashSet<>(products.slugsTaken(store, wanted));
            wanted.stream().filter(slug -> !taken.contains(slug)).forEach(free::add);
        }

        /** The item's slug, now taken for the items after it; {@code SLUG_TAKEN} when it asks for a taken one. */
        Slug claim(NewItem item) {
            Slug slug;
            if (item.requestedSlug().isPresent()) {
                slug = item.requestedSlug().get();
                if (taken.contains(slug)) {
                    throw new RuleViolationException(ErrorCodes.SLUG_TAKEN, "slug",
                            "slug \"" + slug + "\" is already used by another product of this store");
                }
            } else {
                Slug base = derived(item);
                slug = taken.contains(base) ? base.firstFree(this::takenAmong) : base;
            }
            free.remove(slug);
            taken.add(slug);
            return slug;
        }

        /** Gives back the slug of an item that was not created after all ({@code null}: none was claimed). */
        void release(Slug slug) {
            if (slug != null) {
                taken.remove(slug);
                free.add(slug);
            }
        }

        private Set<Slug> takenAmong(List<Slug> candidates) {
            List<Slug> unknown = candidates.stream().filter(c -> !taken.contains(c) && !free.contains(c)).toList();
            Set<Slug> takenNow = products.slugsTaken(store, unknown);
            taken.addAll(takenNow);
            unknown.stream().filter(c -> !takenNow.contains(c)).forEach(free::add);
            return candidates.stream().filter(taken::contains).collect(java.util.stream.Collectors.toSet());
        }

        private static Slug derived(NewItem item) {
            return Slug.fromName(item.spec().name().value());
        }
    }

    /** The product, or {@link ProductNotFoundException} when the store has no such product. */
    public Product get(StoreId store, ProductId id) {
        return transactions.inTransaction(() -> load(store, id));
    }

    /**
     * Applies the sent fields; publishes {@code ProductChanged} (and {@code VariantsChanged}, inventory events) if
     * anything changed. With an {@code inventoryDelta} the product row is locked first, as for a stock adjustment,
     * and the delta is applied to the committed quantity after the other fields; it is refused with {@code INSUFFICIENT_STOCK} when the quantity would go below
     * zero and the store does not allow backorders.
     */
    public Product update(StoreId store, ProductId id, UpdateProductCommand command, OptionalLong expectedRevision) {
        if (command.inventoryDelta() != null) {
            return updateWithDelta(store, id, command, expectedRevision);
        }
        return inUnitOfWork(store, id, expectedRevision, (product, now) -> {
            applyUpdate(store, product, command, now);
            return save(product, now);
        });
    }

    private Product updateWithDelta(StoreId store, ProductId id, UpdateProductCommand command,
                                    OptionalLong expectedRevision) {
        if (command.quantity() != null) {
            throw new ValidationException("inventoryDelta", ErrorCodes.CONFLICTING_SELECTORS,
                    "must not be sent together with stock.quantity; send one of them");
        }
        int delta = (int) Require.range("inventoryDelta", command.inventoryDelta(), -Stock.MAX_QUANTITY,
                Stock.MAX_QUANTITY);
        return transactions.inTransaction(() -> {
            Product product = products.findForUpdate(store, id).orElseThrow(() -> new ProductNotFoundException(id));
            if (expectedRevision.isPresent() && expectedRevision.getAsLong() != product.revision()) {
                throw new StaleRevisionException(expectedRevision.getAsLong(), product.revision());
            }
            Instant now = clock.instant();
            applyUpdate(store, product, command, now);
            product.adjustProductStock(delta, settings.settingsOf(store).allowBackorders(), now);
            return save(product, now);
        });
    }

    public void delete(StoreId store, ProductId id, OptionalLong expectedRevision) {
        inUnitOfWork(store, id, expectedRevision, (product, now) -> {
            products.delete(product);
            events.publish(new ProductDeleted(store, id, now));
            return product;
        });
    }

    /** Removes all options; refused with {@code VARIANTS_MANAGED} while variants are managed. */
    public Product removeOptions(StoreId store, ProductId id) {
        return inUnitOfWork(store, id, OptionalLong.empty(), (product, now) -> {
            product.removeOptions(now);
            return save(product, now);
        });
    }

    /** Updates managed variants, all or nothing; returns the variants that changed. */
    public List<Variant> updateVariants(StoreId store, ProductId id, List<VariantUpdateCommand> commands) {
        List<VariantUpdate> updates = CommandMapping.variantUpdates(commands);
        return inUnitOfWork(store, id, OptionalLong.empty(), (product, now) -> {
            List<Variant> changed = product.updateVariants(updates, now);
            save(product, now);
            return changed;
        });
    }

    /** Resets every managed variant to the product's values. */
    public void resetVariants(StoreId store, ProductId id) {
        inUnitOfWork(store, id, OptionalLong.empty(), (product, now) -> {
            product.resetVariantsToDefault(now);
            return save(product, now);
        });
    }

    /**
     * Appends media items (see {@link Product#addMedia}), all or nothing; a {@code mediaId} item is found at
     * {@code mediaBaseUrl + mediaId}.
     */
    public Product addMedia(StoreId store, ProductId id, List<MediaCommand> commands, String mediaBaseUrl) {
        List<NewMedia> items = CommandMapping.newMedia(commands, mediaBaseUrl);
        return inUnitOfWork(store, id, OptionalLong.empty(), (product, now) -> {
            product.addMedia(items, now);
            return save(product, now);
        });
    }

    /** Removes the listed media items, or all when none are listed, and their links to choices. */
    public Product removeMedia(StoreId store, ProductId id, List<String> mediaIds) {
        return inUnitOfWork(store, id, OptionalLong.empty(), (product, now) -> {
            product.removeMedia(mediaIds, now);
            return save(product, now);
        });
    }

    /** Links existing media items to choices (see {@link Product#linkChoiceMedia}). */
    public Product linkChoiceMedia(StoreId store, ProductId id, List<ChoiceMedia> links) {
        return inUnitOfWork(store, id, OptionalLong.empty(), (product, now) -> {
            product.linkChoiceMedia(links, now);
            return save(product, now);
        });
    }

    /** Unlinks media items from choices; no entries unlinks all media from all choices. */
    public Product unlinkChoiceMedia(StoreId store, ProductId id, List<ChoiceMedia> links) {
        return inUnitOfWork(store, id, OptionalLong.empty(), (product, now) -> {
            product.unlinkChoiceMedia(links, now);
            return save(product, now);
        });
    }

    /**
     * Sets inventory tracking and per-variant stock (see {@link Product#updateInventory}). The product row stays
     * locked until the change commits, so it serialises with concurrent stock adjustments instead of failing.
     */
    public Product updateInventory(StoreId store, ProductId id, InventoryUpdateCommand command) {
        Boolean trackQuantity = command.trackQuantity();
        List<StockUpdate> updates = new ArrayList<>();
        for (int i = 0; i < command.variants().size(); i++) {
            VariantStockCommand variant = command.variants().get(i);
            try {
                updates.add(new StockUpdate(VariantId.parse(variant.variantId()), variant.quantity(),
                        variant.inStock()));
            } catch (ValidationException e) {
                throw e.nestedIn("variants[" + i + "]");
            }
        }
        return transactions.inTransaction(() -> {
            Product product = products.findForUpdate(store, id).orElseThrow(() -> new ProductNotFoundException(id));
            Instant now = clock.instant();
            product.updateInventory(trackQuantity, updates, now);
            return save(product, now);
        });
    }

    /**
     * Takes stock away, all items or none (see {@link #adjustStock}); errors are reported on
     * {@code decrementData[i].productId|variantId|decrementBy}.
     */
    public List<AdjustedStock> decrementStock(StoreId store, List<StockAdjustmentCommand> items) {
        return adjustStock(store, items, "decrementData", "decrementBy", -1);
    }

    /**
     * Adds stock, all items or none (see {@link #adjustStock}); errors are reported on
     * {@code incrementData[i].productId|variantId|incrementBy}.
     */
    public List<AdjustedStock> incrementStock(StoreId store, List<StockAdjustmentCommand> items) {
        return adjustStock(store, items, "incrementData", "incrementBy", 1);
    }

    /**
     * Adjusts tracked quantities by the items' amounts in one transaction, all or none. Each product's row is
     * locked before any change, in ascending id order so that two calls never wait for each other in a cycle;
     * concurrent adjustments of one product therefore run one after the other, each on the committed result of the
     * previous one, and {@link Product#adjustStock} decides on the current quantity: none is lost, and none goes
     * below zero unless the store allows backorders. Items of one product apply in request order to the same product.
     */
    private List<AdjustedStock> adjustStock(StoreId store, List<StockAdjustmentCommand> items, String listField,
                                            String amountField, int sign) {
        if (items == null || items.isEmpty() || items.size() > MAX_STOCK_ADJUSTMENTS) {
            throw new ValidationException(listField, items == null || items.isEmpty() ? ErrorCodes.REQUIRED
                    : ErrorCodes.OUT_OF_RANGE, "must contain 1 to " + MAX_STOCK_ADJUSTMENTS + " items"
                    + (items == null ? "" : " (was " + items.size() + ")"));
        }
        List<ProductId> productIds = new ArrayList<>(items.size());
        List<VariantId> variantIds = new ArrayList<>(items.size());
        List<Integer> deltas = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String path = listField + "[" + i + "]";
            StockAdjustmentCommand item = items.get(i);
            try {
                productIds.add(ProductId.parse(item.productId()));
            } catch (ValidationException e) {
                throw e.relocatedTo(path + ".productId");
            }
            try {
                variantIds.add(VariantId.parse(item.variantId()));
            } catch (ValidationException e) {
                throw e.relocatedTo(path + ".variantId");
            }
            deltas.add(sign * (int) Require.range(path + "." + amountField,
                    Require.present(path + "." + amountField, item.amount()), 1, Stock.MAX_QUANTITY));
        }
        return transactions.inTransaction(() -> {
            Map<ProductId, Product> locked = new HashMap<>();
            Set<ProductId> lockOrder = new TreeSet<>(Comparator.comparing(ProductId::value));
            lockOrder.addAll(productIds);
            for (ProductId productId : lockOrder) {
                locked.put(productId, products.findForUpdate(store, productId)
                        .orElseThrow(() -> new ProductNotFoundException(productId)));
            }
            Instant now = clock.instant();
            boolean allowBackorders = settings.settingsOf(store).allowBackorders();
            Map<ProductId, Set<VariantId>> adjusted = new LinkedHashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = listField + "[" + i + "]";
                try {
                    locked.get(productIds.get(i)).adjustStock(variantIds.get(i), deltas.get(i), allowBackorders, now);
                } catch (ValidationException e) {
                    throw e.nestedIn(path);
                } catch (RuleViolationException e) {
                    throw new RuleViolationException(e.code(),
                            path + "." + ("delta".equals(e.field()) ? amountField : e.field()), e.getMessage());
                }
                adjusted.computeIfAbsent(productIds.get(i), key -> new LinkedHashSet<>()).add(variantIds.get(i));
            }
            // Saved in lock order too: their events take each product's event-sequence row in that order.
            Map<ProductId, Product> saved = new HashMap<>();
            lockOrder.forEach(productId -> saved.put(productId, save(locked.get(productId), now)));
            List<AdjustedStock> results = new ArrayList<>();
            adjusted.forEach((productId, variants) ->
                    results.add(new AdjustedStock(saved.get(productId), List.copyOf(variants))));
            return results;
        });
    }

    private <T> T inUnitOfWork(StoreId store, ProductId id, OptionalLong expectedRevision, ProductWork<T> work) {
        int retries = expectedRevision.isPresent() ? 0 : MAX_RETRIES;
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.inTransaction(() -> {
                    Product product = load(store, id);
                    if (expectedRevision.isPresent() && expectedRevision.getAsLong() != product.revision()) {
                        throw new StaleRevisionException(expectedRevision.getAsLong(), product.revision());
                    }
                    return work.apply(product, clock.instant());
                });
            } catch (StaleRevisionException e) {
                if (attempt >= retries) {
                    throw e;
                }
            }
        }
    }

    /** A step of a unit of work on a freshly loaded product. */
    @FunctionalInterface
    private interface ProductWork<T> {
        T apply(Product product, Instant now);
    }

    private Product load(StoreId store, ProductId id) {
        return products.find(store, id).orElseThrow(() -> new ProductNotFoundException(id));
    }

    /**
     * Stores the product and publishes its changes: {@code ProductChanged}, {@code VariantsChanged} when stored
     * variant data changed, {@code InventoryVariantsChanged} when the stock of any variant (as the inventory lists
     * it) changed, and {@code InventoryLowStock} when tracked quantities fell to the warning limit. An unchanged
     * product is left alone, at its revision.
     */
    private Product save(Product product, Instant now) {
        if (!product.hasChanges()) {
            return product;
        }
        Product saved = products.update(product);
        events.publish(new ProductChanged(product.storeId(), product.id(), List.copyOf(product.changedFields()), now));
        List<VariantChange> variantChanges = product.changedVariantFields().entrySet().stream()
                .map(entry -> new VariantChange(entry.getKey(),
                        product.findVariant(entry.getKey()).orElseThrow().choices(), List.copyOf(entry.getValue())))
                .toList();
        if (!variantChanges.isEmpty()) {
            events.publish(new VariantsChanged(product.storeId(), product.id(), variantChanges, now));
        }
        List<InventoryChange> inventory = product.inventoryChanges();
        if (!inventory.isEmpty()) {
            events.publish(new InventoryVariantsChanged(product.storeId(), product.id(), product.inventoryItemId(),
                    inventory, now));
            List<LowVariant> low = product.lowStock(inventory).stream()
                    .map(change -> new LowVariant(change.variantId(), change.after().quantity())).toList();
            if (!low.isEmpty()) {
                events.publish(new InventoryLowStock(product.storeId(), product.id(), product.inventoryItemId(),
                        product.warningLimit(), low, now));
            }
        }
        return saved;
    }

    private void applyUpdate(StoreId store, Product product, UpdateProductCommand command, Instant now) {
        List<OptionSpec> options = ifSent(command.options(), CommandMapping::options);
        if (options != null && Boolean.TRUE.equals(command.manageVariants())) {
            // Both sent: the request alone decides whether the variant limit holds (400, not 409).
            Product.requireManageableOptions(options);
        }
        ifPresent(ifSent(command.name(), ProductName::new), value -> product.rename(value, now));
        ifPresent(ifSent(command.productType(), ProductType::fromApiName), value -> product.changeProductType(value, now));
        ifPresent(ifSent(command.description(), Description::of), value -> product.changeDescription(value, now));
        ifPresent(ifSent(command.sku(), Sku::new), value -> product.changeSku(value, now));
        ifPresent(ifSent(command.weight(), Weight::new), value -> product.changeWeight(value, now));
        ifPresent(command.visible(), value -> product.changeVisibility(value, now));
        ifPresent(command.price(), value -> product.changePrice(value, now));
        product.changeDiscount(
                CommandMapping.discount(command.discountType(), command.discountValue(), product.discount()), now);
        product.changeStock(CommandMapping.stock(command.trackInventory(), command.quantity(), command.inStock(),
                product.stock()), now);
        if (command.warningLimit() != null) {
            product.changeWarningLimit(command.warningLimit().orElse(null), now);
        }
        // Turn management off before and on after replacing options, so the 300-variant limit applies to the result.
        if (Boolean.FALSE.equals(command.manageVariants())) {
            product.changeManageVariants(false, now);
        }
        ifPresent(options, value -> product.replaceOptions(value, now));
        if (Boolean.TRUE.equals(command.manageVariants())) {
            product.changeManageVariants(true, now);
        }
        ifPresent(ifSent(command.slug(), Slug::parse), value -> {
            if (!value.equals(product.slug())) {
                product.changeSlug(requireFree(store, value), now);
            }
        });
    }

    private static <T> void ifPresent(T value, Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    private Slug requireFree(StoreId store, Slug slug) {
        if (!products.slugsTaken(store, List.of(slug)).isEmpty()) {
            throw new RuleViolationException(ErrorCodes.SLUG_TAKEN, "slug",
                    "slug \"" + slug + "\" is already used by another product of this store");
        }
        return slug;
    }

}
