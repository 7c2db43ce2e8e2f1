package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.money.PriceData;
import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.product.subscription.NewSubscription;
import io.catalog.domain.product.subscription.SubscriptionDetails;
import io.catalog.domain.shared.ChangeLog;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Aggregate root: a product of one store with its options, their choices and, when variants are managed, the data
 * of each variant.
 *
 * <p><b>Boundary.</b> Options, choices, choice keys and variant data belong to the product and change only through
 * its named methods. After every public method the following hold:
 * <ul>
 *   <li>at most {@value #MAX_OPTIONS} options with names unique ignoring case, each with 1..30 choices whose values
 *       are unique ignoring case; every choice has a key from {@code nextChoiceKey}, never reused;</li>
 *   <li>when variants are managed, there are at most {@value #MAX_MANAGED_VARIANTS} combinations and stored variant
 *       data exists for exactly the combinations; when they are not, nothing per variant is stored and every
 *       combination (up to 30^6) behaves as the product itself;</li>
 *   <li>prices are in the store currency, within 0..999999999.99, and discounted prices never go below zero;</li>
 *   <li>at most {@value #MAX_MEDIA} media items with distinct ids, the first being the main media; media items are
 *       linked only to existing choices (by their stable keys), and only to the choices of one option.</li>
 *   <li>at most {@value Modifiers#MAX_MODIFIERS} modifiers, as {@link Modifiers} keeps them (their prices in the
 *       product's currency).</li>
 * </ul>
 * Every mutator validates first and changes nothing when it fails; a mutator that changes nothing records nothing.
 * Changes are recorded by API field name ({@link #changedFields()}) for the domain events, and the persisted
 * revision is checked optimistically by the repository.
 *
 * <p><b>Reads.</b> The product answers its own values through simple accessors; its variants (with their effective
 * values, pages and queries of them, each variant's stock) and their availability (option views, {@code inStock}, what
 * a selection leads to) are read through one read view, {@link #variants()} ({@link ProductVariants}), which changes
 * nothing.
 *
 * <p><b>Parts.</b> The product keeps its own fields and delegates the rest to the package-private parts the
 * package documentation names ({@link OptionSet}, {@link VariantTable}, {@link MediaGallery}, ...).
 */
public final class Product {

    public static final int MAX_OPTIONS = 6;
    public static final int MAX_MANAGED_VARIANTS = 300;
    /** Most media items a product can have (the seed's limit). */
    public static final int MAX_MEDIA = 15;

    private final ProductId id;
    private final StoreId storeId;
    private final long numericId;
    private final UUID inventoryItemId;
    private final Instant created;
    private final long revision;
    private Slug slug;
    private ProductName name;
    private ProductType productType;
    private Description description;
    private Sku sku;
    private Weight weight;
    private boolean visible;
    private Money price;
    private Discount discount;
    private Stock stock;
    /** Ecwid's {@code warningLimit}: low stock is announced when a tracked quantity falls to it; {@code null}: none. */
    private Integer warningLimit;

    private boolean manageVariants;
    private OptionSet options;
    private final VariantTable variants;
    private MediaGallery media;
    private MerchantData merchant;
    /** Handle, brand, ribbons, SEO data...: rules in {@link Merchandising}. */
    private Merchandising merchandising;
    /** Info sections and the variants' media, digital files and preorder: rules in {@link ProductDetails}. */
    private ProductDetails details;
    /** Options that make no variant but travel with the order: rules in {@link Modifiers}. */
    private Modifiers modifiers;
    /** Subscriptions and one-time purchases: rules in {@link SubscriptionDetails}. */
    private SubscriptionDetails subscriptions;

    private final ChangeLog changes;
    /** The stock as created or loaded, to tell which variants' inventory changed since ({@link #inventoryChanges}). */
    private final StockLedger inventory;

    /** A product of these values. */
    Product(
            ProductId id,
            StoreId storeId,
            long numericId,
            UUID inventoryItemId,
            Instant created,
            long revision,
            Slug slug,
            ProductName name,
            ProductType productType,
            Description description,
            Sku sku,
            Weight weight,
            boolean visible,
            Money price,
            Discount discount,
            Stock stock,
            Integer warningLimit,
            boolean manageVariants,
            OptionSet options,
            Map<VariantId, VariantOverrides> variantData,
            MediaGallery media,
            Instant lastUpdated,
            MerchantData merchant,
            Merchandising merchandising,
            ProductDetails details,
            Modifiers modifiers,
            SubscriptionDetails subscriptions) {
        this.id = Objects.requireNonNull(id, "id");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.numericId = Require.range("numericId", numericId, 1, Long.MAX_VALUE);
        this.inventoryItemId = Objects.requireNonNull(inventoryItemId, "inventoryItemId");
        this.created = Objects.requireNonNull(created, "created");
        this.revision = revision;
        this.slug = Objects.requireNonNull(slug, "slug");
        this.name = Objects.requireNonNull(name, "name");
        this.productType = Objects.requireNonNull(productType, "productType");
        this.description = Objects.requireNonNull(description, "description");
        this.sku = Objects.requireNonNull(sku, "sku");
        this.weight = Objects.requireNonNull(weight, "weight");
        this.visible = visible;
        this.price = Objects.requireNonNull(price, "price");
        this.discount = Objects.requireNonNull(discount, "discount");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.warningLimit = warningLimit;
        this.manageVariants = manageVariants;
        this.options = Objects.requireNonNull(options, "options");
        this.variants = new VariantTable(variantData);
        this.media = Objects.requireNonNull(media, "media");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.merchandising = Objects.requireNonNull(merchandising, "merchandising");
        this.details = Objects.requireNonNull(details, "details").forType(productType);
        this.modifiers = Objects.requireNonNull(modifiers, "modifiers");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.changes = new ChangeLog(Objects.requireNonNull(lastUpdated, "lastUpdated"));
        this.inventory = new StockLedger(stock, manageVariants, variants.data());
    }

    /**
     * A new product at revision 1 with a fresh inventory item id.
     *
     * @param currency the store currency, in which {@code spec.price()} is given
     * @throws ValidationException when a value in {@code spec} is invalid, or managed variants are requested for
     *                             more than {@value #MAX_MANAGED_VARIANTS} combinations ({@code TOO_MANY_VARIANTS}:
     *                             the request alone breaks the limit)
     */
    public static Product create(
            ProductId id, StoreId store, long numericId, Slug slug, Currency currency, NewProduct spec, Instant now) {
        Handle handle = spec.merchandising().handle();
        return create(id, store, numericId, slug, handle != null ? handle : Handle.fromSlug(slug), currency, spec, now);
    }

    /**
     * {@link #create}, with the handle the caller claimed in the store for the product (the overload without one takes
     * the handle asked for, else the slug's, unclaimed).
     */
    public static Product create(
            ProductId id,
            StoreId store,
            long numericId,
            Slug slug,
            Handle handle,
            Currency currency,
            NewProduct spec,
            Instant now) {
        Money price = priceIn(currency, spec.price(), "price");
        OptionSet options = OptionSet.built(spec.options());
        if (spec.manageVariants()) {
            VariantTable.requireManageable(options, true);
        }
        Map<VariantId, VariantOverrides> variantData =
                spec.manageVariants() ? VariantTable.forCombinations(options, Map.of()) : Map.of();
        return new Product(
                id,
                store,
                numericId,
                UUID.randomUUID(),
                now,
                1,
                slug,
                spec.name(),
                spec.type(),
                spec.description(),
                spec.sku(),
                spec.weight(),
                spec.visible(),
                price,
                spec.discount(),
                spec.stock(),
                StockLedger.checkedWarningLimit(spec.warningLimit()),
                spec.manageVariants(),
                options,
                variantData,
                MediaGallery.EMPTY,
                now,
                MerchantData.NONE,
                Merchandising.initial(handle).with(spec.merchandising(), store, spec.type()),
                ProductDetails.NONE,
                spec.modifiers() == null ? Modifiers.NONE : spec.modifiers().applyTo(Modifiers.NONE, currency),
                SubscriptionDetails.NONE);
    }

    /**
     * The product stored as {@code state}, with no recorded changes.
     *
     * @throws IllegalStateException when the stored data breaks the product's rules
     */
    public static Product reconstitute(ProductState state) {
        return ProductMemento.restore(state);
    }

    /**
     * What an answer without variants shows of the product now; a product stored and read without its variants
     * gives an equal one ({@link ProductSummary#readWithoutVariants}).
     */
    public ProductSummary summary() {
        AvailabilityCalculator availability = availabilityCalculator();
        return new ProductSummary(
                id,
                storeId,
                numericId,
                inventoryItemId,
                slug,
                name,
                productType,
                description,
                answeredSku(),
                weight,
                visible,
                price,
                discount,
                stock,
                availability.inStock(),
                warningLimit,
                manageVariants,
                availability.optionViews(),
                media.items(),
                created,
                lastUpdated(),
                revision,
                merchandising,
                details,
                modifiers);
    }

    /**
     * All persistent fields, for the repository, with each choice's availability (derived from the variants) to be
     * stored beside it.
     */
    public ProductState state() {
        return ProductMemento.capture(this);
    }

    // ---------------------------------------------------------------------------------------------- mutators

    /**
     * Applies the changes of {@code patch} (all but its slug, which the caller claims and sets), each through its own
     * mutator. Options sent together with {@code manageVariants: true} must make at most
     * {@value #MAX_MANAGED_VARIANTS} variants by themselves ({@link #requireManageableOptions}, checked before anything
     * changes). Variant management is turned off before and on after the options are replaced, so the variant limit
     * applies to the result. A change refused part-way leaves the product partly changed: the caller discards it, as
     * {@code ProductUnitOfWork} does with a product whose change fails.
     */
    public void apply(ProductPatch patch, Instant now) {
        Objects.requireNonNull(patch, "patch");
        Objects.requireNonNull(now, "now");
        if (patch.options() != null && Boolean.TRUE.equals(patch.manageVariants())) {
            requireManageableOptions(patch.options());
        }
        ifSent(patch.name(), value -> rename(value, now));
        ifSent(patch.type(), value -> changeProductType(value, now));
        ifSent(patch.description(), value -> changeDescription(value, now));
        ifSent(patch.sku(), value -> changeSku(value, now));
        ifSent(patch.weight(), value -> changeWeight(value, now));
        ifSent(patch.visible(), value -> changeVisibility(value, now));
        ifSent(patch.price(), value -> changePrice(value, now));
        ifSent(patch.discount(), value -> changeDiscount(value.applyTo(discount), now));
        ifSent(patch.stock(), value -> changeStock(value.applyTo(stock()), now));
        ifSent(patch.warningLimit(), value -> changeWarningLimit(value.limit(), now));
        ifSent(patch.merchandising(), value -> changeMerchandising(value, now));
        ifSent(patch.modifiers(), value -> replaceModifiers(value, now));
        if (Boolean.FALSE.equals(patch.manageVariants())) {
            changeManageVariants(false, now);
        }
        ifSent(patch.options(), value -> replaceOptions(value, now));
        if (Boolean.TRUE.equals(patch.manageVariants())) {
            changeManageVariants(true, now);
        }
    }

    private static <T> void ifSent(T value, Consumer<T> action) {
        if (value != null) {
            action.accept(value);
        }
    }

    public void rename(ProductName newName, Instant now) {
        change("name", name, newName, value -> name = value, now);
    }

    public void changeSlug(Slug newSlug, Instant now) {
        change("slug", slug, newSlug, value -> slug = value, now);
    }

    public void changeProductType(ProductType newType, Instant now) {
        change("productType", productType, newType, value -> productType = value, now);
        changeMerchandising(MerchandisingChange.NONE, now);
        takeDetails(details.forType(productType), now);
    }

    /** Changes the media, info sections and variants' details as {@link ProductDetails#apply} says. */
    public void changeDetails(ProductDetailsChange change, Instant now) {
        Objects.requireNonNull(now, "now");
        ProductDetails.apply(this, change, now);
    }

    /** Takes {@code next}, recording the fields that changed. */
    void takeDetails(ProductDetails next, Instant now) {
        next.changedFrom(details).forEach(field -> touch(field, now));
        details = next;
    }

    /** Changes the handle, brand, ribbons, SEO data... as {@link Merchandising#with} says; records what changed. */
    public void changeMerchandising(MerchandisingChange change, Instant now) {
        Merchandising next = merchandising.with(change, storeId, productType);
        next.changedFrom(merchandising).forEach(field -> touch(field, now));
        merchandising = next;
    }

    /**
     * Replaces the modifiers as {@code change} says (all of them, or only the free texts: see {@link Modifiers});
     * records {@code modifiers} when they changed. Prices are amounts of the product's currency.
     *
     * @throws ValidationException    on {@code modifiers...} for modifiers that break their rules
     * @throws RuleViolationException {@code TOO_MANY_MODIFIERS}, {@code DUPLICATE_MODIFIER_NAME} when free texts clash
     *                                with the choice modifiers kept
     */
    public void replaceModifiers(ModifierChange change, Instant now) {
        Objects.requireNonNull(change, "change");
        change("modifiers", modifiers, change.applyTo(modifiers, price.currency()), value -> modifiers = value, now);
    }

    public void changeDescription(Description newDescription, Instant now) {
        change("description", description, newDescription, value -> description = value, now);
    }

    /** Sets the product SKU; {@link Sku#NONE} removes it. */
    public void changeSku(Sku newSku, Instant now) {
        change("sku", sku, newSku, value -> sku = value, now);
    }

    public void changeWeight(Weight newWeight, Instant now) {
        change("weight", weight, newWeight, value -> weight = value, now);
    }

    public void changeVisibility(boolean newVisible, Instant now) {
        change("visible", visible, newVisible, value -> visible = value, now);
    }

    /** Sets the price, in the product's currency; rounded to the currency's minor unit, 0..999999999.99. */
    public void changePrice(BigDecimal newPrice, Instant now) {
        change("price", price, priceIn(price.currency(), newPrice, "price"), value -> price = value, now);
    }

    public void changeDiscount(Discount newDiscount, Instant now) {
        change("discount", discount, newDiscount, value -> discount = value, now);
    }

    public void changeStock(Stock newStock, Instant now) {
        change("stock", stock, newStock, value -> stock = value, now);
    }

    /**
     * Sets Ecwid's {@code warningLimit} (1 to {@value Stock#MAX_QUANTITY}), or removes it ({@code null}). Setting
     * it announces nothing by itself: only a quantity that falls to it does (see {@link #lowStock}).
     */
    public void changeWarningLimit(Integer newLimit, Instant now) {
        Objects.requireNonNull(now, "now");
        Integer checked = StockLedger.checkedWarningLimit(newLimit);
        if (!Objects.equals(warningLimit, checked)) {
            warningLimit = checked;
            touch("warningLimit", now);
        }
    }

    /**
     * Turns variant management on (creating default data for every combination; refused with
     * {@code TOO_MANY_VARIANTS} above 300 combinations) or off (discarding all variant data).
     */
    public void changeManageVariants(boolean manage, Instant now) {
        Objects.requireNonNull(now, "now");
        if (manage == manageVariants) {
            return;
        }
        if (manage) {
            VariantTable.requireManageable(options, false);
        }
        variants.manage(manage, options);
        manageVariants = manage;
        touch("manageVariants", now);
    }

    /**
     * Replaces all options. An option matching an existing one by name, and a choice matching an existing choice of
     * it by value (ignoring case), keep the existing choice key, so managed variants whose combination survives keep
     * their data; new combinations get {@link VariantOverrides#DEFAULT}. An empty list is {@link #removeOptions}.
     */
    public void replaceOptions(List<OptionSpec> specs, Instant now) {
        Require.present("options", specs);
        Objects.requireNonNull(now, "now");
        if (specs.isEmpty()) {
            removeOptions(now);
            return;
        }
        OptionSet replaced = options.replacedBy(specs);
        if (manageVariants) {
            VariantTable.requireManageable(replaced, false);
        }
        if (replaced.sameOptionsAs(options)) {
            return;
        }
        takeOptions(replaced, now);
        if (manageVariants && variants.reshape(options)) {
            touch("variants", now);
        }
    }

    /** Removes all options; refused with {@code VARIANTS_MANAGED} while variants are managed. */
    public void removeOptions(Instant now) {
        Objects.requireNonNull(now, "now");
        VariantTable.requireOptionsRemovable(manageVariants);
        if (options.isEmpty()) {
            return;
        }
        takeOptions(options.removed(), now);
    }

    /** Takes new options; links of media to choices that no longer exist go (recorded as part of the option edit). */
    private void takeOptions(OptionSet newOptions, Instant now) {
        options = newOptions;
        touch("productOptions", now);
        media = media.keepingLinksOf(options);
    }

    /**
     * Applies {@code updates} in order, all or nothing; only while variants are managed ({@code
     * VARIANTS_NOT_MANAGED} otherwise). Errors are reported on {@code variants[i]...}.
     *
     * @return the variants that changed, with their new effective values
     */
    public List<Variant> updateVariants(List<VariantUpdate> updates, Instant now) {
        Objects.requireNonNull(now, "now");
        VariantTable.requireManaged(manageVariants);
        List<VariantId> changed = variants.update(updates, options, price.currency());
        if (!changed.isEmpty()) {
            touch("variants", now);
        }
        return changed.stream()
                .map(variantId -> listing().find(variantId).orElseThrow())
                .toList();
    }

    /**
     * Resets every managed variant to the product's values, as the seed's {@code resetToDefault} says: the product's
     * price and weight (inherited from now on), the product's current SKU (copied: a later change of the product's
     * SKU does not move it), visible, and the product's stock; {@code VARIANTS_NOT_MANAGED} otherwise.
     */
    public void resetVariantsToDefault(Instant now) {
        Objects.requireNonNull(now, "now");
        VariantTable.requireManaged(manageVariants);
        if (variants.resetTo(sku)) {
            touch("variants", now);
        }
    }

    /** Writes a whole list of variants as Catalog V3 sends it; the rule is {@link VariantWrites}'. */
    public void writeVariants(List<VariantWrite> writes, Instant now) {
        VariantWrites.apply(this, writes, now);
    }

    /** Sets what the product costs the merchant ({@code null}: unknown), in the product's currency. */
    public void changeCost(Money newCost, Instant now) {
        change("cost", merchant, merchant.withCost(newCost), value -> merchant = value, now);
    }

    /** Sets the product's barcode ({@code null}: none). */
    public void changeBarcode(Barcode newBarcode, Instant now) {
        change("barcode", merchant, merchant.withBarcode(newBarcode), value -> merchant = value, now);
    }

    /**
     * Replaces the subscriptions with {@code sent}, checked in the product's currency ({@link SubscriptionDetails#of});
     * an empty list removes them. Their amounts off are checked against the prices by
     * {@link #requireSubscriptionDiscountsWithinPrices}, once every change of a write is made.
     */
    public void changeSubscriptions(List<NewSubscription> sent, boolean allowOneTimePurchases, Instant now) {
        SubscriptionDetails next = SubscriptionDetails.of(sent, allowOneTimePurchases, price.currency());
        change("subscriptionDetails", subscriptions, next, value -> subscriptions = value, now);
    }

    /**
     * Checks that no subscription takes more off than the lowest price a buyer pays for a variant (hidden ones
     * included), so that no subscription price is below zero.
     *
     * @throws ValidationException {@code OUT_OF_RANGE} on {@code subscriptionDetails.subscriptions[i].discount.amountOff}
     */
    public void requireSubscriptionDiscountsWithinPrices() {
        if (!subscriptions.isEmpty()) {
            variants().page(0, manageVariants ? MAX_MANAGED_VARIANTS : 1).stream()
                    .map(PriceRange::actualPrice)
                    .min(Money::compareTo)
                    .ifPresent(subscriptions::requireDiscountsWithin);
        }
    }

    void takeVariants(Map<VariantId, VariantOverrides> newData, Instant now) {
        if (variants.replace(newData)) {
            touch("variants", now);
        }
    }

    /** Takes the stock and the variants' data of {@code stocks}, recording {@code stock} before {@code variants}. */
    private void takeStocks(StockLedger.Stocks stocks, Instant now) {
        changeStock(stocks.product(), now);
        takeVariants(stocks.variants(), now);
    }

    // ---------------------------------------------------------------------------------------------- inventory

    /**
     * Sets inventory tracking and stock, all or nothing, as the inventory API does. {@code trackQuantity}, when
     * given, switches tracking for the product and for every managed variant with stock of its own: stock that
     * becomes tracked starts at quantity 0 unless a quantity is given, stock that stops being tracked keeps its
     * in-stock state. Each update then sets one variant's stock: a managed variant gets stock of its own; for a
     * product whose variants are not managed the update sets the product's stock. While tracked only
     * {@code quantity} is read (it decides {@code inStock}); while not tracked only {@code inStock}, and a quantity
     * is {@code NOT_ALLOWED}. Errors are reported on {@code variants[i].variantId} / {@code variants[i].quantity}.
     *
     * @param trackQuantity whether quantities are tracked from now on; {@code null} leaves tracking as it is
     */
    public void updateInventory(Boolean trackQuantity, List<StockUpdate> updates, Instant now) {
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(now, "now");
        takeStocks(StockLedger.updated(stock, variants.data(), trackQuantity, updates, listing()::stockHolder), now);
    }

    /**
     * Changes a tracked quantity by {@code delta} and answers the variant's stock afterwards; its in-stock state
     * follows the quantity at once. A managed variant with stock of its own has its own quantity adjusted; a managed
     * variant whose stock is inherited from the product (no stock of its own) adjusts the product's stock, and with
     * it every variant inheriting it. For a product whose variants are not managed, {@link VariantId#DEFAULT} (or
     * any of its combinations) adjusts the product's stock. Nothing changes when the adjustment is refused.
     *
     * @throws ValidationException    {@code UNKNOWN_VARIANT} on {@code variantId}
     * @throws RuleViolationException {@code INVENTORY_NOT_TRACKED} on {@code variantId} when the stock's quantity
     *                                is not tracked; {@code INSUFFICIENT_STOCK} on {@code delta} when the quantity
     *                                would go below zero; {@code QUANTITY_LIMIT_EXCEEDED} on {@code delta} above
     *                                {@value Stock#MAX_QUANTITY}
     */
    public Stock adjustStock(VariantId variantId, int delta, Instant now) {
        return adjustStock(variantId, delta, false, now);
    }

    /**
     * {@link #adjustStock(VariantId, int, Instant)}, where {@code allowBackorders} lets the quantity go below zero
     * (down to {@code -}{@value Stock#MAX_QUANTITY}); a quantity at or below zero is out of stock.
     */
    public Stock adjustStock(VariantId variantId, int delta, boolean allowBackorders, Instant now) {
        Objects.requireNonNull(variantId, "variantId");
        Objects.requireNonNull(now, "now");
        StockLedger.Adjustment adjusted = StockLedger.adjustedFor(
                stock, variants.data(), variantId, delta, allowBackorders, id, listing()::stockHolder);
        takeStocks(adjusted.stocks(), now);
        return adjusted.stock();
    }

    /**
     * Changes the product's own tracked quantity by {@code delta} (Ecwid's {@code inventoryDelta}), whether or not
     * variants are managed (managed variants without stock of their own follow it). Errors are reported on
     * {@code inventoryDelta}: {@code INVENTORY_NOT_TRACKED}, {@code INSUFFICIENT_STOCK} (below zero without
     * {@code allowBackorders}), {@code QUANTITY_LIMIT_EXCEEDED}.
     */
    public Stock adjustProductStock(int delta, boolean allowBackorders, Instant now) {
        Objects.requireNonNull(now, "now");
        Stock next = StockLedger.adjusted(
                stock, delta, allowBackorders, "product " + id, "inventoryDelta", "inventoryDelta");
        changeStock(next, now);
        return next;
    }

    /**
     * How the inventory changed since the product was created or loaded: for each variant the inventory lists now
     * ({@link VariantId#DEFAULT} while variants are not managed, else every managed variant) whose stock differs from
     * before, its stock before and after. A variant the inventory did not list before (variant management was
     * switched, options changed) is compared with the product's stock before, which it inherited. In the order of
     * the variants.
     */
    public List<InventoryChange> inventoryChanges() {
        return inventory.changesTo(stock, manageVariants, variants);
    }

    /**
     * Of {@code changes}, those whose tracked quantity fell to or below the product's {@code warningLimit}: it is
     * at or below the limit now and was above it before (untracked stock, being unlimited, counts as above). A
     * quantity that stays at or below the limit does not fall again; one that rises above and falls back does.
     * Empty when the product has no warning limit.
     */
    public List<InventoryChange> lowStock(List<InventoryChange> changes) {
        return StockLedger.lowStock(changes, warningLimit);
    }

    // ---------------------------------------------------------------------------------------------- media

    /**
     * Appends {@code items} in order, linking each one given a choice to that choice; all or nothing. Records
     * {@code media}, and {@code productOptions} when a choice gets media. Errors are reported on
     * {@code media[i]...}.
     *
     * @throws ValidationException    {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on {@code media[i].choice...};
     *                                {@code TOO_MANY_MEDIA} when more than {@value #MAX_MEDIA} items are sent;
     *                                {@code MEDIA_ALREADY_ADDED} for an id the request lists twice
     * @throws RuleViolationException {@code TOO_MANY_MEDIA} when the product would have more than
     *                                {@value #MAX_MEDIA} items with those it has; {@code MEDIA_ALREADY_ADDED} for an
     *                                id the product already has; {@code CHOICE_MEDIA_OTHER_OPTION} when a choice of
     *                                another option than the one whose choices have media is given
     */
    public void addMedia(List<NewMedia> items, Instant now) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(now, "now");
        if (!items.isEmpty()) {
            takeMedia(media.withAdded(items, options, id), now);
        }
    }

    /**
     * Removes the media items with {@code mediaIds}, or all of them when the list is empty, and their links to
     * choices; all or nothing. Records {@code media}, and {@code productOptions} when a choice loses media.
     *
     * @throws ValidationException {@code UNKNOWN_MEDIA} on {@code mediaIds[j]}
     */
    public void removeMedia(List<String> mediaIds, Instant now) {
        Objects.requireNonNull(mediaIds, "mediaIds");
        Objects.requireNonNull(now, "now");
        takeMedia(media.withRemoved(mediaIds), now);
    }

    /**
     * Links existing media items to choices, adding to the links they have; all or nothing. Records
     * {@code productOptions} when a link is new. Errors are reported on {@code media[i]...}.
     *
     * @throws ValidationException    {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} / {@code UNKNOWN_MEDIA}
     * @throws RuleViolationException {@code CHOICE_MEDIA_OTHER_OPTION} when choices of another option already have
     *                                media (or the request names choices of two options)
     */
    public void linkChoiceMedia(List<ChoiceMedia> links, Instant now) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(now, "now");
        takeMedia(media.withLinked(links, options), now);
    }

    /**
     * Unlinks media items from choices: for each entry the listed items, or all of the choice's items when it lists
     * none; with no entries, all media from all choices. The items stay media of the product. Records
     * {@code productOptions} when a link goes.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} / {@code UNKNOWN_MEDIA} on
     *                             {@code media[i]...}
     */
    public void unlinkChoiceMedia(List<ChoiceMedia> links, Instant now) {
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(now, "now");
        takeMedia(media.withUnlinked(links, options), now);
    }

    /** Takes {@code newMedia}, recording {@code media} when the items changed and {@code productOptions} when links did. */
    void takeMedia(MediaGallery newMedia, Instant now) {
        boolean itemsChanged = !newMedia.sameItemsAs(media);
        boolean linksChanged = !newMedia.sameLinksAs(media);
        media = newMedia;
        if (itemsChanged) {
            touch("media", now);
        }
        if (linksChanged) {
            touch("productOptions", now);
        }
    }

    /** The media items in display order; the first is the main media. */
    public List<MediaItem> media() {
        return media.items();
    }

    /** The first media item, empty when the product has none. */
    public Optional<MediaItem> mainMedia() {
        return media.items().isEmpty()
                ? Optional.empty()
                : Optional.of(media.items().get(0));
    }

    /** The media items linked to the choice with {@code key}, in product order. */
    public List<MediaItem> mediaOf(ChoiceKey key) {
        return media.mediaOf(Objects.requireNonNull(key, "key"));
    }

    // ---------------------------------------------------------------------------------------------- changes

    /** API names of the fields changed since creation or loading, in the order they first changed. */
    public Set<String> changedFields() {
        return changes.fields();
    }

    public boolean hasChanges() {
        return !changes.isEmpty();
    }

    /**
     * For each variant whose stored data changed through {@link #updateVariants} or {@link #resetVariantsToDefault}
     * since creation or loading, the API names of its changed fields ({@code price, sku, weight, visible, stock}).
     */
    public Map<VariantId, Set<String>> changedVariantFields() {
        return variants.changedFields();
    }

    // ---------------------------------------------------------------------------------------------- accessors

    public ProductId id() {
        return id;
    }

    public StoreId storeId() {
        return storeId;
    }

    public long numericId() {
        return numericId;
    }

    public Slug slug() {
        return slug;
    }

    public UUID inventoryItemId() {
        return inventoryItemId;
    }

    public ProductName name() {
        return name;
    }

    public Merchandising merchandising() {
        return merchandising;
    }

    /** Info sections, and the variants' media, digital files and preorder. */
    public ProductDetails details() {
        return details;
    }

    /** The modifiers, in display order (none: {@link Modifiers#NONE}). */
    public Modifiers modifiers() {
        return modifiers;
    }

    /** Subscriptions and whether one-time purchases are allowed (none: {@link SubscriptionDetails#NONE}). */
    public SubscriptionDetails subscriptionDetails() {
        return subscriptions;
    }

    public ProductType productType() {
        return productType;
    }

    public Description description() {
        return description;
    }

    /** The SKU, {@link Sku#NONE} when there is none. */
    public Sku sku() {
        return sku;
    }

    /**
     * The SKU the product answers with: none while its variants are managed (each variant answers its own), otherwise
     * {@link #sku()} (which may be {@link Sku#NONE}).
     */
    public Optional<Sku> answeredSku() {
        return manageVariants ? Optional.empty() : Optional.of(sku);
    }

    public Weight weight() {
        return weight;
    }

    public boolean visible() {
        return visible;
    }

    public Money price() {
        return price;
    }

    public Discount discount() {
        return discount;
    }

    public PriceData priceData() {
        return PriceData.of(price, discount);
    }

    /**
     * The product's own stock: the product's inventory while variants are not managed; with managed variants, the
     * stock each variant without stock of its own inherits. Whether the product can be bought is
     * {@link ProductVariants#inStock()}.
     */
    public Stock stock() {
        return stock;
    }

    /** Ecwid's {@code warningLimit}, or {@code null} when the product has none. */
    public Integer warningLimit() {
        return warningLimit;
    }

    public boolean manageVariants() {
        return manageVariants;
    }

    public MerchantData merchantData() {
        return merchant;
    }

    public List<ProductOption> options() {
        return options.list();
    }

    /** The reads of the product's variants and of their availability; see {@link ProductVariants}. */
    public ProductVariants variants() {
        return new ProductVariants(this);
    }

    public Instant created() {
        return created;
    }

    public Instant lastUpdated() {
        return changes.lastUpdated();
    }

    /** The revision this product was loaded at (1 for a new product). */
    public long revision() {
        return revision;
    }

    @Override
    public String toString() {
        return "Product[" + storeId + "/" + id + " rev " + revision + "]";
    }

    // ---------------------------------------------------------------------------------------------- parts

    OptionSet optionSet() {
        return options;
    }

    VariantTable variantTable() {
        return variants;
    }

    MediaGallery gallery() {
        return media;
    }

    AvailabilityCalculator availabilityCalculator() {
        return new AvailabilityCalculator(listing(), media);
    }

    VariantListing listing() {
        return new VariantListing(options, manageVariants, variants, price, discount, weight, sku, stock, merchant);
    }

    // ---------------------------------------------------------------------------------------------- internals

    /**
     * Checks options that one request sends together with {@code manageVariants: true} (a PATCH carrying both; a
     * creation is checked the same way): they make at most {@value #MAX_MANAGED_VARIANTS} combinations. Such a
     * request breaks the limit by itself, whatever the product holds, so it is invalid ({@code TOO_MANY_VARIANTS},
     * HTTP 400); the same limit reached only with what the product holds (options sent while variants are managed
     * already, management turned on over stored options) is a conflict with its state (409, see
     * {@link #replaceOptions} and {@link #changeManageVariants}). Other option errors come first, as
     * {@link #replaceOptions} reports them.
     *
     * @throws ValidationException {@code TOO_MANY_VARIANTS} on {@code options}, or the options' own errors
     */
    public static void requireManageableOptions(List<OptionSpec> specs) {
        VariantTable.requireManageable(OptionSet.built(specs), true);
    }

    /** {@code amount} in {@code currency}, its errors reported on {@code field}. */
    static Money priceIn(Currency currency, BigDecimal amount, String field) {
        try {
            return new Money(amount, currency);
        } catch (ValidationException e) {
            throw e.relocatedTo(field);
        }
    }

    private <T> void change(String field, T current, T next, Consumer<T> assign, Instant now) {
        Require.present(field, next);
        Objects.requireNonNull(now, "now");
        if (!current.equals(next)) {
            assign.accept(next);
            touch(field, now);
        }
    }

    /** Records a change of {@code field}. */
    private void touch(String field, Instant now) {
        changes.record(field, now);
    }
}
