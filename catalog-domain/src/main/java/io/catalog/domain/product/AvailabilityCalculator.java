package io.catalog.domain.product;

import io.catalog.domain.product.OptionView.ChoiceView;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What a product's reads say about availability: each choice's {@code inStock} and {@code visible}, the option views
 * that carry them, whether the product can be bought, and what a shopper's selection leads to. With managed variants
 * everything is derived from the visible variants and their stock; without, every choice behaves as the product. A
 * view over the product at one moment, made for each read; it changes nothing. A product stored and read without its
 * variants has its summary answered from the availability stored with its choices instead
 * ({@link #optionViews(OptionSet, MediaGallery, Map)}, {@link #inStockAsStored}).
 *
 * @param variants the product's variants as read
 */
record AvailabilityCalculator(VariantListing variants, MediaGallery media) {

    /** Whether a choice can be bought (in stock) and is shown (visible), as its choice view says. */
    record ChoiceAvailability(boolean inStock, boolean visible) {}

    /**
     * Each choice's availability derived from the variants: with managed variants, a choice is visible when some
     * visible variant has it and in stock when some visible, in-stock variant has it; without, every choice is
     * visible and in stock as the product is.
     */
    Map<ChoiceKey, ChoiceAvailability> derived() {
        Set<ChoiceKey> visibleKeys = new HashSet<>();
        Set<ChoiceKey> inStockKeys = new HashSet<>();
        variants.table().data().forEach((variantId, overrides) -> {
            if (overrides.visible()) {
                visibleKeys.addAll(variantId.choiceKeys());
                if (variants.stockOf(overrides).inStock()) {
                    inStockKeys.addAll(variantId.choiceKeys());
                }
            }
        });
        boolean managed = variants.managed();
        Map<ChoiceKey, ChoiceAvailability> availability = new HashMap<>();
        variants.options()
                .list()
                .forEach(option -> option.choices()
                        .forEach(choice -> availability.put(
                                choice.key(),
                                managed
                                        ? new ChoiceAvailability(
                                                inStockKeys.contains(choice.key()), visibleKeys.contains(choice.key()))
                                        : new ChoiceAvailability(
                                                variants.stock().inStock(), true))));
        return availability;
    }

    /** See {@link ProductVariants#optionViews()}. */
    List<OptionView> optionViews() {
        return optionViews(variants.options(), media, derived());
    }

    /** The option views of {@code options}, each choice with its {@code availability} and its media. */
    static List<OptionView> optionViews(
            OptionSet options, MediaGallery media, Map<ChoiceKey, ChoiceAvailability> availability) {
        return options.list().stream()
                .map(option -> new OptionView(
                        option.name(),
                        option.type(),
                        option.choices().stream()
                                .map(choice -> new ChoiceView(
                                        choice.value(),
                                        choice.description(),
                                        availability.get(choice.key()).inStock(),
                                        availability.get(choice.key()).visible(),
                                        media.mediaOf(choice.key())))
                                .toList()))
                .toList();
    }

    /** See {@link ProductVariants#inStock()}. */
    boolean inStock() {
        if (!variants.managed()) {
            return variants.stock().inStock();
        }
        return variants.table().data().values().stream()
                .anyMatch(overrides ->
                        overrides.visible() && variants.stockOf(overrides).inStock());
    }

    /**
     * {@link ProductVariants#inStock()} of a product that manages variants, answered from each choice's {@code stored}
     * availability: a choice is in stock when some visible, in-stock variant has it, and every variant has one choice
     * of the first option (so there must be one).
     */
    static boolean inStockAsStored(OptionSet options, Map<ChoiceKey, ChoiceAvailability> stored) {
        return options.get(0).choices().stream()
                .anyMatch(choice -> stored.get(choice.key()).inStock());
    }

    /** See {@link ProductVariants#availability}. */
    OptionsAvailability availability(Map<String, String> selection) {
        return availability(variants.options().selectionOf(Objects.requireNonNull(selection, "selection"), "options"));
    }

    /** See {@link ProductVariants#storefrontAvailability}. */
    OptionsAvailability storefrontAvailability(Map<String, String> selection) {
        OptionSet options = variants.options();
        Choice[] selected = options.selectionOf(Objects.requireNonNull(selection, "selection"), "options");
        Map<ChoiceKey, ChoiceAvailability> shown = derived();
        for (int o = 0; o < options.size(); o++) {
            ProductOption option = options.get(o);
            if (selected[o] != null && !shown.get(selected[o].key()).visible()) {
                String key = selection.keySet().stream()
                        .filter(option::isNamed)
                        .findFirst()
                        .orElseThrow();
                throw new ValidationException(
                        "options." + key, ErrorCodes.UNKNOWN_CHOICE, "has no choice \"" + selection.get(key) + "\"");
            }
        }
        OptionsAvailability availability = availability(selected);
        List<OptionView> views = availability.productOptions();
        List<OptionView> visible = IntStream.range(0, views.size())
                .mapToObj(o -> new OptionView(
                        views.get(o).name(),
                        views.get(o).type(),
                        IntStream.range(0, views.get(o).choices().size())
                                .filter(c -> shown.get(
                                                options.get(o).choices().get(c).key())
                                        .visible())
                                .mapToObj(c -> views.get(o).choices().get(c))
                                .toList()))
                .toList();
        return new OptionsAvailability(
                        availability.selectedVariant(),
                        visible,
                        availability.availableForPurchase(),
                        availability.media())
                .withoutHiddenVariant();
    }

    private OptionsAvailability availability(Choice[] selected) {
        OptionSet options = variants.options();
        boolean managed = variants.managed();
        Set<ChoiceKey> visibleKeys = new HashSet<>();
        Set<ChoiceKey> inStockKeys = new HashSet<>();
        if (managed) {
            CombinationSpace space = options.combinations();
            for (List<Choice> combination : space.slice(0, (int) space.size())) {
                VariantOverrides overrides = variants.overridesOf(combination);
                if (overrides.visible()) {
                    markAvailable(combination, selected, visibleKeys);
                    if (variants.stockOf(overrides).inStock()) {
                        markAvailable(combination, selected, inStockKeys);
                    }
                }
            }
        }
        List<OptionView> views = options.list().stream()
                .map(option -> new OptionView(
                        option.name(),
                        option.type(),
                        option.choices().stream()
                                .map(choice -> new ChoiceView(
                                        choice.value(),
                                        choice.description(),
                                        managed
                                                ? inStockKeys.contains(choice.key())
                                                : variants.stock().inStock(),
                                        !managed || visibleKeys.contains(choice.key()),
                                        media.mediaOf(choice.key())))
                                .toList()))
                .toList();
        boolean complete = Arrays.stream(selected).allMatch(Objects::nonNull);
        Optional<Variant> variant = complete ? Optional.of(variants.variantOf(List.of(selected))) : Optional.empty();
        boolean purchasable =
                variant.map(v -> v.visible() && v.stock().inStock()).orElse(false);
        Set<ChoiceKey> selectedKeys = new HashSet<>();
        Arrays.stream(selected).filter(Objects::nonNull).forEach(choice -> selectedKeys.add(choice.key()));
        return new OptionsAvailability(variant, views, purchasable, media.mediaOfAny(selectedKeys));
    }

    /**
     * Marks as available the choices of {@code combination} that it makes available under {@code selected}: all of
     * them when it has every selected choice, the one that differs when it differs from the selection in one option.
     */
    private static void markAvailable(List<Choice> combination, Choice[] selected, Set<ChoiceKey> available) {
        int differing = -1;
        for (int i = 0; i < selected.length; i++) {
            if (selected[i] != null
                    && !selected[i].key().equals(combination.get(i).key())) {
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
}
