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
import java.util.Set;
import java.util.TreeSet;

/**
 * A product turned into its {@link ProductState} for the repository, and back. The state holds every persistent field
 * in plain types, with each choice's availability (derived from the variants) stored beside it; restoring checks
 * that the stored data keeps the product's rules.
 */
final class ProductMemento {

    private ProductMemento() {
    }

    /**
     * Every persistent field of {@code product}.
     *
     * @throws IllegalStateException for a product read without its variants
     */
    static ProductState capture(Product product) {
        Map<ChoiceKey, ChoiceAvailability> availability = product.availabilityCalculator().derived();
        List<OptionState> options = product.optionSet().list().stream()
                .map(option -> new OptionState(option.name(), option.type(), option.choices().stream()
                        .map(choice -> new ChoiceState(choice.key().value(), choice.value(), choice.description(),
                                availability.get(choice.key()).inStock(), availability.get(choice.key()).visible()))
                        .toList()))
                .toList();
        List<VariantState> variants = product.variantTable().data().entrySet().stream()
                .map(entry -> stateOf(entry.getKey(), entry.getValue()))
                .toList();
        MediaGallery gallery = product.gallery();
        List<MediaState> media = gallery.items().stream()
                .map(item -> new MediaState(item.id(), item.type(), item.url(), item.title(),
                        gallery.linksOf(item.id()).stream().map(ChoiceKey::value).toList()))
                .toList();
        Money price = product.price();
        Stock stock = product.stock();
        return new ProductState(product.id().value(), product.storeId().value(), product.numericId(),
                product.slug().value(), product.inventoryItemId(), product.name().value(), product.productType(),
                product.description().value(), product.sku().value(), product.weight().value(), product.visible(),
                price.currency().getCurrencyCode(), price.amount(), product.discount().type(),
                product.discount().value(), stock.trackInventory(), stock.quantity(), stock.inStock(),
                product.warningLimit(), product.manageVariants(), options, variants, media,
                product.optionSet().nextChoiceKey(), product.created(), product.lastUpdated(), product.revision());
    }

    /**
     * The product stored as {@code state}, with no recorded changes: with its variants, or without them (each
     * choice's availability then being the one stored with it).
     *
     * @throws IllegalStateException when the stored data breaks the product's rules
     */
    static Product restore(ProductState state, boolean withVariants) {
        try {
            Currency currency = Currency.getInstance(state.currency());
            OptionSet options = OptionSet.stored(
                    state.options().stream().map(ProductMemento::optionOf).toList(), state.nextChoiceKey());
            if (state.manageVariants()) {
                VariantTable.requireManageable(options, false);
            }
            MediaGallery media = galleryOf(state.media(), options);
            Map<VariantId, VariantOverrides> variantData = null;
            Map<ChoiceKey, ChoiceAvailability> storedAvailability = null;
            if (withVariants) {
                variantData = new LinkedHashMap<>();
                for (VariantState variant : state.variants()) {
                    variantData.put(VariantId.parse(variant.variantId()), overridesOf(variant, currency));
                }
                // Writes keep the stored variants equal to the option combinations (every change goes through the
                // aggregate); reading checks their number only, so loading a page of products never rebuilds every
                // combination's id.
                long expected = state.manageVariants() ? options.combinations().size() : 0;
                if (variantData.size() != expected) {
                    throw new IllegalArgumentException(variantData.size() + " stored variants for " + expected
                            + " option combinations");
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
            return new Product(new ProductId(state.id()), new StoreId(state.storeId()), state.numericId(),
                    state.inventoryItemId(), state.created(), state.revision(), new Slug(state.slug()),
                    new ProductName(state.name()), state.productType(), Description.stored(state.description()),
                    new Sku(state.sku()), new Weight(state.weight()), state.visible(),
                    new Money(state.price(), currency), new Discount(state.discountType(), state.discountValue()),
                    new Stock(state.trackInventory(), state.quantity(), state.inStock()), state.warningLimit(),
                    state.manageVariants(), options, variantData, media, state.lastUpdated(), storedAvailability);
        } catch (CatalogException | IllegalArgumentException | NullPointerException e) {
            throw new IllegalStateException("stored product " + state.id() + " is invalid: " + e.getMessage(), e);
        }
    }

    private static MediaGallery galleryOf(List<MediaState> states, OptionSet options) {
        List<MediaItem> items = new ArrayList<>();
        Map<String, Set<ChoiceKey>> links = new LinkedHashMap<>();
        for (MediaState item : states) {
            items.add(new MediaItem(item.id(), item.type(), item.url(), item.title()));
            if (!item.choiceKeys().isEmpty()) {
                Set<ChoiceKey> keys = new TreeSet<>();
                item.choiceKeys().forEach(key -> keys.add(new ChoiceKey(key)));
                links.put(item.id(), keys);
            }
        }
        return MediaGallery.stored(items, links, options);
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
}
