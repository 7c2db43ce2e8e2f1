package io.catalog.domain.product;

import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.product.subscription.SubscriptionDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Every persistent field of a {@link Product}, in plain types, for the persistence adapter: one row per product,
 * one row per option choice ({@link OptionState} position and data, {@link ChoiceState}), one row per stored
 * variant ({@link VariantState}), one row per media item ({@link MediaState}). Obtained from {@link Product#state()}, turned back into a product (and validated)
 * by {@link Product#reconstitute(ProductState)}.
 *
 * @param sku           empty when the product has no SKU
 * @param currency      ISO 4217 code of {@code price}
 * @param quantity      {@code null} unless {@code trackInventory}
 * @param warningLimit  Ecwid's warning limit, {@code null} when none
 * @param variants      the managed variants; empty when {@code manageVariants} is false
 * @param media         the media items in display order, the first being the main media
 * @param nextChoiceKey the key the next new choice gets; keys are never reused
 * @param revision      optimistic-locking revision, 1 after creation
 * @param merchant      the product's cost and barcode
 * @param merchandising handle, brand, ribbons, SEO data... (its own value objects, each checked when built)
 * @param details       info sections and the variants' media, digital files and preorder (its own value objects)
 * @param modifiers     the modifiers (a value checked when built), their prices in {@code currency}
 * @param subscriptions the subscriptions (checked when built); {@code null} reads as none
 */
public record ProductState(
        UUID id,
        String storeId,
        long numericId,
        String slug,
        UUID inventoryItemId,
        String name,
        ProductType productType,
        String description,
        String sku,
        BigDecimal weight,
        boolean visible,
        String currency,
        BigDecimal price,
        DiscountType discountType,
        BigDecimal discountValue,
        boolean trackInventory,
        Integer quantity,
        boolean inStock,
        Integer warningLimit,
        boolean manageVariants,
        List<OptionState> options,
        List<VariantState> variants,
        List<MediaState> media,
        int nextChoiceKey,
        Instant created,
        Instant lastUpdated,
        long revision,
        MerchantState merchant,
        Merchandising merchandising,
        ProductDetails details,
        Modifiers modifiers,
        SubscriptionDetails subscriptions) {

    /** A product's cost and barcode ({@code null} when none), kept for Catalog V3. */
    public record MerchantState(BigDecimal cost, String barcode) {

        public static final MerchantState NONE = new MerchantState(null, null);
    }

    public ProductState {
        details = details == null ? ProductDetails.NONE : details;
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        Objects.requireNonNull(merchandising, "merchandising");
        options = List.copyOf(options);
        variants = List.copyOf(variants);
        media = media == null ? List.of() : List.copyOf(media);
        merchant = merchant == null ? MerchantState.NONE : merchant;
        modifiers = modifiers == null ? Modifiers.NONE : modifiers;
        subscriptions = subscriptions == null ? SubscriptionDetails.NONE : subscriptions;
    }

    /** This state with another revision, e.g. the one the repository assigned when storing it. */
    public ProductState withRevision(long newRevision) {
        return new ProductState(
                id,
                storeId,
                numericId,
                slug,
                inventoryItemId,
                name,
                productType,
                description,
                sku,
                weight,
                visible,
                currency,
                price,
                discountType,
                discountValue,
                trackInventory,
                quantity,
                inStock,
                warningLimit,
                manageVariants,
                options,
                variants,
                media,
                nextChoiceKey,
                created,
                lastUpdated,
                newRevision,
                merchant,
                merchandising,
                details,
                modifiers,
                subscriptions);
    }

    /** Whether every choice has its availability stored ({@link ChoiceState#inStock()}, {@link ChoiceState#visible()}). */
    public boolean choiceAvailabilityStored() {
        return options.stream()
                .flatMap(option -> option.choices().stream())
                .allMatch(choice -> choice.inStock() != null && choice.visible() != null);
    }

    /** An option, at its position in {@link #options()}, with its choices in display order. */
    public record OptionState(String name, OptionType type, List<ChoiceState> choices) {

        public OptionState {
            choices = List.copyOf(choices);
        }
    }

    /**
     * A choice with its permanent key, and its availability as {@link ProductVariants#optionViews()} shows it, derived from
     * the variants and stored beside the choice so that a product can be answered without reading its variants
     * ({@link ProductSummary#readWithoutVariants}).
     *
     * @param inStock whether the choice can be bought: some visible variant with it is in stock (without managed
     *                variants: the product is in stock); {@code null} when not stored (rows written before it was)
     * @param visible whether some visible variant has the choice (without managed variants: always);
     *                {@code null} when not stored
     */
    public record ChoiceState(int key, String value, String description, Boolean inStock, Boolean visible) {

        /** A choice whose availability is not known. */
        public ChoiceState(int key, String value, String description) {
            this(key, value, description, null, null);
        }
    }

    /**
     * The stored data of one managed variant. {@code price}, {@code weight} and the stock columns are {@code null}
     * when the variant inherits the product's value ({@code trackInventory == null} means inherited stock).
     *
     * @param variantId the variant id in UUID format, encoding the variant's choice keys
     * @param sku             empty when the variant has no SKU
     * @param discountedPrice its own price after discount, {@code null} when the product's discount applies
     * @param cost            {@code null} when it inherits the product's cost
     * @param barcode         {@code null} when it has none
     */
    public record VariantState(
            String variantId,
            BigDecimal price,
            String sku,
            BigDecimal weight,
            boolean visible,
            Boolean trackInventory,
            Integer quantity,
            Boolean inStock,
            BigDecimal discountedPrice,
            BigDecimal cost,
            String barcode) {

        /** Without a discounted price, cost or barcode of its own. */
        public VariantState(
                String variantId,
                BigDecimal price,
                String sku,
                BigDecimal weight,
                boolean visible,
                Boolean trackInventory,
                Integer quantity,
                Boolean inStock) {
            this(variantId, price, sku, weight, visible, trackInventory, quantity, inStock, null, null, null);
        }
    }

    /**
     * A media item, at its position in {@link #media()}.
     *
     * @param choiceKeys keys of the choices the item is linked to, ascending
     */
    public record MediaState(
            String id,
            MediaType type,
            String url,
            String title,
            List<Integer> choiceKeys,
            String altText,
            String uploadId) {

        public MediaState {
            choiceKeys = List.copyOf(choiceKeys);
        }

        /** Without alt text or upload id. */
        public MediaState(String id, MediaType type, String url, String title, List<Integer> choiceKeys) {
            this(id, type, url, title, choiceKeys, "", null);
        }
    }
}
