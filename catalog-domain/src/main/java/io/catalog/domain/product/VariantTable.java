package io.catalog.domain.product;

import io.catalog.domain.money.Money;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The stored data of a product's managed variants ({@link VariantOverrides} by {@link VariantId}) and which of their
 * fields changed since the product was created or loaded. While variants are managed it holds exactly one entry per
 * combination of the options; while they are not, none. The map is replaced, never modified in place, by every
 * change, so a map once handed out stays as it was.
 */
final class VariantTable {

    private Map<VariantId, VariantOverrides> data;
    private final Map<VariantId, Set<String>> changedFields = new LinkedHashMap<>();

    VariantTable(Map<VariantId, VariantOverrides> data) {
        this.data = new LinkedHashMap<>(Objects.requireNonNull(data, "data"));
    }

    /**
     * The 300-variant limit of managed variants. Options that one request sends together with {@code manageVariants:
     * true} (a creation, or a PATCH carrying both) break it by themselves, whatever the product holds: invalid
     * ({@code sentTogether}, HTTP 400). The same limit reached only with what the product holds (options sent while
     * variants are managed already, management turned on over stored options) is a conflict with its state (409).
     *
     * @throws ValidationException    {@code TOO_MANY_VARIANTS} on {@code options} when {@code sentTogether}
     * @throws RuleViolationException {@code TOO_MANY_VARIANTS} on {@code options} otherwise
     */
    static void requireManageable(OptionSet options, boolean sentTogether) {
        long count = options.combinations().size();
        if (count <= Product.MAX_MANAGED_VARIANTS) {
            return;
        }
        if (sentTogether) {
            throw new ValidationException(
                    "options",
                    ErrorCodes.TOO_MANY_VARIANTS,
                    "must make at most " + Product.MAX_MANAGED_VARIANTS + " variants when manageVariants is true"
                            + " (they make " + count + ")");
        }
        throw new RuleViolationException(
                ErrorCodes.TOO_MANY_VARIANTS,
                "options",
                "a product with managed variants can have at most " + Product.MAX_MANAGED_VARIANTS
                        + " variants (its options make " + count + ")");
    }

    /**
     * Variant data changes only while variants are managed.
     *
     * @throws RuleViolationException {@code VARIANTS_NOT_MANAGED} on {@code manageVariants} when {@code managed} is
     *                                false
     */
    static void requireManaged(boolean managed) {
        if (!managed) {
            throw new RuleViolationException(
                    ErrorCodes.VARIANTS_NOT_MANAGED,
                    "manageVariants",
                    "variant data can only be changed while manageVariants is true");
        }
    }

    /**
     * Options are removed only while variants are not managed (managed variants are the combinations of options).
     *
     * @throws RuleViolationException {@code VARIANTS_MANAGED} on {@code options} when {@code managed}
     */
    static void requireOptionsRemovable(boolean managed) {
        if (managed) {
            throw new RuleViolationException(
                    ErrorCodes.VARIANTS_MANAGED,
                    "options",
                    "options cannot be removed while manageVariants is true; turn variant management off first");
        }
    }

    /** One entry per combination of {@code options}: its data in {@code previous}, else the default. */
    static Map<VariantId, VariantOverrides> forCombinations(
            OptionSet options, Map<VariantId, VariantOverrides> previous) {
        CombinationSpace space = options.combinations();
        Map<VariantId, VariantOverrides> data = new LinkedHashMap<>();
        for (List<Choice> combination : space.slice(0, (int) space.size())) {
            VariantId variantId = OptionSet.idOf(combination);
            data.put(variantId, previous.getOrDefault(variantId, VariantOverrides.DEFAULT));
        }
        return data;
    }

    /** The stored variant data. */
    Map<VariantId, VariantOverrides> data() {
        return data;
    }

    /** Starts or stops managing variants: default data for every combination of {@code options}, or none. */
    void manage(boolean manage, OptionSet options) {
        data = manage ? forCombinations(options, Map.of()) : new LinkedHashMap<>();
        changedFields.clear();
    }

    /**
     * Follows new options: combinations that survive keep their data, new ones get the default.
     *
     * @return whether the set of variants changed
     */
    boolean reshape(OptionSet options) {
        Map<VariantId, VariantOverrides> newData = forCombinations(options, data());
        boolean changed = !newData.keySet().equals(data().keySet());
        data = newData;
        changedFields.keySet().retainAll(newData.keySet());
        return changed;
    }

    /**
     * Applies {@code updates} in order, all or nothing. Errors are reported on {@code variants[i]...}.
     *
     * @param currency the product's currency, in which prices are given
     * @return the variants that changed, in the order they first changed
     */
    List<VariantId> update(List<VariantUpdate> updates, OptionSet options, Currency currency) {
        Map<VariantId, VariantOverrides> updated = new LinkedHashMap<>(data());
        Map<VariantId, Set<String>> changes = new LinkedHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            String path = "variants[" + i + "]";
            VariantUpdate update = updates.get(i);
            Money newPrice = update.price() == null ? null : Product.priceIn(currency, update.price(), path + ".price");
            for (VariantId variantId : targetsOf(update, options, path)) {
                VariantOverrides before = updated.get(variantId);
                VariantOverrides after = applyTo(before, update, newPrice);
                recordDifferences(changes, variantId, before, after);
                updated.put(variantId, after);
            }
        }
        commit(updated, changes);
        return List.copyOf(changes.keySet());
    }

    /**
     * Takes {@code newData} (for the same variants), recording each variant's fields that differ from its data now.
     *
     * @return whether any variant's data changed
     */
    boolean replace(Map<VariantId, VariantOverrides> newData) {
        Map<VariantId, Set<String>> changes = new LinkedHashMap<>();
        newData.forEach((variantId, after) -> recordDifferences(changes, variantId, data().get(variantId), after));
        return commit(new LinkedHashMap<>(newData), changes);
    }

    /**
     * Resets every variant to the product's values ({@link VariantOverrides#resetTo}), recording the fields that
     * differ from the data now.
     *
     * @return whether any variant's data changed
     */
    boolean resetTo(Sku productSku) {
        VariantOverrides defaults = VariantOverrides.resetTo(productSku);
        Map<VariantId, VariantOverrides> reset = new LinkedHashMap<>(data());
        reset.replaceAll((variantId, before) -> defaults);
        return replace(reset);
    }

    /**
     * For each variant whose data changed since creation or loading (management switched clears it), the API names
     * of its changed fields ({@code price, sku, weight, visible, stock, cost, barcode}).
     */
    Map<VariantId, Set<String>> changedFields() {
        Map<VariantId, Set<String>> copy = new LinkedHashMap<>();
        changedFields.forEach(
                (variantId, fields) -> copy.put(variantId, Collections.unmodifiableSet(new LinkedHashSet<>(fields))));
        return Collections.unmodifiableMap(copy);
    }

    private List<VariantId> targetsOf(VariantUpdate update, OptionSet options, String path) {
        if (update.variantIds().isEmpty()) {
            try {
                CombinationSpace space = options.matching(update.choices());
                return space.slice(0, (int) space.size()).stream()
                        .map(OptionSet::idOf)
                        .toList();
            } catch (ValidationException e) {
                throw e.nestedIn(path);
            }
        }
        for (int j = 0; j < update.variantIds().size(); j++) {
            VariantId variantId = update.variantIds().get(j);
            if (!data().containsKey(variantId)) {
                throw new ValidationException(
                        path + ".variantIds[" + j + "]",
                        ErrorCodes.UNKNOWN_VARIANT,
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

    private static void recordDifferences(
            Map<VariantId, Set<String>> changes, VariantId variantId, VariantOverrides before, VariantOverrides after) {
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
        if (!Objects.equals(before.discountedPrice(), after.discountedPrice())) {
            fields.add("price");
        }
        if (!Objects.equals(before.cost(), after.cost())) {
            fields.add("cost");
        }
        if (!Objects.equals(before.barcode(), after.barcode())) {
            fields.add("barcode");
        }
        if (!fields.isEmpty()) {
            changes.computeIfAbsent(variantId, key -> new LinkedHashSet<>()).addAll(fields);
        }
    }

    private boolean commit(Map<VariantId, VariantOverrides> newData, Map<VariantId, Set<String>> changes) {
        if (changes.isEmpty()) {
            return false;
        }
        data = newData;
        changes.forEach((variantId, fields) -> changedFields
                .computeIfAbsent(variantId, key -> new LinkedHashSet<>())
                .addAll(fields));
        return true;
    }
}
