package io.catalog.domain.product;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a shopper's (possibly partial) selection of choices leads to, as computed by {@link ProductVariants#availability}.
 *
 * @param selectedVariant      the variant selected, present only when every option is chosen
 * @param productOptions       every option with each choice's {@code visible} / {@code inStock} given the other
 *                             options' selected choices
 * @param availableForPurchase whether every option is chosen and the selected variant is visible and in stock
 * @param media                the media linked to the selected choices, in product order; empty when none
 */
public record OptionsAvailability(
        Optional<Variant> selectedVariant,
        List<OptionView> productOptions,
        boolean availableForPurchase,
        List<MediaItem> media) {

    public OptionsAvailability {
        Objects.requireNonNull(selectedVariant, "selectedVariant");
        productOptions = List.copyOf(productOptions);
        media = List.copyOf(media);
        if (availableForPurchase && selectedVariant.isEmpty()) {
            throw new IllegalArgumentException("only a selected variant can be available for purchase");
        }
    }

    /**
     * The same availability as seen by a caller who may not see hidden variants: a hidden selected variant is
     * left out (it is not available for purchase anyway).
     */
    public OptionsAvailability withoutHiddenVariant() {
        if (selectedVariant.isPresent() && !selectedVariant.get().visible()) {
            return new OptionsAvailability(Optional.empty(), productOptions, false, media);
        }
        return this;
    }
}
