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
import io.catalog.domain.product.SaleStatus;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.WeightRange;
import io.catalog.domain.product.subscription.SubscriptionDetails;
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
 *   <li>modifiers are answered as kept, with their ids; v1's {@code customTextFields} are the free-text ones;
 *   <li>a choice of a colour option is a {@code SWATCH_CHOICES} choice named by its description with its value as
 *       {@code colorCode};
 *   <li>a variant's {@code compareAtPrice} is v1's price when it is above the discounted price; its
 *       {@code revenueDetails} and the product's {@code costRange} are answered with {@code MERCHANT_DATA} to
 *       callers that may modify products only;
 *   <li>the fields Wix answers only when asked ({@code fields}) are computed only then ({@link V3Projection}).
 * </ul>
 * Callers that may only read see neither hidden variants nor hidden choices, and the counts are of what they see.
 */
final class V3Products {

    static final int MAX_LISTED_VARIANTS = Product.MAX_MANAGED_VARIANTS;

    private static final String TEXT_CHOICES = "TEXT_CHOICES";
    private static final String SWATCH_CHOICES = "SWATCH_CHOICES";

    private V3Products() {}

    /** The product of a view read with its variants, for {@code visibleOnly} callers or not, with every field. */
    static V3ProductDto of(ProductView view, boolean visibleOnly) {
        return of(view, V3Projection.everything(!visibleOnly));
    }

    /** The product of a view read with its variants, holding what {@code projection} asks. */
    static V3ProductDto of(ProductView view, V3Projection projection) {
        boolean visibleOnly = projection.visibleOnly();
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
        SaleStatus sale = whole.details().saleStatus(all, product.visible());
        Amounts amounts = new Amounts(projection.has(V3Projection.Field.CURRENCY));
        SubscriptionDetails subscriptions = V3SubscriptionDto.seen(whole.subscriptionDetails(), visibleOnly);
        SubscriptionDetails pricedSubscriptions =
                projection.has(V3Projection.Field.SUBSCRIPTION_PRICES_INFO) ? subscriptions : SubscriptionDetails.NONE;
        OptionIds ids = new OptionIds(whole);
        List<V3ProductDto.Variant> variants = new ArrayList<>(seen.size());
        for (Variant v : seen) {
            variants.add(variant(whole, ids, v, physical, projection.merchantData(), amounts, pricedSubscriptions));
        }
        return new V3ProductDto(
                product.id().toString(),
                Long.toString(product.revision()),
                product.created().toString(),
                product.lastUpdated().toString(),
                product.name().value(),
                product.slug().value(),
                projection.has(V3Projection.Field.URL)
                        ? new V3ProductDto.PageUrl(path, pageUrl(view.store().siteUrl(), path))
                        : null,
                projection.has(V3Projection.Field.DESCRIPTION)
                        ? RicosDocument.of(product.description().value())
                        : null,
                projection.has(V3Projection.Field.PLAIN_DESCRIPTION)
                        ? product.description().value()
                        : null,
                product.visible(),
                physical ? "PHYSICAL" : "DIGITAL",
                physical
                        ? new V3ProductDto.PhysicalProperties(WeightRange.ofVisible(all)
                                .map(r -> new V3ProductDto.WeightRange(
                                        Decimals.normalize(r.min().value()),
                                        Decimals.normalize(r.max().value())))
                                .orElse(null))
                        : null,
                amounts.formatted() ? product.price().currency().getCurrencyCode() : null,
                media(product.media(), projection.has(V3Projection.Field.MEDIA_ITEMS_INFO)),
                options(ids, product.optionViews(), visibleOnly),
                projection.has(V3Projection.Field.DIRECT_CATEGORIES_INFO)
                        ? V3ProductCategories.direct(view, visibleOnly)
                        : null,
                projection.has(V3Projection.Field.ALL_CATEGORIES_INFO)
                        ? V3ProductCategories.all(view, visibleOnly)
                        : null,
                V3ProductCategories.main(view, visibleOnly),
                projection.has(V3Projection.Field.BREADCRUMBS_INFO)
                        ? V3ProductCategories.breadcrumbs(view, visibleOnly)
                        : null,
                PriceRange.ofActualPrices(all).map(amounts::range).orElse(null),
                new V3ProductDto.Inventory(
                        AvailabilityStatus.of(all).name(),
                        sale.preorderStatus().name(),
                        sale.preorderAvailability().name()),
                new V3ProductDto.VariantsInfo(variants),
                new V3ProductDto.VariantSummary(variantCount),
                PriceRange.ofCompareAtPrices(all).map(amounts::range).orElse(null),
                projection.merchantData()
                        ? PriceRange.ofCosts(all).map(amounts::range).orElse(null)
                        : null,
                merchandising.handle().value(),
                V3MerchandisingDto.brand(merchandising, product.storeId()),
                V3MerchandisingDto.ribbon(merchandising, product.storeId()),
                V3MerchandisingDto.additionalRibbons(merchandising, product.storeId()),
                merchandising.visibleInPos(),
                merchandising.taxGroupId(),
                V3MerchandisingDto.seoData(merchandising),
                V3MerchandisingDto.extendedFields(merchandising),
                V3MerchandisingDto.tags(merchandising, visibleOnly),
                projection.has(V3Projection.Field.INFO_SECTION)
                        ? V3DetailsDto.infoSections(whole.details(), product.storeId())
                        : null,
                V3DetailsDto.purchaseEligibility(sale),
                V3ModifierDto.of(product.modifiers()),
                V3SubscriptionDto.of(subscriptions));
    }

    /** Amounts as answered: with their {@code formattedAmount} when {@code CURRENCY} is asked for. */
    record Amounts(boolean formatted) {

        V3ProductDto.Amount of(Money money) {
            return new V3ProductDto.Amount(money.amount().toPlainString(), formatted ? money.formatted() : null);
        }

        V3ProductDto.PriceRange range(PriceRange range) {
            return new V3ProductDto.PriceRange(of(range.min()), of(range.max()));
        }
    }

    /** The site's URL and the page's path, with one slash between them. */
    static String pageUrl(String siteUrl, String path) {
        return siteUrl.endsWith("/") ? siteUrl + path.substring(1) : siteUrl + path;
    }

    /** A variant's cost, profit and margin, for callers that may modify products ({@code merchantData}). */
    private static V3ProductDto.RevenueDetails revenue(RevenueDetails details, Amounts amounts) {
        return new V3ProductDto.RevenueDetails(
                amounts.of(details.cost()),
                new V3ProductDto.Amount(
                        details.profit().toPlainString(), amounts.formatted() ? details.formattedProfit() : null),
                details.profitMargin());
    }

    /** The main item; all items too with {@code itemsInfo}; {@code null} when there is nothing to answer. */
    private static V3ProductDto.Media media(List<MediaItem> media, boolean itemsInfo) {
        List<V3ProductDto.MediaItem> items =
                media.stream().map(V3Products::mediaItem).toList();
        if (items.isEmpty() && !itemsInfo) {
            return null;
        }
        return new V3ProductDto.Media(
                items.isEmpty() ? null : items.get(0), itemsInfo ? new V3ProductDto.ItemsInfo(items) : null);
    }

    private static V3ProductDto.MediaItem mediaItem(MediaItem item) {
        return V3DetailsDto.mediaItem(item);
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
            Product whole,
            OptionIds ids,
            Variant variant,
            boolean physical,
            boolean merchantData,
            Amounts amounts,
            SubscriptionDetails subscriptions) {
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
                        amounts.of(PriceRange.actualPrice(variant)),
                        PriceRange.compareAtPrice(variant).map(amounts::of).orElse(null)),
                physical
                        ? new V3ProductDto.VariantPhysicalProperties(
                                Decimals.normalize(variant.weight().value()))
                        : null,
                new V3ProductDto.InventoryStatus(
                        variant.stock().inStock(), whole.details().preorderEnabled(variant.id())),
                variant.barcode() == null ? null : variant.barcode().value(),
                merchantData
                        ? variant.revenueDetails()
                                .map(details -> revenue(details, amounts))
                                .orElse(null)
                        : null,
                whole.details()
                        .mediaOf(variant, whole)
                        .map(V3Products::mediaItem)
                        .orElse(null),
                whole.details()
                        .digitalFileOf(variant.id(), whole.productType())
                        .map(V3DetailsDto::digitalProperties)
                        .orElse(null),
                V3SubscriptionDto.prices(subscriptions, PriceRange.actualPrice(variant), amounts::of));
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
