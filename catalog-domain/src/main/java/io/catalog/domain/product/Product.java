package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.money.PriceData;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.product.ProductState.ChoiceState;
import io.catalog.domain.product.ProductState.MediaState;
import io.catalog.domain.product.ProductState.OptionState;
import io.catalog.domain.product.ProductState.VariantState;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ChangeLog;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;

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
 * </ul>
 * Every mutator validates first and changes nothing when it fails; a mutator that changes nothing records nothing.
 * Changes are recorded by API field name ({@link #changedFields()}) for the domain events, and the persisted
 * revision is checked optimistically by the repository.
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
    private List<ProductOption> options;
    /** {@code null} in a product read without its variants ({@link #reconstituteWithoutVariants}). */
    private Map<VariantId, VariantOverrides> variantData;
    /**
     * Each choice's availability as stored with the product, in a product read without its variants; {@code null}
     * when the variants were read (the availability is then derived from them).
     */
    private final Map<ChoiceKey, ChoiceAvailability> storedAvailability;
    private int nextChoiceKey;
    private List<MediaItem> media;
    /** Media id to the keys of the choices the item is linked to; only linked items are present. */
    private Map<String, Set<ChoiceKey>> mediaChoices;

    private final ChangeLog changes;
    private final Map<VariantId, Set<String>> changedVariantFields = new LinkedHashMap<>();
    /** The stock as created or loaded, to tell which variants' inventory changed since ({@link #inventoryChanges}). */
    private final Stock loadedStock;
    private final boolean loadedManageVariants;
    private final Map<VariantId, VariantOverrides> loadedVariantData;

    private Product(ProductId id, StoreId storeId, long numericId, UUID inventoryItemId, Instant created,
                    long revision, Slug slug, ProductName name, ProductType productType, Description description,
                    Sku sku, Weight weight, boolean visible, Money price, Discount discount, Stock stock,
                    Integer warningLimit, boolean manageVariants, List<ProductOption> options, Map<VariantId, VariantOverrides> variantData,
                    int nextChoiceKey, List<MediaItem> media, Map<String, Set<ChoiceKey>> mediaChoices,
                    Instant lastUpdated, Map<ChoiceKey, ChoiceAvailability> storedAvailability) {
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
        this.options = List.copyOf(options);
        this.variantData = variantData == null ? null : new LinkedHashMap<>(variantData);
        this.storedAvailability = storedAvailability == null ? null : Map.copyOf(storedAvailability);
        this.nextChoiceKey = nextChoiceKey;
        this.media = List.copyOf(media);
        this.mediaChoices = new LinkedHashMap<>(mediaChoices);
        this.changes = new ChangeLog(lastUpdated);
        this.loadedStock = this.stock;
        this.loadedManageVariants = this.manageVariants;
        this.loadedVariantData = this.variantData; // replaced, never modified in place, by every change
    }

    /**
     * A new product at revision 1 with a fresh inventory item id.
     *
     * @param currency the store currency, in which {@code spec.price()} is given
     * @throws ValidationException when a value in {@code spec} is invalid, or managed variants are requested for
     *                             more than {@value #MAX_MANAGED_VARIANTS} combinations ({@code TOO_MANY_VARIANTS}:
     *                             the request alone breaks the limit)
     */
    public static Product create(ProductId id, StoreId store, long numericId, Slug slug, Currency currency,
                                 NewProduct spec, Instant now) {
        Money price = priceIn(currency, spec.price(), "priceData.price");
        BuiltOptions built = buildOptions(List.of(), 1, spec.options());
        if (spec.manageVariants()) {
            requireManageableAsSent(built.options());
        }
        Map<VariantId, VariantOverrides> variantData = spec.manageVariants()
                ? variantDataFor(built.options(), Map.of())
                : Map.of();
        return new Product(id, store, numericId, UUID.randomUUID(), now, 1, slug, spec.name(), spec.type(),
                spec.description(), spec.sku(), spec.weight(), spec.visible(), price, spec.discount(), spec.stock(),
                checkedWarningLimit(spec.warningLimit()), spec.manageVariants(), built.options(), variantData, built.nextChoiceKey(), List.of(), Map.of(), now, null);
    }

    /**
     * The product stored as {@code state}, with no recorded changes.
     *
     * @throws IllegalStateException when the stored data breaks the product's rules
     */
    public static Product reconstitute(ProductState state) {
        return reconstitute(state, true);
    }

    /**
     * The product stored as {@code state} read for an answer without its variants ({@code state} holds none): each
     * choice's availability is the one stored with it ({@link ChoiceState#inStock()}, {@link ChoiceState#visible()})
     * instead of being derived from the variants. Such a product answers everything but its variants: what reads
     * variants ({@link #variants}, variant queries, {@link #availability}, stock by variant, inventory), every change
     * and {@link #state()} throw {@link IllegalStateException}. A product that does not manage variants has no stored
     * variants: it is then the same as {@link #reconstitute(ProductState)}.
     *
     * @throws IllegalStateException when the stored data breaks the product's rules, or a choice of a product that
     *                               manages variants has no stored availability ({@link ProductState#choiceAvailabilityStored()}),
     *                               or the product manages variants without options (its one variant's availability
     *                               is stored with no choice)
     */
    public static Product reconstituteWithoutVariants(ProductState state) {
        if (state.manageVariants() && !state.choiceAvailabilityStored()) {
            throw new IllegalStateException("stored product " + state.id() + " has choices without their stored"
                    + " availability: read it with its variants");
        }
        if (state.manageVariants() && state.options().isEmpty()) {
            throw new IllegalStateException("stored product " + state.id() + " manages the variant of no options,"
                    + " whose availability no choice stores: read it with its variants");
        }
        return reconstitute(state, !state.manageVariants());
    }

    private static Product reconstitute(ProductState state, boolean withVariants) {
        try {
            Currency currency = Currency.getInstance(state.currency());
            List<ProductOption> options = state.options().stream().map(Product::optionOf).toList();
            Map<VariantId, VariantOverrides> variantData = null;
            Map<ChoiceKey, ChoiceAvailability> storedAvailability = null;
            if (withVariants) {
                variantData = new LinkedHashMap<>();
                for (VariantState variant : state.variants()) {
                    variantData.put(VariantId.parse(variant.variantId()), overridesOf(variant, currency));
                }
            } else {
                storedAvailability = new HashMap<>();
                for (OptionState option : state.options()) {
                    for (ChoiceState choice : option.choices()) {
                        storedAvailability.put(new ChoiceKey(choice.key()),
                                new ChoiceAvailability(choice.inStock(), choice.visible()));
                    }
                }
            }
            List<MediaItem> media = new ArrayList<>();
            Map<String, Set<ChoiceKey>> mediaChoices = new LinkedHashMap<>();
            for (MediaState item : state.media()) {
                media.add(new MediaItem(item.id(), item.type(), item.url(), item.title()));
                if (!item.choiceKeys().isEmpty()) {
                    Set<ChoiceKey> keys = new TreeSet<>();
                    item.choiceKeys().forEach(key -> keys.add(new ChoiceKey(key)));
                    mediaChoices.put(item.id(), keys);
                }
            }
            Product product = new Product(new ProductId(state.id()), new StoreId(state.storeId()), state.numericId(),
                    state.inventoryItemId(), state.created(), state.revision(), new Slug(state.slug()),
                    new ProductName(state.name()), state.productType(), Description.stored(state.description()),
                    new Sku(state.sku()), new Weight(state.weight()), state.visible(),
                    new Money(state.price(), currency), new Discount(state.discountType(), state.discountValue()),
                    new Stock(state.trackInventory(), state.quantity(), state.inStock()), state.warningLimit(),
                    state.manageVariants(),
                    options, variantData, state.nextChoiceKey(), media, mediaChoices, state.lastUpdated(),
                    storedAvailability);
            product.checkStoredInvariants();
            return product;
        } catch (CatalogException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("stored product " + state.id() + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * All persistent fields, for the repository, with each choice's availability (derived from the variants) to be
     * stored beside it.
     *
     * @throws IllegalStateException for a product read without its variants
     */
    public ProductState state() {
        Map<ChoiceKey, ChoiceAvailability> availability = choiceAvailability();
        List<OptionState> optionStates = options.stream()
                .map(option -> new OptionState(option.name(), option.type(), option.choices().stream()
                        .map(choice -> new ChoiceState(choice.key().value(), choice.value(), choice.description(),
                                availability.get(choice.key()).inStock(), availability.get(choice.key()).visible()))
                        .toList()))
                .toList();
        List<VariantState> variantStates = data().entrySet().stream()
                .map(entry -> stateOf(entry.getKey(), entry.getValue()))
                .toList();
        List<MediaState> mediaStates = media.stream()
                .map(item -> new MediaState(item.id(), item.type(), item.url(), item.title(),
                        mediaChoices.getOrDefault(item.id(), Set.of()).stream().sorted()
                                .map(ChoiceKey::value).toList()))
                .toList();
        return new ProductState(id.value(), storeId.value(), numericId, slug.value(), inventoryItemId, name.value(),
                productType, description.value(), sku.value(), weight.value(), visible,
                price.currency().getCurrencyCode(), price.amount(), discount.type(), discount.value(),
                stock.trackInventory(), stock.quantity(), stock.inStock(), warningLimit, manageVariants, optionStates,
                variantStates, mediaStates, nextChoiceKey, created, changes.lastUpdated(), revision);
    }

    // ---------------------------------------------------------------------------------------------- mutators

    public void rename(ProductName newName, Instant now) {
        change("name", name, newName, value -> name = value, now);
    }

    public void changeSlug(Slug newSlug, Instant now) {
        change("slug", slug, newSlug, value -> slug = value, now);
    }

    public void changeProductType(ProductType newType, Instant now) {
        change("productType", productType, newType, value -> productType = value, now);
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
        change("price", price, priceIn(price.currency(), newPrice, "priceData.price"), value -> price = value, now);
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
        Integer checked = checkedWarningLimit(newLimit);
        if (!Objects.equals(warningLimit, checked)) {
            warningLimit = checked;
            touch("warningLimit", now);
        }
    }

    private static Integer checkedWarningLimit(Integer limit) {
        return limit == null ? null : (int) Require.range("warningLimit", limit, 1, Stock.MAX_QUANTITY);
    }

    /**
     * Turns variant management on (creating default data for every combination; refused with
     * {@code TOO_MANY_VARIANTS} above 300 combinations) or off (discarding all variant data).
     */
    public void changeManageVariants(boolean manage, Instant now) {
        Objects.requireNonNull(now, "now");
        data();
        if (manage == manageVariants) {
            return;
        }
        if (manage) {
            requireManageable(options);
        }
        variantData = manage ? variantDataFor(options, Map.of()) : new LinkedHashMap<>();
        changedVariantFields.clear();
        manageVariants = manage;
        touch("manageVariants", now);
    }

    /**
     * Replaces all options. An option matching an existing one by name, and a choice matching an existing choice of
     * it by value (ignoring case), keep the existing choice key, so managed variants whose combination survives keep
     * their data; new combinations get {@link VariantOverrides#DEFAULT}. An empty list is {@link #removeOptions}.
     */
    public void replaceOptions(List<OptionSpec> specs, Instant now) {
        Require.present("productOptions", specs);
        Objects.requireNonNull(now, "now");
        if (specs.isEmpty()) {
            removeOptions(now);
            return;
        }
        BuiltOptions built = buildOptions(options, nextChoiceKey, specs);
        if (manageVariants) {
            requireManageable(built.options());
        }
        if (built.options().equals(options)) {
            return;
        }
        options = built.options();
        nextChoiceKey = built.nextChoiceKey();
        touch("productOptions", now);
        dropLinksOfRemovedChoices();
        if (manageVariants) {
            Map<VariantId, VariantOverrides> newData = variantDataFor(options, data());
            if (!newData.keySet().equals(data().keySet())) {
                touch("variants", now);
            }
            variantData = newData;
            changedVariantFields.keySet().retainAll(newData.keySet());
        }
    }

    /** Removes all options; refused with {@code VARIANTS_MANAGED} while variants are managed. */
    public void removeOptions(Instant now) {
        Objects.requireNonNull(now, "now");
        if (manageVariants) {
            throw new RuleViolationException(ErrorCodes.VARIANTS_MANAGED, "productOptions",
                    "options cannot be removed while manageVariants is true; turn variant management off first");
        }
        if (options.isEmpty()) {
            return;
        }
        options = List.of();
        touch("productOptions", now);
        dropLinksOfRemovedChoices();
    }

    /**
     * Applies {@code updates} in order, all or nothing; only while variants are managed ({@code
     * VARIANTS_NOT_MANAGED} otherwise). Errors are reported on {@code variants[i]...}.
     *
     * @return the variants that changed, with their new effective values
     */
    public List<Variant> updateVariants(List<VariantUpdate> updates, Instant now) {
        Objects.requireNonNull(now, "now");
        requireManaged();
        Map<VariantId, VariantOverrides> updated = new LinkedHashMap<>(data());
        Map<VariantId, Set<String>> changes = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            String path = "variants[" + i + "]";
            VariantUpdate update = updates.get(i);
            Money newPrice = update.price() == null ? null : priceIn(price.currency(), update.price(), path + ".price");
            for (VariantId variantId : targetsOf(update, path)) {
                VariantOverrides before = updated.get(variantId);
                VariantOverrides after = applyTo(before, update, newPrice);
                recordDifferences(changes, variantId, before, after);
                updated.put(variantId, after);
            }
        }
        commitVariantChanges(updated, changes, now);
        return changes.keySet().stream().map(variantId -> findVariant(variantId).orElseThrow()).toList();
    }

    /**
     * Resets every managed variant to the product's values, as the seed's {@code resetToDefault} says: the product's
     * price and weight (inherited from now on), the product's current SKU (copied: a later change of the product's
     * SKU does not move it), visible, and the product's stock; {@code VARIANTS_NOT_MANAGED} otherwise.
     */
    public void resetVariantsToDefault(Instant now) {
        Objects.requireNonNull(now, "now");
        requireManaged();
        VariantOverrides defaults = VariantOverrides.resetTo(sku);
        Map<VariantId, VariantOverrides> reset = new LinkedHashMap<>();
        Map<VariantId, Set<String>> changes = new LinkedHashMap<>();
        data().forEach((variantId, before) -> {
            recordDifferences(changes, variantId, before, defaults);
            reset.put(variantId, defaults);
        });
        commitVariantChanges(reset, changes, now);
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
        boolean tracked = trackQuantity == null ? stock.trackInventory() : trackQuantity;
        Stock newStock = withTracking(stock, tracked);
        Map<VariantId, VariantOverrides> newData = new LinkedHashMap<>(data());
        if (trackQuantity != null) {
            newData.replaceAll((variantId, overrides) -> overrides.stock() == null ? overrides
                    : overrides.withStock(withTracking(overrides.stock(), tracked)));
        }
        for (int i = 0; i < updates.size(); i++) {
            String path = "variants[" + i + "]";
            StockUpdate update = updates.get(i);
            VariantId holder = stockHolder(update.variantId(), path + ".variantId");
            if (update.quantity() == null && update.inStock() == null) {
                continue;
            }
            Stock current = holder == null || newData.get(holder).stock() == null ? newStock
                    : newData.get(holder).stock();
            Stock next = stockSet(tracked, update, current, path);
            if (holder == null) {
                newStock = next;
            } else {
                newData.put(holder, newData.get(holder).withStock(next));
            }
        }
        Map<VariantId, Set<String>> changes = new LinkedHashMap<>();
        newData.forEach((variantId, after) -> recordDifferences(changes, variantId, data().get(variantId), after));
        changeStock(newStock, now);
        commitVariantChanges(newData, changes, now);
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
        VariantId holder = stockHolder(variantId, "variantId");
        VariantOverrides overrides = holder == null ? null : data().get(holder);
        boolean own = overrides != null && overrides.stock() != null;
        Stock current = own ? overrides.stock() : stock;
        Stock next = adjusted(current, delta, allowBackorders, "variant " + variantId + " of product " + id,
                "variantId", "delta");
        if (own) {
            Map<VariantId, VariantOverrides> newData = new LinkedHashMap<>(data());
            newData.put(holder, overrides.withStock(next));
            Map<VariantId, Set<String>> changes = new LinkedHashMap<>();
            recordDifferences(changes, holder, overrides, newData.get(holder));
            commitVariantChanges(newData, changes, now);
        } else {
            changeStock(next, now);
        }
        return next;
    }

    /**
     * Changes the product's own tracked quantity by {@code delta} (Ecwid's {@code inventoryDelta}), whether or not
     * variants are managed (managed variants without stock of their own follow it). Errors are reported on
     * {@code inventoryDelta}: {@code INVENTORY_NOT_TRACKED}, {@code INSUFFICIENT_STOCK} (below zero without
     * {@code allowBackorders}), {@code QUANTITY_LIMIT_EXCEEDED}.
     */
    public Stock adjustProductStock(int delta, boolean allowBackorders, Instant now) {
        Objects.requireNonNull(now, "now");
        Stock next = adjusted(stock, delta, allowBackorders, "product " + id, "inventoryDelta", "inventoryDelta");
        changeStock(next, now);
        return next;
    }

    private static Stock adjusted(Stock current, int delta, boolean allowBackorders, String subject,
                                  String notTrackedField, String deltaField) {
        if (!current.trackInventory()) {
            throw new RuleViolationException(ErrorCodes.INVENTORY_NOT_TRACKED, notTrackedField,
                    "the quantity of " + subject + " is not tracked, so it cannot be adjusted; turn trackQuantity on"
                            + " first");
        }
        long quantity = (long) current.quantity() + delta;
        if (quantity < 0 && !allowBackorders) {
            throw new RuleViolationException(ErrorCodes.INSUFFICIENT_STOCK, deltaField,
                    subject + " has " + current.quantity() + " in stock, fewer than the " + -(long) delta
                            + " requested, and the store does not allow backorders");
        }
        if (quantity > Stock.MAX_QUANTITY) {
            throw new RuleViolationException(ErrorCodes.QUANTITY_LIMIT_EXCEEDED, deltaField,
                    subject + " would have " + quantity + " in stock, more than the " + Stock.MAX_QUANTITY
                            + " allowed");
        }
        if (quantity < -Stock.MAX_QUANTITY) {
            throw new RuleViolationException(ErrorCodes.QUANTITY_LIMIT_EXCEEDED, deltaField,
                    subject + " would have " + quantity + " in stock, fewer than the -" + Stock.MAX_QUANTITY
                            + " backorders allow");
        }
        return Stock.tracked((int) quantity);
    }

    /**
     * The stock of a variant as the inventory reports it: the managed variant's own or inherited stock, or the
     * product's stock for {@link VariantId#DEFAULT} and the combinations of a product whose variants are not managed.
     *
     * @throws ValidationException {@code UNKNOWN_VARIANT} on {@code variantId}
     */
    public Stock stockOf(VariantId variantId) {
        VariantId holder = stockHolder(Objects.requireNonNull(variantId, "variantId"), "variantId");
        return holder == null ? stock : stockOf(data().get(holder));
    }

    /**
     * How the inventory changed since the product was created or loaded: for each variant the inventory lists now
     * ({@link VariantId#DEFAULT} while variants are not managed, else every managed variant) whose stock differs from
     * before, its stock before and after. A variant the inventory did not list before (variant management was
     * switched, options changed) is compared with the product's stock before, which it inherited. In the order of
     * the variants.
     */
    public List<InventoryChange> inventoryChanges() {
        Map<VariantId, Stock> before = inventoryView(loadedStock, loadedManageVariants, loadedVariantData);
        List<InventoryChange> changes = new ArrayList<>();
        inventoryView(stock, manageVariants, data()).forEach((variantId, after) -> {
            Stock was = before.getOrDefault(variantId, loadedStock);
            if (!was.equals(after)) {
                changes.add(new InventoryChange(variantId, was, after));
            }
        });
        return changes;
    }

    /**
     * Of {@code changes}, those whose tracked quantity fell to or below the product's {@code warningLimit}: it is
     * at or below the limit now and was above it before (untracked stock, being unlimited, counts as above). A
     * quantity that stays at or below the limit does not fall again; one that rises above and falls back does.
     * Empty when the product has no warning limit.
     */
    public List<InventoryChange> lowStock(List<InventoryChange> changes) {
        if (warningLimit == null) {
            return List.of();
        }
        int limit = warningLimit;
        return changes.stream().filter(change -> isLow(change.after(), limit) && !isLow(change.before(), limit))
                .toList();
    }

    private static boolean isLow(Stock stock, int limit) {
        return stock.trackInventory() && stock.quantity() <= limit;
    }

    private static Map<VariantId, Stock> inventoryView(Stock productStock, boolean managed,
                                                      Map<VariantId, VariantOverrides> data) {
        if (!managed) {
            return Map.of(VariantId.DEFAULT, productStock);
        }
        Map<VariantId, Stock> view = new LinkedHashMap<>();
        data.forEach((variantId, overrides) ->
                view.put(variantId, overrides.stock() == null ? productStock : overrides.stock()));
        return view;
    }

    /**
     * The managed variant that holds the stock of {@code variantId}, or {@code null} when it is the product's own
     * stock (variants not managed).
     */
    private VariantId stockHolder(VariantId variantId, String field) {
        if (manageVariants ? data().containsKey(variantId)
                : variantId.equals(VariantId.DEFAULT) || combinationOf(variantId).isPresent()) {
            return manageVariants ? variantId : null;
        }
        throw new ValidationException(field, ErrorCodes.UNKNOWN_VARIANT,
                "\"" + variantId + "\" is not a variant of this product");
    }

    /** {@code current} tracked or not: newly tracked stock starts at 0, newly untracked keeps its in-stock state. */
    private static Stock withTracking(Stock current, boolean tracked) {
        if (current.trackInventory() == tracked) {
            return current;
        }
        return tracked ? Stock.tracked(0) : Stock.untracked(current.inStock());
    }

    private static Stock stockSet(boolean tracked, StockUpdate update, Stock current, String path) {
        if (!tracked) {
            if (update.quantity() != null) {
                throw new ValidationException(path + ".quantity", ErrorCodes.NOT_ALLOWED,
                        "must not be set while trackQuantity is false");
            }
            return update.inStock() == null ? current : Stock.untracked(update.inStock());
        }
        if (update.quantity() == null) {
            return current;
        }
        return Stock.settable(update.quantity(), path + ".quantity");
    }

    // ---------------------------------------------------------------------------------------------- variants

    /** Number of variants: the product of the options' choice counts, 1 without options. */
    public long variantCount() {
        return CombinationSpace.of(options).size();
    }

    /** The variant at {@code index} in option order (first option most significant), 0 &lt;= index &lt; count. */
    public Variant variantAt(long index) {
        return variantOf(CombinationSpace.of(options).at(index));
    }

    /** Up to {@code limit} variants from {@code offset} in option order. */
    public List<Variant> variants(long offset, int limit) {
        return page(CombinationSpace.of(options), offset, limit);
    }

    /** The variant with this id, empty when the id is not a combination of this product's choices. */
    public Optional<Variant> findVariant(VariantId variantId) {
        return combinationOf(variantId).map(this::variantOf);
    }

    /**
     * Up to {@code limit} variants from {@code offset}, in option order, having all the given choices.
     *
     * @param partialChoices option name to choice value or description, ignoring case; unknown names are
     *                       {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on field {@code choices.<option>}
     */
    public List<Variant> variantsMatching(Map<String, String> partialChoices, long offset, int limit) {
        return page(matching(partialChoices), offset, limit);
    }

    /** Number of variants having all the given choices; see {@link #variantsMatching}. */
    public long countVariantsMatching(Map<String, String> partialChoices) {
        return matching(partialChoices).size();
    }

    /**
     * One page of the variants selected by {@code query}; see {@link VariantQuery}. Unmanaged products page their
     * combinations without materialising them (all are visible); managed ones have at most 300, so hidden ones are
     * filtered out in memory when the query excludes them.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on {@code choices.<option>}
     */
    public VariantQuery.Page queryVariants(VariantQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.byId()) {
            List<Variant> found = query.variantIds().stream()
                    .map(this::findVariant)
                    .flatMap(Optional::stream)
                    .filter(variant -> query.includeHidden() || variant.visible())
                    .toList();
            return new VariantQuery.Page(slice(found, query.offset(), query.limit()), query.offset(), found.size());
        }
        CombinationSpace space = matching(query.choices());
        if (query.includeHidden() || !manageVariants) {
            return new VariantQuery.Page(page(space, query.offset(), query.limit()), query.offset(), space.size());
        }
        List<Variant> visibleVariants = page(space, 0, (int) space.size()).stream().filter(Variant::visible).toList();
        return new VariantQuery.Page(slice(visibleVariants, query.offset(), query.limit()), query.offset(),
                visibleVariants.size());
    }

    /**
     * What a shopper's selection leads to. {@code selection} maps option names to choice values or descriptions,
     * ignoring case, and may leave options out. For each option, a choice is visible when a visible variant has it
     * and the choices selected for the <em>other</em> options, and in stock when such a variant is also in stock
     * (so an empty selection gives {@link #optionViews()}). The selected variant exists only when every option is
     * chosen; it is available for purchase when it is visible and in stock. Unmanaged combinations behave as the
     * product: visible, in stock as the product is.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on {@code options.<option>}
     */
    public OptionsAvailability availability(Map<String, String> selection) {
        Choice[] selected = selectionOf(Objects.requireNonNull(selection, "selection"), "options");
        Set<ChoiceKey> visibleKeys = new HashSet<>();
        Set<ChoiceKey> inStockKeys = new HashSet<>();
        if (manageVariants) {
            CombinationSpace space = CombinationSpace.of(options);
            for (List<Choice> combination : space.slice(0, (int) space.size())) {
                VariantOverrides overrides = overridesOf(combination);
                if (overrides.visible()) {
                    markAvailable(combination, selected, visibleKeys);
                    if (stockOf(overrides).inStock()) {
                        markAvailable(combination, selected, inStockKeys);
                    }
                }
            }
        }
        List<OptionView> views = options.stream()
                .map(option -> new OptionView(option.name(), option.type(), option.choices().stream()
                        .map(choice -> new ChoiceView(choice.value(), choice.description(),
                                manageVariants ? inStockKeys.contains(choice.key()) : stock.inStock(),
                                !manageVariants || visibleKeys.contains(choice.key()), mediaOf(choice.key())))
                        .toList()))
                .toList();
        boolean complete = Arrays.stream(selected).allMatch(Objects::nonNull);
        Optional<Variant> variant = complete ? Optional.of(variantOf(List.of(selected))) : Optional.empty();
        boolean purchasable = variant.map(v -> v.visible() && v.stock().inStock()).orElse(false);
        Set<ChoiceKey> selectedKeys = new HashSet<>();
        Arrays.stream(selected).filter(Objects::nonNull).forEach(choice -> selectedKeys.add(choice.key()));
        List<MediaItem> selectedMedia = media.stream()
                .filter(item -> mediaChoices.getOrDefault(item.id(), Set.of()).stream().anyMatch(selectedKeys::contains))
                .toList();
        return new OptionsAvailability(variant, views, purchasable, selectedMedia);
    }

    /**
     * {@link #availability} as a storefront (a caller that may only read) sees it: the choices the product hides (no
     * visible variant has them; {@link #optionViews()} says which) are left out, as they are from the product's
     * answer, and selecting one is refused as selecting an unknown choice; a hidden selected variant is left out.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on {@code options.<option>}
     */
    public OptionsAvailability storefrontAvailability(Map<String, String> selection) {
        Choice[] selected = selectionOf(Objects.requireNonNull(selection, "selection"), "options");
        boolean[][] shown = shownChoices();
        for (int o = 0; o < options.size(); o++) {
            ProductOption option = options.get(o);
            if (selected[o] != null && !shown[o][option.choices().indexOf(selected[o])]) {
                String key = selection.keySet().stream().filter(option::isNamed).findFirst().orElseThrow();
                throw new ValidationException("options." + key, ErrorCodes.UNKNOWN_CHOICE,
                        "has no choice \"" + selection.get(key) + "\"");
            }
        }
        OptionsAvailability availability = availability(selection);
        List<OptionView> views = availability.productOptions();
        List<OptionView> visible = IntStream.range(0, views.size())
                .mapToObj(o -> new OptionView(views.get(o).name(), views.get(o).type(),
                        IntStream.range(0, views.get(o).choices().size())
                                .filter(c -> shown[o][c])
                                .mapToObj(c -> views.get(o).choices().get(c))
                                .toList()))
                .toList();
        return new OptionsAvailability(availability.selectedVariant(), visible, availability.availableForPurchase(),
                availability.media()).withoutHiddenVariant();
    }

    /** For each option and choice, in order, whether the product shows it (a visible variant has it). */
    private boolean[][] shownChoices() {
        List<OptionView> views = optionViews();
        boolean[][] shown = new boolean[views.size()][];
        for (int o = 0; o < views.size(); o++) {
            List<OptionView.ChoiceView> choices = views.get(o).choices();
            shown[o] = new boolean[choices.size()];
            for (int c = 0; c < choices.size(); c++) {
                shown[o][c] = choices.get(c).visible();
            }
        }
        return shown;
    }

    /**
     * The managed variants whose stock the inventory lists: all of them, or with {@code visibleOnly} (a storefront)
     * only the visible ones, as the product's answer lists them. Empty when variants are not managed (the product's
     * own stock stands for its one default variant).
     */
    public List<Variant> inventoryVariants(boolean visibleOnly) {
        if (!manageVariants) {
            return List.of();
        }
        return variants(0, MAX_MANAGED_VARIANTS).stream().filter(v -> v.visible() || !visibleOnly).toList();
    }

    /**
     * The options with the computed availability of each choice. With managed variants a choice is visible when a
     * visible variant has it and in stock when such a variant is in stock; otherwise every choice is visible and in
     * stock as the product is.
     */
    public List<OptionView> optionViews() {
        Map<ChoiceKey, ChoiceAvailability> availability = storedAvailability != null ? storedAvailability
                : choiceAvailability();
        return options.stream()
                .map(option -> new OptionView(option.name(), option.type(), option.choices().stream()
                        .map(choice -> new ChoiceView(choice.value(), choice.description(),
                                availability.get(choice.key()).inStock(), availability.get(choice.key()).visible(),
                                mediaOf(choice.key())))
                        .toList()))
                .toList();
    }

    /**
     * Each choice's availability derived from the variants: with managed variants, a choice is visible when some
     * visible variant has it and in stock when some visible, in-stock variant has it; without, every choice is
     * visible and in stock as the product is.
     */
    private Map<ChoiceKey, ChoiceAvailability> choiceAvailability() {
        Set<ChoiceKey> visibleKeys = new HashSet<>();
        Set<ChoiceKey> inStockKeys = new HashSet<>();
        data().forEach((variantId, overrides) -> {
            if (overrides.visible()) {
                visibleKeys.addAll(variantId.choiceKeys());
                if (stockOf(overrides).inStock()) {
                    inStockKeys.addAll(variantId.choiceKeys());
                }
            }
        });
        Map<ChoiceKey, ChoiceAvailability> availability = new HashMap<>();
        options.forEach(option -> option.choices().forEach(choice -> availability.put(choice.key(), manageVariants
                ? new ChoiceAvailability(inStockKeys.contains(choice.key()), visibleKeys.contains(choice.key()))
                : new ChoiceAvailability(stock.inStock(), true))));
        return availability;
    }

    /** Whether a choice can be bought (in stock) and is shown (visible), as its choice view says. */
    private record ChoiceAvailability(boolean inStock, boolean visible) {
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
        if (items.isEmpty()) {
            return;
        }
        requireValidMediaRequest(items);
        if (media.size() + items.size() > MAX_MEDIA) {
            throw new RuleViolationException(ErrorCodes.TOO_MANY_MEDIA, "media",
                    "a product can have at most " + MAX_MEDIA + " media items; product " + id + " has "
                            + media.size() + " and " + items.size() + " were sent");
        }
        List<MediaItem> newMedia = new ArrayList<>(media);
        Map<String, Set<ChoiceKey>> newLinks = copyOf(mediaChoices);
        Set<String> ids = new HashSet<>();
        media.forEach(item -> ids.add(item.id()));
        for (int i = 0; i < items.size(); i++) {
            NewMedia item = items.get(i);
            String path = "media[" + i + "]";
            if (!ids.add(item.item().id())) {
                throw new RuleViolationException(ErrorCodes.MEDIA_ALREADY_ADDED, path + ".mediaId",
                        "product " + id + " already has media item \"" + item.item().id() + "\"");
            }
            newMedia.add(item.item());
            if (item.linked()) {
                ChoiceRef ref = choiceRef(item.option(), item.choice(), path + ".choice");
                requireOneOption(newLinks, ref, path + ".choice.option");
                newLinks.computeIfAbsent(item.item().id(), key -> new TreeSet<>()).add(ref.choice().key());
            }
        }
        media = List.copyOf(newMedia);
        touch("media", now);
        commitLinks(newLinks, now);
    }

    /**
     * The media limits a request breaks by itself, whatever the product holds (HTTP 400): more than
     * {@value #MAX_MEDIA} items ({@code TOO_MANY_MEDIA}), or one id listed twice ({@code MEDIA_ALREADY_ADDED} on
     * the second). The same limits reached only with the product's stored media are conflicts (409).
     */
    private static void requireValidMediaRequest(List<NewMedia> items) {
        if (items.size() > MAX_MEDIA) {
            throw new ValidationException("media", ErrorCodes.TOO_MANY_MEDIA,
                    "must contain at most " + MAX_MEDIA + " items, the most a product can have (was "
                            + items.size() + ")");
        }
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String mediaId = items.get(i).item().id();
            if (!sent.add(mediaId)) {
                throw new ValidationException("media[" + i + "].mediaId", ErrorCodes.MEDIA_ALREADY_ADDED,
                        "must not repeat an earlier item of the request (\"" + mediaId + "\")");
            }
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
        Set<String> removed = mediaIds.isEmpty()
                ? new HashSet<>(media.stream().map(MediaItem::id).toList())
                : requireMediaIds(mediaIds, "mediaIds");
        if (removed.isEmpty()) {
            return;
        }
        media = media.stream().filter(item -> !removed.contains(item.id())).toList();
        touch("media", now);
        Map<String, Set<ChoiceKey>> newLinks = copyOf(mediaChoices);
        newLinks.keySet().removeAll(removed);
        commitLinks(newLinks, now);
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
        Map<String, Set<ChoiceKey>> newLinks = copyOf(mediaChoices);
        for (int i = 0; i < links.size(); i++) {
            ChoiceMedia link = links.get(i);
            String path = "media[" + i + "]";
            ChoiceRef ref = choiceRef(link.option(), link.choice(), path);
            Set<String> ids = requireMediaIds(link.mediaIds(), path + ".mediaIds");
            if (ids.isEmpty()) {
                continue;
            }
            requireOneOption(newLinks, ref, path + ".option");
            ids.forEach(mediaId -> newLinks.computeIfAbsent(mediaId, key -> new TreeSet<>()).add(ref.choice().key()));
        }
        commitLinks(newLinks, now);
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
        if (links.isEmpty()) {
            commitLinks(Map.of(), now);
            return;
        }
        Map<String, Set<ChoiceKey>> newLinks = copyOf(mediaChoices);
        for (int i = 0; i < links.size(); i++) {
            ChoiceMedia link = links.get(i);
            String path = "media[" + i + "]";
            ChoiceKey key = choiceRef(link.option(), link.choice(), path).choice().key();
            Set<String> ids = link.mediaIds().isEmpty() ? Set.copyOf(newLinks.keySet())
                    : requireMediaIds(link.mediaIds(), path + ".mediaIds");
            ids.forEach(mediaId -> {
                Set<ChoiceKey> keys = newLinks.get(mediaId);
                if (keys != null) {
                    keys.remove(key);
                }
            });
        }
        commitLinks(newLinks, now);
    }

    /** The media items in display order; the first is the main media. */
    public List<MediaItem> media() {
        return media;
    }

    /** The first media item, empty when the product has none. */
    public Optional<MediaItem> mainMedia() {
        return media.isEmpty() ? Optional.empty() : Optional.of(media.get(0));
    }

    /** The media items linked to the choice with {@code key}, in product order. */
    public List<MediaItem> mediaOf(ChoiceKey key) {
        Objects.requireNonNull(key, "key");
        return media.stream()
                .filter(item -> mediaChoices.getOrDefault(item.id(), Set.of()).contains(key))
                .toList();
    }

    /** A choice of this product, found by option name and choice value or description. */
    private record ChoiceRef(int optionIndex, Choice choice) {
    }

    private ChoiceRef choiceRef(String optionName, String choiceName, String path) {
        String optionField = path + ".option";
        String choiceField = path + ".choice";
        Require.present(optionField, optionName);
        Require.present(choiceField, choiceName);
        int optionIndex = IntStream.range(0, options.size())
                .filter(i -> options.get(i).isNamed(optionName))
                .findFirst()
                .orElseThrow(() -> new ValidationException(optionField, ErrorCodes.UNKNOWN_OPTION,
                        "\"" + optionName + "\" is not an option of this product"));
        Choice choice = options.get(optionIndex).findChoice(choiceName)
                .orElseThrow(() -> new ValidationException(choiceField, ErrorCodes.UNKNOWN_CHOICE,
                        "\"" + choiceName + "\" is not a choice of option \"" + options.get(optionIndex).name()
                                + "\""));
        return new ChoiceRef(optionIndex, choice);
    }

    /** The distinct ids, each checked to name a media item of the product ({@code UNKNOWN_MEDIA} on field[j]). */
    private Set<String> requireMediaIds(List<String> mediaIds, String field) {
        Set<String> known = new HashSet<>(media.stream().map(MediaItem::id).toList());
        Set<String> ids = new LinkedHashSet<>();
        for (int j = 0; j < mediaIds.size(); j++) {
            String mediaId = mediaIds.get(j);
            if (mediaId == null || !known.contains(mediaId.strip())) {
                throw new ValidationException(field + "[" + j + "]", ErrorCodes.UNKNOWN_MEDIA,
                        "\"" + mediaId + "\" is not a media item of this product");
            }
            ids.add(mediaId.strip());
        }
        return ids;
    }

    /** Refuses a link to {@code ref} while choices of another option have media in {@code links}. */
    private void requireOneOption(Map<String, Set<ChoiceKey>> links, ChoiceRef ref, String field) {
        Set<ChoiceKey> ownKeys = new HashSet<>();
        options.get(ref.optionIndex()).choices().forEach(choice -> ownKeys.add(choice.key()));
        links.values().stream().flatMap(Set::stream)
                .filter(key -> !ownKeys.contains(key))
                .findFirst()
                .ifPresent(key -> {
                    String other = optionOf(key).map(ProductOption::name).orElse("?");
                    throw new RuleViolationException(ErrorCodes.CHOICE_MEDIA_OTHER_OPTION, field,
                            "media can be set on the choices of only one option at a time: choices of option \""
                                    + other + "\" have media; remove it from them before adding media to choices"
                                    + " of option \"" + options.get(ref.optionIndex()).name() + "\"");
                });
    }

    private Optional<ProductOption> optionOf(ChoiceKey key) {
        return options.stream()
                .filter(option -> option.choices().stream().anyMatch(choice -> choice.key().equals(key)))
                .findFirst();
    }

    /** Takes {@code newLinks} (without empty entries), recording {@code productOptions} when they differ. */
    private void commitLinks(Map<String, Set<ChoiceKey>> newLinks, Instant now) {
        Map<String, Set<ChoiceKey>> cleaned = new LinkedHashMap<>();
        newLinks.forEach((mediaId, keys) -> {
            if (!keys.isEmpty()) {
                cleaned.put(mediaId, new TreeSet<>(keys));
            }
        });
        if (!cleaned.equals(mediaChoices)) {
            mediaChoices = cleaned;
            touch("productOptions", now);
        }
    }

    /** After an option edit: links to choices that no longer exist go (recorded as part of the option edit). */
    private void dropLinksOfRemovedChoices() {
        Set<ChoiceKey> existing = new HashSet<>();
        options.forEach(option -> option.choices().forEach(choice -> existing.add(choice.key())));
        Map<String, Set<ChoiceKey>> kept = new LinkedHashMap<>();
        mediaChoices.forEach((mediaId, keys) -> {
            Set<ChoiceKey> remaining = new TreeSet<>(keys);
            remaining.retainAll(existing);
            if (!remaining.isEmpty()) {
                kept.put(mediaId, remaining);
            }
        });
        mediaChoices = kept;
    }

    private static Map<String, Set<ChoiceKey>> copyOf(Map<String, Set<ChoiceKey>> links) {
        Map<String, Set<ChoiceKey>> copy = new LinkedHashMap<>();
        links.forEach((mediaId, keys) -> copy.put(mediaId, new TreeSet<>(keys)));
        return copy;
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
        Map<VariantId, Set<String>> copy = new LinkedHashMap<>();
        changedVariantFields.forEach((variantId, fields) ->
                copy.put(variantId, Collections.unmodifiableSet(new LinkedHashSet<>(fields))));
        return Collections.unmodifiableMap(copy);
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
     * stock each variant without stock of its own inherits. Whether the product can be bought is {@link #inStock()}.
     */
    public Stock stock() {
        return stock;
    }

    /**
     * Whether the product can be bought. Without managed variants, as its stock says. With them, whether some
     * visible variant is in stock, by its own stock or by the product's that it inherits: the product's own
     * {@code inStock} alone would answer {@code false} for a product whose variants all have stock of their own, and
     * {@code true} for one whose every in-stock variant is hidden. A product read without its variants answers it
     * from the availability stored with its choices: a choice is in stock when some visible, in-stock variant has
     * it, and every variant has one choice of the first option.
     */
    public boolean inStock() {
        if (!manageVariants) {
            return stock.inStock();
        }
        if (storedAvailability != null) {
            return options.get(0).choices().stream()
                    .anyMatch(choice -> storedAvailability.get(choice.key()).inStock());
        }
        return data().values().stream().anyMatch(overrides -> overrides.visible() && stockOf(overrides).inStock());
    }

    /** Ecwid's {@code warningLimit}, or {@code null} when the product has none. */
    public Integer warningLimit() {
        return warningLimit;
    }

    public boolean manageVariants() {
        return manageVariants;
    }

    public List<ProductOption> options() {
        return options;
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

    // ---------------------------------------------------------------------------------------------- internals

    private <T> void change(String field, T current, T next, Consumer<T> assign, Instant now) {
        data();
        Require.present(field, next);
        Objects.requireNonNull(now, "now");
        if (!current.equals(next)) {
            assign.accept(next);
            touch(field, now);
        }
    }

    private void touch(String field, Instant now) {
        data();
        changes.record(field, now);
    }

    /**
     * The stored variant data; a product read without its variants has none to give, and cannot be changed.
     *
     * @throws IllegalStateException for a product read without its variants
     */
    private Map<VariantId, VariantOverrides> data() {
        if (variantData == null) {
            throw new IllegalStateException(this + " was read without its variants: read it whole to use them or"
                    + " change it");
        }
        return variantData;
    }

    private void requireManaged() {
        if (!manageVariants) {
            throw new RuleViolationException(ErrorCodes.VARIANTS_NOT_MANAGED, "manageVariants",
                    "variant data can only be changed while manageVariants is true");
        }
    }

    /**
     * Checks options that one request sends together with {@code manageVariants: true} (a PATCH carrying both; a
     * creation is checked the same way): they make at most {@value #MAX_MANAGED_VARIANTS} combinations. Such a
     * request breaks the limit by itself, whatever the product holds, so it is invalid ({@code TOO_MANY_VARIANTS},
     * HTTP 400); the same limit reached only with what the product holds (options sent while variants are managed
     * already, management turned on over stored options) is a conflict with its state (409, see
     * {@link #replaceOptions} and {@link #changeManageVariants}). Other option errors come first, as
     * {@link #replaceOptions} reports them.
     *
     * @throws ValidationException {@code TOO_MANY_VARIANTS} on {@code productOptions}, or the options' own errors
     */
    public static void requireManageableOptions(List<OptionSpec> specs) {
        requireManageableAsSent(buildOptions(List.of(), 1, specs).options());
    }

    private static void requireManageableAsSent(List<ProductOption> options) {
        long count = CombinationSpace.of(options).size();
        if (count > MAX_MANAGED_VARIANTS) {
            throw new ValidationException("productOptions", ErrorCodes.TOO_MANY_VARIANTS,
                    "must make at most " + MAX_MANAGED_VARIANTS + " variants when manageVariants is true (they make "
                            + count + ")");
        }
    }

    /** The 300-variant limit reached with what the product holds (its options, or its variant management): 409. */
    private static void requireManageable(List<ProductOption> options) {
        long count = CombinationSpace.of(options).size();
        if (count > MAX_MANAGED_VARIANTS) {
            throw new RuleViolationException(ErrorCodes.TOO_MANY_VARIANTS, "productOptions",
                    "a product with managed variants can have at most " + MAX_MANAGED_VARIANTS
                            + " variants (its options make " + count + ")");
        }
    }

    private static Money priceIn(Currency currency, BigDecimal amount, String field) {
        try {
            return new Money(amount, currency);
        } catch (ValidationException e) {
            throw e.relocatedTo(field);
        }
    }

    private Variant variantOf(List<Choice> combination) {
        VariantId variantId = VariantId.of(combination.stream().map(Choice::key).toList());
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            choices.put(options.get(i).name(), options.get(i).displayNameOf(combination.get(i)));
        }
        VariantOverrides overrides = manageVariants ? data().get(variantId) : VariantOverrides.DEFAULT;
        Money variantPrice = overrides.price() == null ? price : overrides.price();
        return new Variant(variantId, choices, PriceData.of(variantPrice, discount),
                overrides.weight() == null ? weight : overrides.weight(),
                manageVariants ? overrides.sku() : sku,
                overrides.visible(), stockOf(overrides));
    }

    private Stock stockOf(VariantOverrides overrides) {
        return overrides.stock() == null ? stock : overrides.stock();
    }

    private List<Variant> page(CombinationSpace space, long offset, int limit) {
        Require.range("offset", offset, 0, Long.MAX_VALUE);
        Require.range("limit", limit, 0, Integer.MAX_VALUE);
        return space.slice(offset, limit).stream().map(this::variantOf).toList();
    }

    private static <T> List<T> slice(List<T> items, long offset, int limit) {
        if (offset >= items.size()) {
            return List.of();
        }
        return items.subList((int) offset, (int) Math.min(items.size(), offset + limit));
    }

    /**
     * Marks as available the choices of {@code combination} that it makes available under {@code selected}: all of
     * them when it has every selected choice, the one that differs when it differs from the selection in one option.
     */
    private static void markAvailable(List<Choice> combination, Choice[] selected, Set<ChoiceKey> available) {
        int differing = -1;
        for (int i = 0; i < selected.length; i++) {
            if (selected[i] != null && !selected[i].key().equals(combination.get(i).key())) {
                if (differing >= 0) {
                    return;
                }
                differing = i;
            }
        }
        if (differing >= 0) {
            available.add(combination.get(differing).key());
        } else {
            combination.forEach(choice -> available.add(choice.key()));
        }
    }

    private Optional<List<Choice>> combinationOf(VariantId variantId) {
        Set<ChoiceKey> keys = variantId.choiceKeys();
        if (keys.size() != options.size()) {
            return Optional.empty();
        }
        List<Choice> combination = new ArrayList<>(options.size());
        for (ProductOption option : options) {
            List<Choice> chosen = option.choices().stream().filter(choice -> keys.contains(choice.key())).toList();
            if (chosen.size() != 1) {
                return Optional.empty();
            }
            combination.add(chosen.get(0));
        }
        return Optional.of(combination);
    }

    private CombinationSpace matching(Map<String, String> partialChoices) {
        Choice[] selected = selectionOf(partialChoices, "choices");
        CombinationSpace space = CombinationSpace.of(options);
        for (int i = 0; i < selected.length; i++) {
            if (selected[i] != null) {
                space = space.restrictedTo(i, selected[i]);
            }
        }
        return space;
    }

    /**
     * The choice selected for each option (by index; {@code null} when not selected) by a map of option name to
     * choice value or description, ignoring case. Errors are reported on {@code <field>.<option name>}.
     */
    private Choice[] selectionOf(Map<String, String> selection, String field) {
        Choice[] selected = new Choice[options.size()];
        for (Map.Entry<String, String> entry : selection.entrySet()) {
            String entryField = field + "." + entry.getKey();
            int optionIndex = IntStream.range(0, options.size())
                    .filter(i -> options.get(i).isNamed(entry.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new ValidationException(entryField, ErrorCodes.UNKNOWN_OPTION,
                            "is not an option of this product"));
            ProductOption option = options.get(optionIndex);
            Choice choice = option.findChoice(Require.present(entryField, entry.getValue()))
                    .orElseThrow(() -> new ValidationException(entryField, ErrorCodes.UNKNOWN_CHOICE,
                            "has no choice \"" + entry.getValue() + "\""));
            if (selected[optionIndex] != null) {
                throw new ValidationException(entryField, ErrorCodes.DUPLICATE_OPTION_NAME,
                        "selects option \"" + option.name() + "\" a second time");
            }
            selected[optionIndex] = choice;
        }
        return selected;
    }

    /** The stored data of a managed combination, {@link VariantOverrides#DEFAULT} for unmanaged ones. */
    private VariantOverrides overridesOf(List<Choice> combination) {
        return manageVariants
                ? data().get(VariantId.of(combination.stream().map(Choice::key).toList()))
                : VariantOverrides.DEFAULT;
    }

    private List<VariantId> targetsOf(VariantUpdate update, String path) {
        if (update.variantIds().isEmpty()) {
            try {
                CombinationSpace space = matching(update.choices());
                return space.slice(0, (int) space.size()).stream()
                        .map(combination -> VariantId.of(combination.stream().map(Choice::key).toList()))
                        .toList();
            } catch (ValidationException e) {
                throw e.nestedIn(path);
            }
        }
        for (int j = 0; j < update.variantIds().size(); j++) {
            VariantId variantId = update.variantIds().get(j);
            if (!data().containsKey(variantId)) {
                throw new ValidationException(path + ".variantIds[" + j + "]", ErrorCodes.UNKNOWN_VARIANT,
                        "\"" + variantId + "\" is not a variant of this product");
            }
        }
        return update.variantIds();
    }

    private static VariantOverrides applyTo(VariantOverrides overrides, VariantUpdate update, Money newPrice) {
        VariantOverrides result = overrides;
        if (newPrice != null) {
            result = result.withPrice(newPrice);
        }
        if (update.sku() != null) {
            result = result.withSku(update.sku());
        }
        if (update.weight() != null) {
            result = result.withWeight(update.weight());
        }
        if (update.visible() != null) {
            result = result.withVisible(update.visible());
        }
        if (update.stock() != null) {
            result = result.withStock(update.stock());
        }
        return result;
    }

    private static void recordDifferences(Map<VariantId, Set<String>> changes, VariantId variantId,
                                          VariantOverrides before, VariantOverrides after) {
        Set<String> fields = new LinkedHashSet<>();
        if (!Objects.equals(before.price(), after.price())) {
            fields.add("price");
        }
        if (!before.sku().equals(after.sku())) {
            fields.add("sku");
        }
        if (!Objects.equals(before.weight(), after.weight())) {
            fields.add("weight");
        }
        if (before.visible() != after.visible()) {
            fields.add("visible");
        }
        if (!Objects.equals(before.stock(), after.stock())) {
            fields.add("stock");
        }
        if (!fields.isEmpty()) {
            changes.computeIfAbsent(variantId, key -> new LinkedHashSet<>()).addAll(fields);
        }
    }

    private void commitVariantChanges(Map<VariantId, VariantOverrides> newData, Map<VariantId, Set<String>> changes,
                                      Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        variantData = newData;
        changes.forEach((variantId, fields) ->
                changedVariantFields.computeIfAbsent(variantId, key -> new LinkedHashSet<>()).addAll(fields));
        touch("variants", now);
    }

    private static Map<VariantId, VariantOverrides> variantDataFor(List<ProductOption> options,
                                                                   Map<VariantId, VariantOverrides> previous) {
        CombinationSpace space = CombinationSpace.of(options);
        Map<VariantId, VariantOverrides> data = new LinkedHashMap<>();
        for (List<Choice> combination : space.slice(0, (int) space.size())) {
            VariantId variantId = VariantId.of(combination.stream().map(Choice::key).toList());
            data.put(variantId, previous.getOrDefault(variantId, VariantOverrides.DEFAULT));
        }
        return data;
    }

    private void checkStoredInvariants() {
        BuiltOptions.requireValid(options);
        int highestKey = options.stream().flatMap(option -> option.choices().stream())
                .mapToInt(choice -> choice.key().value()).max().orElse(0);
        if (nextChoiceKey <= highestKey) {
            throw new IllegalArgumentException("nextChoiceKey " + nextChoiceKey + " is not above key " + highestKey);
        }
        if (manageVariants) {
            requireManageable(options);
        }
        checkStoredMedia();
        // Writes keep the stored variants equal to the option combinations (every change goes through this
        // aggregate); reading checks their number only, so loading a page of products never rebuilds every
        // combination's id.
        long expected = manageVariants ? CombinationSpace.of(options).size() : 0;
        if (variantData != null && variantData.size() != expected) {
            throw new IllegalArgumentException(variantData.size() + " stored variants for " + expected
                    + " option combinations");
        }
    }

    private void checkStoredMedia() {
        if (media.size() > MAX_MEDIA) {
            throw new IllegalArgumentException(media.size() + " media items, more than " + MAX_MEDIA);
        }
        Set<String> ids = new HashSet<>();
        media.forEach(item -> {
            if (!ids.add(item.id())) {
                throw new IllegalArgumentException("media item " + item.id() + " is stored twice");
            }
        });
        Set<String> linkedOptions = new HashSet<>();
        mediaChoices.forEach((mediaId, keys) -> {
            if (!ids.contains(mediaId)) {
                throw new IllegalArgumentException("links of unknown media item " + mediaId);
            }
            keys.forEach(key -> linkedOptions.add(optionOf(key).orElseThrow(() ->
                    new IllegalArgumentException("media item " + mediaId + " is linked to unknown choice " + key))
                    .name()));
        });
        if (linkedOptions.size() > 1) {
            throw new IllegalArgumentException("media are linked to choices of options " + linkedOptions);
        }
    }

    private static ProductOption optionOf(OptionState state) {
        return new ProductOption(state.name(), state.type(), state.choices().stream()
                .map(choice -> new Choice(new ChoiceKey(choice.key()), choice.value(), choice.description()))
                .toList());
    }

    private static VariantOverrides overridesOf(VariantState state, Currency currency) {
        return new VariantOverrides(
                state.price() == null ? null : new Money(state.price(), currency),
                new Sku(state.sku()),
                state.weight() == null ? null : new Weight(state.weight()),
                state.visible(),
                state.trackInventory() == null ? null
                        : new Stock(state.trackInventory(), state.quantity(), Boolean.TRUE.equals(state.inStock())));
    }

    private static VariantState stateOf(VariantId variantId, VariantOverrides overrides) {
        Stock variantStock = overrides.stock();
        return new VariantState(variantId.value(),
                overrides.price() == null ? null : overrides.price().amount(),
                overrides.sku().value(),
                overrides.weight() == null ? null : overrides.weight().value(),
                overrides.visible(),
                variantStock == null ? null : variantStock.trackInventory(),
                variantStock == null ? null : variantStock.quantity(),
                variantStock == null ? null : variantStock.inStock());
    }

    private static BuiltOptions buildOptions(List<ProductOption> current, int nextChoiceKey, List<OptionSpec> specs) {
        Require.present("productOptions", specs);
        if (specs.size() > MAX_OPTIONS) {
            throw new ValidationException("productOptions", ErrorCodes.TOO_MANY_OPTIONS,
                    "must contain at most " + MAX_OPTIONS + " options (was " + specs.size() + ")");
        }
        KeyAllocator keys = new KeyAllocator(nextChoiceKey);
        List<ProductOption> built = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            try {
                built.add(buildOption(specs.get(i), current, keys));
            } catch (ValidationException e) {
                throw e.nestedIn("productOptions[" + i + "]");
            }
        }
        BuiltOptions.requireValid(built);
        return new BuiltOptions(List.copyOf(built), keys.next);
    }

    private static ProductOption buildOption(OptionSpec spec, List<ProductOption> current, KeyAllocator keys) {
        Optional<ProductOption> existing = spec.name() == null ? Optional.empty()
                : current.stream().filter(option -> option.isNamed(spec.name())).findFirst();
        List<Choice> choices = new ArrayList<>(spec.choices().size());
        for (int j = 0; j < spec.choices().size(); j++) {
            ChoiceSpec choice = spec.choices().get(j);
            try {
                ChoiceKey key = existing
                        .flatMap(option -> choice.value() == null ? Optional.empty()
                                : option.choices().stream().filter(c -> c.hasValue(choice.value())).findFirst())
                        .map(Choice::key)
                        .orElseGet(keys::allocate);
                choices.add(new Choice(key, choice.value(), choice.description()));
            } catch (ValidationException e) {
                throw e.nestedIn("choices[" + j + "]");
            }
        }
        return new ProductOption(spec.name(), spec.type(), choices);
    }

    /** Options built from specs, with the choice-key counter after the keys they allocated. */
    private record BuiltOptions(List<ProductOption> options, int nextChoiceKey) {

        /** Product-level option rules: option names unique ignoring case, choice keys unique across options. */
        static void requireValid(List<ProductOption> options) {
            Set<String> names = new HashSet<>();
            Set<ChoiceKey> keys = new HashSet<>();
            for (int i = 0; i < options.size(); i++) {
                ProductOption option = options.get(i);
                if (!names.add(option.name().toLowerCase(Locale.ROOT))) {
                    throw new ValidationException("productOptions[" + i + "].name", ErrorCodes.DUPLICATE_OPTION_NAME,
                            "must be unique within the product, ignoring case (\"" + option.name() + "\" is repeated)");
                }
                option.choices().forEach(choice -> {
                    if (!keys.add(choice.key())) {
                        throw new IllegalArgumentException("choice key " + choice.key() + " is used twice");
                    }
                });
            }
        }
    }

    /** Hands out fresh choice keys from a product's counter. */
    private static final class KeyAllocator {

        private int next;

        KeyAllocator(int next) {
            this.next = next;
        }

        ChoiceKey allocate() {
            if (next > ChoiceKey.MAX) {
                throw new RuleViolationException(ErrorCodes.CHOICE_KEYS_EXHAUSTED, "productOptions",
                        "this product has used all " + ChoiceKey.MAX + " choice keys; create a new product instead");
            }
            return new ChoiceKey(next++);
        }
    }
}
