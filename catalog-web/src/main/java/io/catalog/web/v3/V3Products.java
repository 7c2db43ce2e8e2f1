package io.catalog.web.v3;

import io.catalog.domain.application.ProductView;
import io.catalog.domain.money.Money;
import io.catalog.domain.money.RevenueDetails;
import io.catalog.domain.product.AvailabilityStatus;
import io.catalog.domain.product.Choice;
import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.Merchandising;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.OptionView;
import io.catalog.domain.product.PriceRange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductOption;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.WeightRange;
import io.catalog.domain.shared.Decimals;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Renders a product read whole in the Catalog V3 shape. How v1's model maps:
 * <ul>
 *   <li>every product has variants: with {@code manageVariants} its managed variants; without, the combinations of
 *       its choices (the one default variant {@code 00000000-0000-0000-0000-000000000000} without options), each
 *       carrying the product's own price, SKU, weight and stock, visible, as v1 answers them; at most
 *       {@value #MAX_LISTED_VARIANTS} are listed, {@code variantSummary.variantCount} counts them all;
 *   <li>{@code unspecified_product_type} answers {@code PHYSICAL} (v1's default type);
 *   <li>{@code description} is derived from the stored HTML ({@link RicosDocument}), which {@code plainDescription}
 *       answers as it is;
 *   <li>option and choice ids, which v1 does not have, are name-based UUIDs of the product and the option's name
 *       (and the choice's stable key): stable while the option keeps its name;
 *   <li>a choice of a colour option is a {@code SWATCH_CHOICES} choice named by its description with its value as
 *       {@code colorCode};
 *   <li>a variant's {@code compareAtPrice} is v1's price when it is above the discounted price; its
 *       {@code revenueDetails} and the product's {@code costRange} (Wix's {@code MERCHANT_DATA}, which is not asked
 *       for here: {@code fields} is not read) are answered to callers that may modify products only.
 * </ul>
 * Callers that may only read see neither hidden variants nor hidden choices, and the counts are of what they see.
 */
final class V3Products {

    static final int MAX_LISTED_VARIANTS = Product.MAX_MANAGED_VARIANTS;

    private static final String TEXT_CHOICES = "TEXT_CHOICES";
    private static final String SWATCH_CHOICES = "SWATCH_CHOICES";

    private V3Products() {}

    /** The product of a view read with its variants. */
    static V3ProductDto of(ProductView view, boolean visibleOnly) {
        Product whole = view.withVariants();
        ProductSummary product = view.product();
        List<Variant> all = whole.variants().page(0, MAX_LISTED_VARIANTS);
        List<Variant> seen =
                all.stream().filter(v -> v.visible() || !visibleOnly).toList();
        long variantCount = whole.variants().count() > MAX_LISTED_VARIANTS || !visibleOnly
                ? whole.variants().count()
                : seen.size();
        boolean physical = product.productType() != ProductType.DIGITAL;
        String path = "/product-page/" + product.slug().value();
        Merchandising merchandising = product.merchandising();
        OptionIds ids = new OptionIds(whole);
        List<V3ProductDto.Variant> variants = new ArrayList<>(seen.size());
        for (Variant v : seen) {
            variants.add(variant(ids, v, physical, !visibleOnly));
        }
        return new V3ProductDto(
                product.id().toString(),
                Long.toString(product.revision()),
                product.created().toString(),
                product.lastUpdated().toString(),
                product.name().value(),
                product.slug().value(),
                new V3ProductDto.PageUrl(path, pageUrl(view.store().siteUrl(), path)),
                RicosDocument.of(product.description().value()),
                product.description().value(),
                product.visible(),
                physical ? "PHYSICAL" : "DIGITAL",
                physical
                        ? new V3ProductDto.PhysicalProperties(WeightRange.ofVisible(all)
                                .map(r -> new V3ProductDto.WeightRange(
                                        Decimals.normalize(r.min().value()),
                                        Decimals.normalize(r.max().value())))
                                .orElse(null))
                        : null,
                product.price().currency().getCurrencyCode(),
                media(product.media()),
                options(ids, product.optionViews(), visibleOnly),
                new V3ProductDto.CategoriesInfo(List.of()),
                new V3ProductDto.CategoriesInfo(List.of()),
                PriceRange.ofActualPrices(all).map(V3Products::range).orElse(null),
                new V3ProductDto.Inventory(AvailabilityStatus.of(all).name(), "DISABLED"),
                new V3ProductDto.VariantsInfo(variants),
                new V3ProductDto.VariantSummary(variantCount),
                PriceRange.ofCompareAtPrices(all).map(V3Products::range).orElse(null),
                visibleOnly
                        ? null
                        : PriceRange.ofCosts(all).map(V3Products::range).orElse(null),
                merchandising.handle().value(),
                V3MerchandisingDto.brand(merchandising, product.storeId()),
                V3MerchandisingDto.ribbon(merchandising, product.storeId()),
                V3MerchandisingDto.additionalRibbons(merchandising, product.storeId()),
                merchandising.visibleInPos(),
                merchandising.taxGroupId(),
                V3MerchandisingDto.seoData(merchandising),
                V3MerchandisingDto.extendedFields(merchandising),
                V3MerchandisingDto.tags(merchandising, visibleOnly));
    }

    /** The site's URL and the page's path, with one slash between them. */
    static String pageUrl(String siteUrl, String path) {
        return siteUrl.endsWith("/") ? siteUrl + path.substring(1) : siteUrl + path;
    }

    static V3ProductDto.Amount amount(Money money) {
        return new V3ProductDto.Amount(money.amount().toPlainString(), money.formatted());
    }

    private static V3ProductDto.PriceRange range(PriceRange range) {
        return new V3ProductDto.PriceRange(amount(range.min()), amount(range.max()));
    }

    /** A variant's cost, profit and margin, for callers that may modify products ({@code merchantData}). */
    private static V3ProductDto.RevenueDetails revenue(RevenueDetails details) {
        return new V3ProductDto.RevenueDetails(
                amount(details.cost()),
                new V3ProductDto.Amount(details.profit().toPlainString(), details.formattedProfit()),
                details.profitMargin());
    }

    private static V3ProductDto.Media media(List<MediaItem> media) {
        List<V3ProductDto.MediaItem> items =
                media.stream().map(V3Products::mediaItem).toList();
        return new V3ProductDto.Media(items.isEmpty() ? null : items.get(0), new V3ProductDto.ItemsInfo(items));
    }

    private static V3ProductDto.MediaItem mediaItem(MediaItem item) {
        return new V3ProductDto.MediaItem(
                item.id(), item.url(), item.type().name(), item.title().isEmpty() ? null : item.title());
    }

    private static List<V3ProductDto.Option> options(OptionIds ids, List<OptionView> views, boolean visibleOnly) {
        List<V3ProductDto.Option> options = new ArrayList<>(views.size());
        for (OptionView view : views) {
            ProductOption option = ids.optionNamed(view.name());
            boolean swatch = option.type() == OptionType.COLOR;
            List<V3ProductDto.Choice> choices = view.choices().stream()
                    .filter(c -> c.visible() || !visibleOnly)
                    .map(c -> {
                        Choice choice = option.findChoice(c.value()).orElseThrow();
                        return new V3ProductDto.Choice(
                                ids.choiceId(option, choice),
                                option.displayNameOf(choice),
                                swatch ? "ONE_COLOR" : "CHOICE_TEXT",
                                swatch ? choice.value() : null,
                                c.inStock(),
                                c.visible(),
                                c.media().isEmpty()
                                        ? null
                                        : c.media().stream()
                                                .map(V3Products::mediaItem)
                                                .toList());
                    })
                    .toList();
            options.add(new V3ProductDto.Option(
                    ids.optionId(option),
                    option.name(),
                    swatch ? SWATCH_CHOICES : TEXT_CHOICES,
                    new V3ProductDto.ChoicesSettings(choices)));
        }
        return options;
    }

    private static V3ProductDto.Variant variant(
            OptionIds ids, Variant variant, boolean physical, boolean merchantData) {
        List<V3ProductDto.VariantChoice> choices =
                new ArrayList<>(variant.choices().size());
        for (Map.Entry<String, String> entry : variant.choices().entrySet()) {
            choices.add(ids.variantChoice(entry.getKey(), entry.getValue()));
        }
        return new V3ProductDto.Variant(
                variant.id().toString(),
                variant.visible(),
                variant.sku().isNone() ? null : variant.sku().value(),
                choices,
                new V3ProductDto.PriceInfo(
                        amount(PriceRange.actualPrice(variant)),
                        PriceRange.compareAtPrice(variant)
                                .map(V3Products::amount)
                                .orElse(null)),
                physical
                        ? new V3ProductDto.VariantPhysicalProperties(
                                Decimals.normalize(variant.weight().value()))
                        : null,
                new V3ProductDto.InventoryStatus(variant.stock().inStock(), false),
                variant.barcode() == null ? null : variant.barcode().value(),
                merchantData ? variant.revenueDetails().map(V3Products::revenue).orElse(null) : null);
    }

    /**
     * The ids of a product's options and choices, each worked out once per answer (a name-based UUID is an MD5 of its
     * name), and the choices of its variants by option and choice name: a variant's choices are among the product's
     * few, so each is made once and shared by the variants that have it.
     */
    private static final class OptionIds {

        private final Product whole;
        private final Map<String, ProductOption> byName = new HashMap<>();
        private final Map<ProductOption, String> optionIds = new IdentityHashMap<>();
        private final Map<String, V3ProductDto.VariantChoice> variantChoices = new HashMap<>();

        OptionIds(Product whole) {
            this.whole = whole;
            for (ProductOption option : whole.options()) {
                byName.putIfAbsent(option.name(), option);
            }
        }

        ProductOption optionNamed(String name) {
            ProductOption option = byName.get(name);
            if (option == null) {
                throw new IllegalStateException("no option " + name + " in " + whole.id());
            }
            return option;
        }

        String optionId(ProductOption option) {
            return optionIds.computeIfAbsent(
                    option,
                    o -> nameUuid("option:" + whole.id() + ":" + o.name().toLowerCase(Locale.ROOT)));
        }

        String choiceId(ProductOption option, Choice choice) {
            return nameUuid("choice:" + whole.id() + ":" + option.name().toLowerCase(Locale.ROOT) + ":"
                    + choice.key().value());
        }

        /** The choice {@code choiceName} (its display name) of option {@code optionName}, as variants list it. */
        V3ProductDto.VariantChoice variantChoice(String optionName, String choiceName) {
            String key = optionName + '\u0000' + choiceName;
            V3ProductDto.VariantChoice made = variantChoices.get(key);
            if (made == null) {
                ProductOption option = optionNamed(optionName);
                Choice choice = option.choices().stream()
                        .filter(c -> option.displayNameOf(c).equals(choiceName))
                        .findFirst()
                        .orElseThrow();
                made = new V3ProductDto.VariantChoice(
                        new V3ProductDto.OptionChoiceIds(optionId(option), choiceId(option, choice)),
                        new V3ProductDto.OptionChoiceNames(
                                option.name(),
                                choiceName,
                                option.type() == OptionType.COLOR ? SWATCH_CHOICES : TEXT_CHOICES));
                variantChoices.put(key, made);
            }
            return made;
        }
    }

    private static String nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
