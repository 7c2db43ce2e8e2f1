package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.money.PriceData;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A product's variants as they are read: each combination of its options with its effective values, those a managed
 * variant stores itself or else the product's. Unmanaged combinations are never materialised as a list: they are
 * addressed by index in the {@link CombinationSpace} and behave as the product itself. A view over the product at
 * one moment, made for each read.
 *
 * @param managed whether the product manages its variants ({@code table} is read only then)
 * @param price    the product's price, inherited by variants without a price of their own; likewise the others
 * @param merchant the product's cost and barcode: the cost is inherited; the barcode is that of unmanaged variants
 */
record VariantListing(
        OptionSet options,
        boolean managed,
        VariantTable table,
        Money price,
        Discount discount,
        Weight weight,
        Sku sku,
        Stock stock,
        MerchantData merchant) {

    /** The variant of {@code combination}, with its effective values. */
    Variant variantOf(List<Choice> combination) {
        VariantId variantId = OptionSet.idOf(combination);
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < options.size(); i++) {
            choices.put(options.get(i).name(), options.get(i).displayNameOf(combination.get(i)));
        }
        VariantOverrides overrides = managed ? table.data().get(variantId) : VariantOverrides.DEFAULT;
        Money variantPrice = overrides.price() == null ? price : overrides.price();
        return new Variant(
                variantId,
                choices,
                overrides.discountedPrice() == null
                        ? PriceData.of(variantPrice, discount)
                        : PriceData.of(variantPrice, overrides.discountedPrice()),
                overrides.weight() == null ? weight : overrides.weight(),
                managed ? overrides.sku() : sku,
                overrides.visible(),
                stockOf(overrides),
                overrides.cost() == null ? merchant.cost() : overrides.cost(),
                managed ? overrides.barcode() : merchant.barcode());
    }

    /** The stored data of a managed combination, {@link VariantOverrides#DEFAULT} for unmanaged ones. */
    VariantOverrides overridesOf(List<Choice> combination) {
        return managed ? table.data().get(OptionSet.idOf(combination)) : VariantOverrides.DEFAULT;
    }

    /** A variant's effective stock: its own, or the product's that it inherits. */
    Stock stockOf(VariantOverrides overrides) {
        return overrides.stock() == null ? stock : overrides.stock();
    }

    Variant at(long index) {
        return variantOf(options.combinations().at(index));
    }

    List<Variant> page(long offset, int limit) {
        return page(options.combinations(), offset, limit);
    }

    Optional<Variant> find(VariantId variantId) {
        return options.combinationOf(variantId).map(this::variantOf);
    }

    List<Variant> matching(Map<String, String> partialChoices, long offset, int limit) {
        return page(options.matching(partialChoices), offset, limit);
    }

    long countMatching(Map<String, String> partialChoices) {
        return options.matching(partialChoices).size();
    }

    /** See {@link ProductVariants#query}. */
    VariantQuery.Page query(VariantQuery query) {
        Objects.requireNonNull(query, "query");
        if (query.byId()) {
            List<Variant> found = query.variantIds().stream()
                    .map(this::find)
                    .flatMap(Optional::stream)
                    .filter(variant -> query.includeHidden() || variant.visible())
                    .toList();
            return new VariantQuery.Page(slice(found, query.offset(), query.limit()), query.offset(), found.size());
        }
        CombinationSpace space = options.matching(query.choices());
        if (query.includeHidden() || !managed) {
            return new VariantQuery.Page(page(space, query.offset(), query.limit()), query.offset(), space.size());
        }
        List<Variant> visibleVariants = page(space, 0, (int) space.size()).stream()
                .filter(Variant::visible)
                .toList();
        return new VariantQuery.Page(
                slice(visibleVariants, query.offset(), query.limit()), query.offset(), visibleVariants.size());
    }

    /** See {@link ProductVariants#forInventory}. */
    List<Variant> inventoryVariants(boolean visibleOnly) {
        if (!managed) {
            return List.of();
        }
        return page(0, Product.MAX_MANAGED_VARIANTS).stream()
                .filter(v -> v.visible() || !visibleOnly)
                .toList();
    }

    /**
     * The managed variant that holds the stock of {@code variantId}, or {@code null} when it is the product's own
     * stock (variants not managed).
     *
     * @throws ValidationException {@code UNKNOWN_VARIANT} on {@code field}
     */
    VariantId stockHolder(VariantId variantId, String field) {
        if (managed
                ? table.data().containsKey(variantId)
                : variantId.equals(VariantId.DEFAULT)
                        || options.combinationOf(variantId).isPresent()) {
            return managed ? variantId : null;
        }
        throw new ValidationException(
                field, ErrorCodes.UNKNOWN_VARIANT, "\"" + variantId + "\" is not a variant of this product");
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
}
