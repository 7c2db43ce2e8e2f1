package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a product's whole list of variants, as Catalog V3 sends it, onto v1's model. The rule:
 * <ul>
 *   <li>without options the list is the one default variant, whose values are the product's own (price, SKU,
 *       weight, visibility, cost, barcode);
 *   <li>with options the list is every combination of the choices exactly once ({@code NOT_ALLOWED} on
 *       {@code variants} or {@code variants[i].choices}, {@code UNKNOWN_OPTION}/{@code UNKNOWN_CHOICE});
 *   <li>while the variants are not managed and they are all alike (the same price, compare-at price, SKU, weight,
 *       cost and barcode as the first, none hidden), their values become the product's own and the variants stay
 *       unmanaged;
 *   <li>as soon as any variant differs, or is hidden, variant management is turned on and each variant keeps the
 *       values sent as its own; a value not sent is left as it is (inherited from the product for a variant just
 *       managed). Once managed, variants stay managed through these writes, even when the values sent are alike:
 *       only turning {@code manageVariants} off (v1) or removing the options ends it.
 * </ul>
 * Prices: what a buyer pays ({@code price}) under a higher {@code compareAtPrice} is v1's price ({@code
 * compareAtPrice}) and discounted price ({@code price}): on the product, a discount of the difference; on a managed
 * variant, its own discounted price. A price sent without a compare-at price (or with an equal one) is the price, not
 * discounted. Any price sent removes the product's discount, so that buyers pay what was sent.
 *
 * <p>Removing ({@link VariantWrite#cleared()}): no SKU, no barcode, no cost (on managed variants the product's own cost
 * goes too, the variants that inherited it and keep a cost getting it as their own), no compare-at price (what a
 * buyer pays now, sent or not, becomes the price, undiscounted).
 *
 * <p>The variant ids are those of the combinations, the same whether managed or not, in every dialect.
 */
public final class VariantWrites {

    private VariantWrites() {}

    /**
     * Writes {@code writes} onto {@code product}; the caller discards a product whose change fails. An empty list
     * changes nothing.
     */
    public static void apply(Product product, List<VariantWrite> writes, Instant now) {
        Objects.requireNonNull(writes, "writes");
        Objects.requireNonNull(now, "now");
        if (writes.isEmpty()) {
            return;
        }
        List<Checked> checked = new ArrayList<>(writes.size());
        for (int i = 0; i < writes.size(); i++) {
            checked.add(Checked.of(writes.get(i), "variants[" + i + "]", product));
        }
        if (product.options().isEmpty()) {
            if (writes.size() > 1 || !writes.get(0).choices().isEmpty()) {
                throw new ValidationException(
                        "variants", ErrorCodes.NOT_ALLOWED, "must hold one variant: the product has no options");
            }
            Checked only = checked.get(0).pricedAt(product.variants().page(0, 1).get(0));
            takeAsProducts(product, only, now);
            if (only.visible() != null) {
                product.changeVisibility(only.visible(), now);
            }
            return;
        }
        List<VariantId> ids = idsOf(product, writes);
        for (int i = 0; i < ids.size(); i++) {
            checked.set(
                    i,
                    checked.get(i).pricedAt(product.variants().find(ids.get(i)).orElseThrow()));
        }
        if (!product.manageVariants() && allAlike(checked)) {
            takeAsProducts(product, checked.get(0), now);
            return;
        }
        if (ids.size() > Product.MAX_MANAGED_VARIANTS) {
            throw new ValidationException(
                    "variants",
                    ErrorCodes.TOO_MANY_VARIANTS,
                    "must hold at most " + Product.MAX_MANAGED_VARIANTS + " variants when they differ");
        }
        product.changeManageVariants(true, now);
        if (checked.stream().anyMatch(c -> c.price() != null)) {
            product.changeDiscount(Discount.NONE, now);
        }
        Map<VariantId, VariantOverrides> data =
                new LinkedHashMap<>(product.variantTable().data());
        for (int i = 0; i < writes.size(); i++) {
            data.put(ids.get(i), checked.get(i).applyTo(data.get(ids.get(i))));
        }
        Money productCost = product.merchantData().cost();
        if (productCost != null && checked.stream().anyMatch(c -> c.cleared().contains(VariantWrite.COST))) {
            // A cost removed must not come back from the product: the product's cost goes, and the variants that
            // inherited it and keep a cost get it as their own.
            Set<VariantId> clearing = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                if (checked.get(i).cleared().contains(VariantWrite.COST)) {
                    clearing.add(ids.get(i));
                }
            }
            data.replaceAll((id, overrides) ->
                    overrides.cost() == null && !clearing.contains(id) ? overrides.withCost(productCost) : overrides);
            product.changeCost(null, now);
        }
        product.takeVariants(data, now);
    }

    /**
     * Whether the variants are alike: the same values as the first (a value sent for one and not for another
     * differs), none hidden.
     */
    static boolean allAlike(List<Checked> variants) {
        Checked first = variants.get(0);
        for (Checked other : variants) {
            if (Boolean.FALSE.equals(other.visible()) || !first.sameValuesAs(other)) {
                return false;
            }
        }
        return true;
    }

    /** The variant ids of {@code writes}: each one combination of the choices, every combination once. */
    private static List<VariantId> idsOf(Product product, List<VariantWrite> writes) {
        int optionCount = product.options().size();
        String oneOfEach = "must name one choice of each of the " + optionCount + " options";
        List<VariantId> ids = new ArrayList<>(writes.size());
        Set<VariantId> seen = new HashSet<>();
        for (int i = 0; i < writes.size(); i++) {
            String path = "variants[" + i + "].choices";
            VariantWrite write = writes.get(i);
            if (write.choices().size() != optionCount) {
                throw new ValidationException(path, ErrorCodes.NOT_ALLOWED, oneOfEach);
            }
            List<Variant> matching;
            try {
                matching = product.variants().matching(write.choices(), 0, 2);
            } catch (ValidationException e) {
                throw e.relocatedTo(path);
            }
            if (matching.size() != 1) {
                throw new ValidationException(path, ErrorCodes.NOT_ALLOWED, oneOfEach);
            }
            VariantId id = matching.get(0).id();
            if (!seen.add(id)) {
                throw new ValidationException(path, ErrorCodes.NOT_ALLOWED, "repeats another variant's choices");
            }
            ids.add(id);
        }
        if (ids.size() != product.variants().count()) {
            throw new ValidationException(
                    "variants",
                    ErrorCodes.NOT_ALLOWED,
                    "must list every combination of the choices once ("
                            + product.variants().count() + ")");
        }
        return ids;
    }

    private static void takeAsProducts(Product product, Checked values, Instant now) {
        if (values.price() != null) {
            Money before = values.listPrice();
            product.changePrice(before.amount(), now);
            product.changeDiscount(
                    values.discounted() == null
                            ? Discount.NONE
                            : Discount.amount(
                                    before.amount().subtract(values.price().amount())),
                    now);
        }
        if (values.sku() != null) {
            product.changeSku(values.sku(), now);
        }
        if (values.weight() != null) {
            product.changeWeight(values.weight(), now);
        }
        if (values.cost() != null) {
            product.changeCost(values.cost(), now);
        }
        if (values.barcode() != null) {
            product.changeBarcode(values.barcode(), now);
        }
        if (values.cleared().contains(VariantWrite.SKU)) {
            product.changeSku(Sku.NONE, now);
        }
        if (values.cleared().contains(VariantWrite.COST)) {
            product.changeCost(null, now);
        }
        if (values.cleared().contains(VariantWrite.BARCODE)) {
            product.changeBarcode(null, now);
        }
    }

    /**
     * A variant's values as domain values, checked, each {@code null} when not sent.
     *
     * @param price          what a buyer pays
     * @param compareAtPrice above {@code price}, else {@code null}
     */
    record Checked(
            Money price,
            Money compareAtPrice,
            Sku sku,
            Weight weight,
            Boolean visible,
            Money cost,
            Barcode barcode,
            Set<String> cleared) {

        static Checked of(VariantWrite write, String path, Product product) {
            var currency = product.price().currency();
            Money price = write.price() == null ? null : Product.priceIn(currency, write.price(), path + ".price");
            Money compareAt = null;
            if (write.compareAtPrice() != null) {
                compareAt = Product.priceIn(currency, write.compareAtPrice(), path + ".compareAtPrice");
                if (price == null) {
                    throw new ValidationException(
                            path + ".price", ErrorCodes.REQUIRED, "is required with a compare-at price");
                }
                if (compareAt.compareTo(price) < 0) {
                    throw new ValidationException(
                            path + ".compareAtPrice", ErrorCodes.NOT_ALLOWED, "must be at least the price paid");
                }
                compareAt = compareAt.compareTo(price) == 0 ? null : compareAt;
            }
            return new Checked(
                    price,
                    compareAt,
                    checked(write.sku(), Sku::new, path),
                    checked(write.weight(), Weight::new, path),
                    write.visible(),
                    write.cost() == null ? null : Product.priceIn(currency, write.cost(), path + ".cost"),
                    checked(write.barcode(), Barcode::new, path),
                    write.cleared());
        }

        /**
         * These values for {@code variant} as it is: removing its compare-at price without sending a price keeps what
         * a buyer pays now, undiscounted.
         */
        Checked pricedAt(Variant variant) {
            if (price != null || !cleared.contains(VariantWrite.COMPARE_AT_PRICE)) {
                return this;
            }
            return new Checked(PriceRange.actualPrice(variant), null, sku, weight, visible, cost, barcode, cleared);
        }

        /** v1's price: the compare-at price when there is one, else the price paid. */
        Money listPrice() {
            return compareAtPrice != null ? compareAtPrice : price;
        }

        /** v1's discounted price when it is below the list price, else {@code null}. */
        Money discounted() {
            return compareAtPrice != null ? price : null;
        }

        boolean sameValuesAs(Checked other) {
            return Objects.equals(price, other.price)
                    && Objects.equals(compareAtPrice, other.compareAtPrice)
                    && Objects.equals(sku, other.sku)
                    && Objects.equals(weight, other.weight)
                    && Objects.equals(cost, other.cost)
                    && Objects.equals(barcode, other.barcode)
                    && cleared.equals(other.cleared);
        }

        /** {@code before} with the values sent. */
        VariantOverrides applyTo(VariantOverrides before) {
            VariantOverrides after = before;
            if (price != null) {
                after = after.withPrices(listPrice(), discounted());
            }
            if (sku != null) {
                after = after.withSku(sku);
            }
            if (weight != null) {
                after = after.withWeight(weight);
            }
            if (visible != null) {
                after = after.withVisible(visible);
            }
            if (cost != null) {
                after = after.withCost(cost);
            }
            if (barcode != null) {
                after = after.withBarcode(barcode);
            }
            if (cleared.contains(VariantWrite.SKU)) {
                after = after.withSku(Sku.NONE);
            }
            if (cleared.contains(VariantWrite.COST)) {
                after = after.withCost(null);
            }
            if (cleared.contains(VariantWrite.BARCODE)) {
                after = after.withBarcode(null);
            }
            return after;
        }

        private static <S, T> T checked(S value, Function<S, T> make, String path) {
            if (value == null) {
                return null;
            }
            try {
                return make.apply(value);
            } catch (ValidationException e) {
                throw e.nestedIn(path);
            }
        }
    }
}
