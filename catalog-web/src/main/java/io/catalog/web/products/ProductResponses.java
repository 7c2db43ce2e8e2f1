package io.catalog.web.products;

import io.catalog.domain.application.ProductView;
import io.catalog.domain.collection.CollectionId;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.product.Sku;
import io.catalog.domain.shared.Decimals;
import io.catalog.domain.store.StoreSettings;
import io.catalog.web.products.dto.CustomTextFieldDto;
import io.catalog.web.products.dto.DiscountDto;
import io.catalog.web.products.dto.OptionDto;
import io.catalog.web.products.dto.PriceDataDto;
import io.catalog.web.products.dto.ProductDto;
import io.catalog.web.products.dto.StockDto;
import io.catalog.web.products.dto.VariantDto;
import java.util.List;

/** Turns products into the API's product shape. */
public final class ProductResponses {

    /** Variants are listed in a product answer up to this many; larger unmanaged products page them. */
    static final int MAX_LISTED_VARIANTS = Product.MAX_MANAGED_VARIANTS;

    private ProductResponses() {}

    /**
     * The answer of a product read with its memberships and store settings.
     *
     * @throws IllegalStateException when {@code includeVariants} asks for the variants of a product read without them
     */
    public static ProductDto of(ProductView view, boolean includeVariants, boolean visibleOnly) {
        return of(
                view.product(),
                includeVariants ? view.withVariants() : null,
                view.store(),
                view.collectionIds(visibleOnly).stream()
                        .map(CollectionId::value)
                        .toList(),
                visibleOnly);
    }

    /**
     * @param collectionIds the stored collections the product belongs to
     * @param visibleOnly leave out hidden variants and hidden choices, for callers that may only read (storefronts)
     */
    static ProductDto of(
            Product product,
            StoreSettings store,
            List<String> collectionIds,
            boolean includeVariants,
            boolean visibleOnly) {
        return of(product.summary(), includeVariants ? product : null, store, collectionIds, visibleOnly);
    }

    /**
     * The answer shows what {@code product} summarizes and, when {@code withVariants} is given, the variants it
     * lists.
     */
    private static ProductDto of(
            ProductSummary product,
            Product withVariants,
            StoreSettings store,
            List<String> collectionIds,
            boolean visibleOnly) {
        boolean managed = product.manageVariants();
        PriceDataDto price = PriceDataDto.of(product.priceData());
        List<VariantDto> variants =
                withVariants != null && withVariants.variants().count() <= MAX_LISTED_VARIANTS
                        ? withVariants.variants().page(0, MAX_LISTED_VARIANTS).stream()
                                .filter(v -> v.visible() || !visibleOnly)
                                .map(VariantDto::of)
                                .toList()
                        : null;
        return new ProductDto(
                product.id().toString(),
                product.name().value(),
                product.slug().value(),
                product.visible(),
                product.productType().apiName(),
                product.description().value(),
                product.answeredSku().map(Sku::value).orElse(null),
                managed ? null : Decimals.normalize(product.weight().value()),
                StockDto.ofProduct(product),
                product.warningLimit(),
                null,
                price,
                price,
                product.details().infoSections().stream()
                        .map(s -> new ProductDto.InfoSectionDto(
                                s.title(), s.description().value()))
                        .toList(),
                product.merchandising().ribbons().stream()
                        .map(ribbon -> new ProductDto.RibbonDto(ribbon.name()))
                        .toList(),
                ProductDto.MediaDto.of(product.media()),
                product.modifiers().freeTexts().stream()
                        .map(CustomTextFieldDto::of)
                        .toList(),
                managed,
                product.optionViews().stream()
                        .map(option -> OptionDto.of(option, visibleOnly))
                        .toList(),
                new ProductDto.PageUrlDto(
                        store.siteUrl(), "/product-page/" + product.slug().value()),
                Long.toString(product.numericId()),
                product.inventoryItemId().toString(),
                DiscountDto.of(product.discount()),
                List.copyOf(collectionIds),
                variants,
                product.lastUpdated().toString(),
                product.created().toString(),
                Long.toString(product.revision()));
    }
}
