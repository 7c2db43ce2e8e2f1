package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.money.Money;
import io.catalog.domain.money.PriceData;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.shared.Require;
import io.catalog.domain.store.StoreId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Read model: a product as an answer without its variants shows it, at one revision. It holds the product's own
 * values, its options with each choice's availability ({@link #optionViews()}), whether it can be bought
 * ({@link #inStock()}) and its media, and nothing that changes. {@link Product#summary()} gives the summary of a
 * product read whole; {@link #readWithoutVariants(ProductState)} the summary of a stored product whose variants were
 * not read, from the availability stored with its choices (which {@link Product#state()} derives from the variants at
 * every write). Both give equal summaries for the same product.
 *
 * @param answeredSku the SKU the product answers with: none while its variants are managed (see
 *                    {@link Product#answeredSku()})
 * @param weight      the product's own weight (variants without a weight of their own inherit it)
 * @param stock       the product's own stock; whether it can be bought is {@code inStock}
 * @param inStock     whether the product can be bought (see {@link ProductVariants#inStock()})
 * @param optionViews the options with each choice's availability and media (see {@link ProductVariants#optionViews()})
 * @param media       the media items in display order; the first is the main media
 * @param revision    the revision the summary shows
 * @param details     the info sections and the variants' media, digital files and preorder
 * @param modifiers   the modifiers (they make no variant, so a summary shows them all)
 */
public record ProductSummary(
        ProductId id,
        StoreId storeId,
        long numericId,
        UUID inventoryItemId,
        Slug slug,
        ProductName name,
        ProductType productType,
        Description description,
        Optional<Sku> answeredSku,
        Weight weight,
        boolean visible,
        Money price,
        Discount discount,
        Stock stock,
        boolean inStock,
        Integer warningLimit,
        boolean manageVariants,
        List<OptionView> optionViews,
        List<MediaItem> media,
        Instant created,
        Instant lastUpdated,
        long revision,
        Merchandising merchandising,
        ProductDetails details,
        Modifiers modifiers) {

    public ProductSummary {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(merchandising, "merchandising");
        Objects.requireNonNull(modifiers, "modifiers");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(storeId, "storeId");
        Require.range("numericId", numericId, 1, Long.MAX_VALUE);
        Objects.requireNonNull(inventoryItemId, "inventoryItemId");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(productType, "productType");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(answeredSku, "answeredSku");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(stock, "stock");
        optionViews = List.copyOf(optionViews);
        media = List.copyOf(media);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
    }

    /**
     * The summary of the product stored as {@code state}, read without its variants ({@code state} holds none): each
     * choice's availability is the one stored with it ({@link ProductState.ChoiceState#inStock()},
     * {@link ProductState.ChoiceState#visible()}) instead of being derived from the variants. A product that does not
     * manage variants has no stored variants: its summary is then the one of {@link Product#reconstitute}.
     *
     * @throws IllegalStateException when the stored data breaks the product's rules, or a choice of a product that
     *                               manages variants has no stored availability
     *                               ({@link ProductState#choiceAvailabilityStored()}), or the product manages
     *                               variants without options (its one variant's availability is stored with no
     *                               choice)
     */
    public static ProductSummary readWithoutVariants(ProductState state) {
        if (!state.manageVariants()) {
            return Product.reconstitute(state).summary();
        }
        if (!state.choiceAvailabilityStored()) {
            throw new IllegalStateException("stored product " + state.id() + " has choices without their stored"
                    + " availability: read it with its variants");
        }
        if (state.options().isEmpty()) {
            throw new IllegalStateException("stored product " + state.id() + " manages the variant of no options,"
                    + " whose availability no choice stores: read it with its variants");
        }
        return ProductMemento.summarize(state);
    }

    public PriceData priceData() {
        return PriceData.of(price, discount);
    }
}
