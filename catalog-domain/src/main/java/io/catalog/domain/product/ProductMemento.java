package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.product.AvailabilityCalculator.ChoiceAvailability;
import io.catalog.domain.product.ProductState.ChoiceState;
import io.catalog.domain.product.ProductState.MediaState;
import io.catalog.domain.product.ProductState.OptionState;
import io.catalog.domain.product.ProductState.VariantState;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.store.StoreId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A product turned into its {@link ProductState} for the repository, and back. The state holds every persistent field
 * in plain types, with each choice's availability (derived from the variants) stored beside it; restoring checks
 * that the stored data keeps the product's rules. A state read without its variants is turned into the product's
 * {@link ProductSummary} instead, with the same checks but the variants'.
 */
final class ProductMemento {

    private ProductMemento() {}

    /** Every persistent field of {@code product}. */
    static ProductState capture(Product product) {
        Map<ChoiceKey, ChoiceAvailability> availability =
                product.availabilityCalculator().derived();
        List<OptionState> options = product.optionSet().list().stream()
                .map(option -> new OptionState(
                        option.name(),
                        option.type(),
                        option.choices().stream()
                                .map(choice -> new ChoiceState(
                                        choice.key().value(),
                                        choice.value(),
                                        choice.description(),
                                        availability.get(choice.key()).inStock(),
                                        availability.get(choice.key()).visible()))
                                .toList()))
                .toList();
        List<VariantState> variants = product.variantTable().data().entrySet().stream()
                .map(entry -> stateOf(entry.getKey(), entry.getValue()))
                .toList();
        MediaGallery gallery = product.gallery();
        List<MediaState> media = gallery.items().stream()
                .map(item -> new MediaState(
                        item.id(),
                        item.type(),
                        item.url(),
                        item.title(),
                        gallery.linksOf(item.id()).stream()
                                .map(ChoiceKey::value)
                                .toList(),
                        item.altText(),
                        item.uploadId()))
                .toList();
        Money price = product.price();
        Stock stock = product.stock();
        return new ProductState(
                product.id().value(),
                product.storeId().value(),
                product.numericId(),
                product.slug().value(),
                product.inventoryItemId(),
                product.name().value(),
                product.productType(),
                product.description().value(),
                product.sku().value(),
                product.weight().value(),
                product.visible(),
                price.currency().getCurrencyCode(),
                price.amount(),
                product.discount().type(),
                product.discount().value(),
                stock.trackInventory(),
                stock.quantity(),
                stock.inStock(),
                product.warningLimit(),
                product.manageVariants(),
                options,
                variants,
                media,
                product.optionSet().nextChoiceKey(),
                product.created(),
                product.lastUpdated(),
                product.revision(),
                product.merchantData().state(),
                product.merchandising(),
                product.details().keptFor(product.optionSet(), gallery),
                product.modifiers(),
                product.subscriptionDetails());
    }

    /**
     * The product stored as {@code state}, with no recorded changes.
     *
     * @throws IllegalStateException when the stored data breaks the product's rules
     */
    static Product restore(ProductState state) {
        try {
            Stored stored = Stored.of(state);
            Map<VariantId, VariantOverrides> variantData = new LinkedHashMap<>();
            for (VariantState variant : state.variants()) {
                variantData.put(VariantId.parse(variant.variantId()), overridesOf(variant, stored.currency()));
            }
            // Writes keep the stored variants equal to the option combinations (every change goes through the
            // aggregate); reading checks their number only, so loading a page of products never rebuilds every
            // combination's id.
            long expected =
                    state.manageVariants() ? stored.options().combinations().size() : 0;
            if (variantData.size() != expected) {
                throw new IllegalArgumentException(
                        variantData.size() + " stored variants for " + expected + " option combinations");
            }
            return new Product(
                    new ProductId(state.id()),
                    new StoreId(state.storeId()),
                    state.numericId(),
                    state.inventoryItemId(),
                    state.created(),
                    state.revision(),
                    new Slug(state.slug()),
                    new ProductName(state.name()),
                    state.productType(),
                    Description.stored(state.description()),
                    new Sku(state.sku()),
                    new Weight(state.weight()),
                    state.visible(),
                    stored.price(state),
                    discountOf(state),
                    stockOf(state),
                    state.warningLimit(),
                    state.manageVariants(),
                    stored.options(),
                    variantData,
                    stored.media(),
                    state.lastUpdated(),
                    MerchantData.of(state.merchant(), stored.currency()),
                    state.merchandising(),
                    state.details(),
                    state.modifiers(),
                    state.subscriptions());
        } catch (CatalogException | IllegalArgumentException | NullPointerException e) {
            throw invalid(state, e);
        }
    }

    /**
     * The summary of the product stored as {@code state} that manages variants, read without them: each choice's
     * availability is the one stored with it (which the caller made sure of).
     *
     * @throws IllegalStateException when the stored data breaks the product's rules
     */
    static ProductSummary summarize(ProductState state) {
        try {
            Stored stored = Stored.of(state);
            Map<ChoiceKey, ChoiceAvailability> availability = new HashMap<>();
            for (OptionState option : state.options()) {
                for (ChoiceState choice : option.choices()) {
                    availability.put(
                            new ChoiceKey(choice.key()), new ChoiceAvailability(choice.inStock(), choice.visible()));
                }
            }
            // Checked as restoring checks it, though a product that manages variants does not answer its own SKU.
            new Sku(state.sku());
            return new ProductSummary(
                    new ProductId(state.id()),
                    new StoreId(state.storeId()),
                    state.numericId(),
                    state.inventoryItemId(),
                    new Slug(state.slug()),
                    new ProductName(state.name()),
                    state.productType(),
                    Description.stored(state.description()),
                    Optional.empty(),
                    new Weight(state.weight()),
                    state.visible(),
                    stored.price(state),
                    discountOf(state),
                    stockOf(state),
                    AvailabilityCalculator.inStockAsStored(stored.options(), availability),
                    state.warningLimit(),
                    true,
                    AvailabilityCalculator.optionViews(stored.options(), stored.media(), availability),
                    stored.media().items(),
                    state.created(),
                    state.lastUpdated(),
                    state.revision(),
                    state.merchandising(),
                    state.details(),
                    state.modifiers());
        } catch (CatalogException | IllegalArgumentException | NullPointerException e) {
            throw invalid(state, e);
        }
    }

    /** The parts a product and its summary are both made of, read from a state and checked. */
    private record Stored(Currency currency, OptionSet options, MediaGallery media) {

        static Stored of(ProductState state) {
            Currency currency = Currency.getInstance(state.currency());
            if (!state.modifiers().pricedIn(currency)) {
                throw new IllegalArgumentException("modifier prices not in " + currency);
            }
            OptionSet options = OptionSet.stored(
                    state.options().stream().map(ProductMemento::optionOf).toList(), state.nextChoiceKey());
            if (state.manageVariants()) {
                VariantTable.requireManageable(options, false);
            }
            return new Stored(currency, options, galleryOf(state.media(), options));
        }

        Money price(ProductState state) {
            return new Money(state.price(), currency);
        }
    }

    private static Discount discountOf(ProductState state) {
        return new Discount(state.discountType(), state.discountValue());
    }

    private static Stock stockOf(ProductState state) {
        return new Stock(state.trackInventory(), state.quantity(), state.inStock());
    }

    private static IllegalStateException invalid(ProductState state, RuntimeException e) {
        return new IllegalStateException("stored product " + state.id() + " is invalid: " + e.getMessage(), e);
    }

    private static MediaGallery galleryOf(List<MediaState> states, OptionSet options) {
        List<MediaItem> items = new ArrayList<>();
        Map<String, Set<ChoiceKey>> links = new LinkedHashMap<>();
        for (MediaState item : states) {
            items.add(new MediaItem(item.id(), item.type(), item.url(), item.title(), item.altText(), item.uploadId()));
            if (!item.choiceKeys().isEmpty()) {
                Set<ChoiceKey> keys = new TreeSet<>();
                item.choiceKeys().forEach(key -> keys.add(new ChoiceKey(key)));
                links.put(item.id(), keys);
            }
        }
        return MediaGallery.stored(items, links, options);
    }

    private static ProductOption optionOf(OptionState state) {
        return new ProductOption(
                state.name(),
                state.type(),
                state.choices().stream()
                        .map(choice -> new Choice(new ChoiceKey(choice.key()), choice.value(), choice.description()))
                        .toList());
    }

    private static VariantOverrides overridesOf(VariantState state, Currency currency) {
        return new VariantOverrides(
                state.price() == null ? null : new Money(state.price(), currency),
                new Sku(state.sku()),
                state.weight() == null ? null : new Weight(state.weight()),
                state.visible(),
                state.trackInventory() == null
                        ? null
                        : new Stock(state.trackInventory(), state.quantity(), Boolean.TRUE.equals(state.inStock())),
                state.discountedPrice() == null ? null : new Money(state.discountedPrice(), currency),
                state.cost() == null ? null : new Money(state.cost(), currency),
                state.barcode() == null ? null : new Barcode(state.barcode()));
    }

    private static VariantState stateOf(VariantId variantId, VariantOverrides overrides) {
        Stock variantStock = overrides.stock();
        return new VariantState(
                variantId.value(),
                overrides.price() == null ? null : overrides.price().amount(),
                overrides.sku().value(),
                overrides.weight() == null ? null : overrides.weight().value(),
                overrides.visible(),
                variantStock == null ? null : variantStock.trackInventory(),
                variantStock == null ? null : variantStock.quantity(),
                variantStock == null ? null : variantStock.inStock(),
                overrides.discountedPrice() == null
                        ? null
                        : overrides.discountedPrice().amount(),
                overrides.cost() == null ? null : overrides.cost().amount(),
                overrides.barcode() == null ? null : overrides.barcode().value());
    }
}
