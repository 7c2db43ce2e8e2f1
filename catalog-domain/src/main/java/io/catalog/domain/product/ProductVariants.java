package io.catalog.domain.product;

import io.catalog.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reads of a product's variants and of their availability, given by {@link Product#variants()}: the variants
 * with their effective values, pages and queries of them, the stock a variant has, and what a shopper's selection
 * leads to. It changes nothing; every read answers from the product as it is at that moment (a view kept across a
 * change of the product reads the changed product).
 */
public final class ProductVariants {

    private final Product product;

    ProductVariants(Product product) {
        this.product = Objects.requireNonNull(product, "product");
    }

    // ---------------------------------------------------------------------------------------------- variants

    /** Number of variants: the product of the options' choice counts, 1 without options. */
    public long count() {
        return product.optionSet().combinations().size();
    }

    /** The variant at {@code index} in option order (first option most significant), 0 &lt;= index &lt; count. */
    public Variant at(long index) {
        return listing().at(index);
    }

    /** Up to {@code limit} variants from {@code offset} in option order. */
    public List<Variant> page(long offset, int limit) {
        return listing().page(offset, limit);
    }

    /** The variant with this id, empty when the id is not a combination of this product's choices. */
    public Optional<Variant> find(VariantId variantId) {
        return listing().find(variantId);
    }

    /**
     * Up to {@code limit} variants from {@code offset}, in option order, having all the given choices.
     *
     * @param partialChoices option name to choice value or description, ignoring case; unknown names are
     *                       {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on field {@code choices.<option>}
     */
    public List<Variant> matching(Map<String, String> partialChoices, long offset, int limit) {
        return listing().matching(partialChoices, offset, limit);
    }

    /** Number of variants having all the given choices; see {@link #matching}. */
    public long countMatching(Map<String, String> partialChoices) {
        return listing().countMatching(partialChoices);
    }

    /**
     * One page of the variants selected by {@code query}; see {@link VariantQuery}. Unmanaged products page their
     * combinations without materialising them (all are visible); managed ones have at most 300, so hidden ones are
     * filtered out in memory when the query excludes them.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on {@code choices.<option>}
     */
    public VariantQuery.Page query(VariantQuery query) {
        return listing().query(query);
    }

    /**
     * The managed variants whose stock the inventory lists: all of them, or with {@code visibleOnly} (a storefront)
     * only the visible ones, as the product's answer lists them. Empty when variants are not managed (the product's
     * own stock stands for its one default variant).
     */
    public List<Variant> forInventory(boolean visibleOnly) {
        return listing().inventoryVariants(visibleOnly);
    }

    /**
     * The stock of a variant as the inventory reports it: the managed variant's own or inherited stock, or the
     * product's stock for {@link VariantId#DEFAULT} and the combinations of a product whose variants are not managed.
     *
     * @throws ValidationException {@code UNKNOWN_VARIANT} on {@code variantId}
     */
    public Stock stockOf(VariantId variantId) {
        return StockLedger.stockOf(
                product.stock(),
                product.variantTable().data(),
                Objects.requireNonNull(variantId, "variantId"),
                listing()::stockHolder);
    }

    // ---------------------------------------------------------------------------------------------- availability

    /**
     * What a shopper's selection leads to. {@code selection} maps option names to choice values or descriptions,
     * ignoring case, and may leave options out. For each option, a choice is visible when a visible variant has it
     * and the choices selected for the <em>other</em> options, and in stock when such a variant is also in stock
     * (so an empty selection gives {@link #optionViews()}). The selected variant exists only when every option is
     * chosen; it is available for purchase when it is visible and in stock, or out of stock with preorder enabled. Unmanaged combinations behave as the
     * product: visible, in stock as the product is.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on {@code options.<option>}
     */
    public OptionsAvailability availability(Map<String, String> selection) {
        return withPreorder(product.availabilityCalculator().availability(selection));
    }

    /**
     * {@link #availability} as a storefront (a caller that may only read) sees it: the choices the product hides (no
     * visible variant has them; {@link #optionViews()} says which) are left out, as they are from the product's
     * answer, and selecting one is refused as selecting an unknown choice; a hidden selected variant is left out.
     *
     * @throws ValidationException {@code UNKNOWN_OPTION} / {@code UNKNOWN_CHOICE} on {@code options.<option>}
     */
    public OptionsAvailability storefrontAvailability(Map<String, String> selection) {
        return withPreorder(product.availabilityCalculator().storefrontAvailability(selection));
    }

    /** A selected variant out of stock that may be preordered is available for purchase ({@link SaleStatus}). */
    private OptionsAvailability withPreorder(OptionsAvailability availability) {
        return availability
                .selectedVariant()
                .filter(v -> !availability.availableForPurchase()
                        && SaleStatus.purchasable(v, product.details().preorderEnabled(v.id())))
                .map(v -> new OptionsAvailability(
                        availability.selectedVariant(), availability.productOptions(), true, availability.media()))
                .orElse(availability);
    }

    /**
     * The options with the computed availability of each choice. With managed variants a choice is visible when a
     * visible variant has it and in stock when such a variant is in stock; otherwise every choice is visible and in
     * stock as the product is.
     */
    public List<OptionView> optionViews() {
        return product.availabilityCalculator().optionViews();
    }

    /**
     * Whether the product can be bought. Without managed variants, as its stock says. With them, whether some
     * visible variant is in stock, by its own stock or by the product's that it inherits: the product's own
     * {@code inStock} alone would answer {@code false} for a product whose variants all have stock of their own, and
     * {@code true} for one whose every in-stock variant is hidden.
     */
    public boolean inStock() {
        return product.availabilityCalculator().inStock();
    }

    private VariantListing listing() {
        return product.listing();
    }
}
