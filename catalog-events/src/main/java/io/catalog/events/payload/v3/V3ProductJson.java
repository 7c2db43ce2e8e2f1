package io.catalog.events.payload.v3;

import io.catalog.domain.application.ProductView;
import io.catalog.domain.money.Money;
import io.catalog.domain.money.RevenueDetails;
import io.catalog.domain.product.AvailabilityStatus;
import io.catalog.domain.product.Choice;
import io.catalog.domain.product.Label;
import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.Merchandising;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.OptionView;
import io.catalog.domain.product.PriceRange;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductOption;
import io.catalog.domain.product.ProductSummary;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.SeoData;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.WeightRange;
import io.catalog.domain.shared.Decimals;
import io.catalog.domain.store.StoreId;
import io.catalog.events.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A product in the Catalog V3 shape, the JSON Get Product (V3) answers a caller that may modify products (merchant
 * data and private tags included), rendered from the domain's read model ({@link ProductView}). catalog-events may
 * not depend on catalog-web, whose {@code V3Products} renders the same view through JSON-B; the rules of the mapping
 * (docs/catalog-v3.md, "How v1 maps onto V3") are applied here field for field, and V3EventsIT pins the two equal
 * on every event it receives. A field added to the V3 product is added to both.
 */
public final class V3ProductJson {

    /** Variants listed, as the read side lists them. */
    static final int MAX_LISTED_VARIANTS = Product.MAX_MANAGED_VARIANTS;

    private static final String TEXT_CHOICES = "TEXT_CHOICES";
    private static final String SWATCH_CHOICES = "SWATCH_CHOICES";

    private V3ProductJson() {}

    /** The product of a view read with its variants. */
    public static JsonObject of(ProductView view) {
        Product whole = view.withVariants();
        ProductSummary product = view.product();
        List<Variant> all = whole.variants().page(0, MAX_LISTED_VARIANTS);
        boolean physical = product.productType() != ProductType.DIGITAL;
        String path = "/product-page/" + product.slug().value();
        Merchandising merchandising = product.merchandising();
        StoreId store = product.storeId();

        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", product.id().toString())
                .add("revision", Long.toString(product.revision()))
                .add("createdDate", product.created().toString())
                .add("updatedDate", product.lastUpdated().toString())
                .add("name", product.name().value())
                .add("slug", product.slug().value())
                .add(
                        "url",
                        Jsons.createObjectBuilder()
                                .add("relativePath", path)
                                .add("url", pageUrl(view.store().siteUrl(), path)))
                .add("description", V3RichContent.of(product.description().value()))
                .add("plainDescription", product.description().value())
                .add("visible", product.visible())
                .add("productType", physical ? "PHYSICAL" : "DIGITAL");
        if (physical) {
            JsonObjectBuilder properties = Jsons.createObjectBuilder();
            WeightRange.ofVisible(all)
                    .ifPresent(range -> properties.add(
                            "shippingWeightRange",
                            Jsons.createObjectBuilder()
                                    .add(
                                            "minValue",
                                            Decimals.normalize(range.min().value()))
                                    .add(
                                            "maxValue",
                                            Decimals.normalize(range.max().value()))));
            json.add("physicalProperties", properties);
        }
        json.add("currency", product.price().currency().getCurrencyCode())
                .add("media", media(product.media()))
                .add("options", options(whole, product.optionViews()))
                .add("directCategoriesInfo", noCategories())
                .add("allCategoriesInfo", noCategories());
        addRange(json, "actualPriceRange", PriceRange.ofActualPrices(all));
        addRange(json, "compareAtPriceRange", PriceRange.ofCompareAtPrices(all));
        addRange(json, "costRange", PriceRange.ofCosts(all));
        json.add(
                        "inventory",
                        Jsons.createObjectBuilder()
                                .add(
                                        "availabilityStatus",
                                        AvailabilityStatus.of(all).name())
                                .add("preorderStatus", "DISABLED"))
                .add("variantsInfo", Jsons.createObjectBuilder().add("variants", variants(whole, all, physical)))
                .add(
                        "variantSummary",
                        Jsons.createObjectBuilder()
                                .add("variantCount", whole.variants().count()))
                .add("handle", merchandising.handle().value());
        addLabel(json, "brand", merchandising.brand(), Label.Kind.BRAND, store);
        addLabel(json, "ribbon", merchandising.ribbon(), Label.Kind.RIBBON, store);
        JsonArrayBuilder ribbons = Jsons.createArrayBuilder();
        merchandising.additionalRibbons().forEach(ribbon -> ribbons.add(label(ribbon, Label.Kind.RIBBON, store)));
        json.add("additionalRibbons", ribbons).add("visibleInPos", merchandising.visibleInPos());
        if (merchandising.taxGroupId() != null) {
            json.add("taxGroupId", merchandising.taxGroupId());
        }
        if (merchandising.seoData() != null) {
            json.add("seoData", seoData(merchandising.seoData()));
        }
        if (merchandising.extendedFields() != null) {
            json.add(
                    "extendedFields",
                    Jsons.createObjectBuilder()
                            .add(
                                    "namespaces",
                                    object(merchandising.extendedFields().value())));
        }
        json.add(
                "tags",
                Jsons.createObjectBuilder()
                        .add("privateTags", tagList(merchandising.tags().privateTagIds()))
                        .add("publicTags", tagList(merchandising.tags().publicTagIds())));
        return json.build();
    }

    /** The site's URL and the page's path, with one slash between them. */
    static String pageUrl(String siteUrl, String path) {
        return siteUrl.endsWith("/") ? siteUrl + path.substring(1) : siteUrl + path;
    }

    private static JsonObjectBuilder amount(Money money) {
        return Jsons.createObjectBuilder()
                .add("amount", money.amount().toPlainString())
                .add("formattedAmount", money.formatted());
    }

    private static void addRange(JsonObjectBuilder json, String name, Optional<PriceRange> range) {
        range.ifPresent(r -> json.add(
                name,
                Jsons.createObjectBuilder().add("minValue", amount(r.min())).add("maxValue", amount(r.max()))));
    }

    private static JsonObjectBuilder noCategories() {
        return Jsons.createObjectBuilder().add("categories", Jsons.createArrayBuilder());
    }

    private static JsonObjectBuilder media(List<MediaItem> media) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        if (!media.isEmpty()) {
            json.add("main", mediaItem(media.get(0)));
        }
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        media.forEach(item -> items.add(mediaItem(item)));
        return json.add("itemsInfo", Jsons.createObjectBuilder().add("items", items));
    }

    private static JsonObjectBuilder mediaItem(MediaItem item) {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("id", item.id())
                .add("url", item.url())
                .add("mediaType", item.type().name());
        if (!item.title().isEmpty()) {
            json.add("displayName", item.title());
        }
        return json;
    }

    private static JsonArrayBuilder options(Product whole, List<OptionView> views) {
        JsonArrayBuilder options = Jsons.createArrayBuilder();
        for (OptionView view : views) {
            ProductOption option = optionNamed(whole, view.name());
            boolean swatch = option.type() == OptionType.COLOR;
            JsonArrayBuilder choices = Jsons.createArrayBuilder();
            for (OptionView.ChoiceView c : view.choices()) {
                Choice choice = option.findChoice(c.value()).orElseThrow();
                JsonObjectBuilder json = Jsons.createObjectBuilder()
                        .add("choiceId", choiceId(whole, option, choice))
                        .add("name", option.displayNameOf(choice))
                        .add("choiceType", swatch ? "ONE_COLOR" : "CHOICE_TEXT");
                if (swatch) {
                    json.add("colorCode", choice.value());
                }
                json.add("inStock", c.inStock()).add("visible", c.visible());
                if (!c.media().isEmpty()) {
                    JsonArrayBuilder linked = Jsons.createArrayBuilder();
                    c.media().forEach(item -> linked.add(mediaItem(item)));
                    json.add("linkedMedia", linked);
                }
                choices.add(json);
            }
            options.add(Jsons.createObjectBuilder()
                    .add("id", optionId(whole, option))
                    .add("name", option.name())
                    .add("optionRenderType", swatch ? SWATCH_CHOICES : TEXT_CHOICES)
                    .add("choicesSettings", Jsons.createObjectBuilder().add("choices", choices)));
        }
        return options;
    }

    private static JsonArrayBuilder variants(Product whole, List<Variant> all, boolean physical) {
        JsonArrayBuilder variants = Jsons.createArrayBuilder();
        all.forEach(variant -> variants.add(variant(whole, variant, physical)));
        return variants;
    }

    private static JsonObjectBuilder variant(Product whole, Variant variant, boolean physical) {
        JsonArrayBuilder choices = Jsons.createArrayBuilder();
        for (Map.Entry<String, String> entry : variant.choices().entrySet()) {
            ProductOption option = optionNamed(whole, entry.getKey());
            Choice choice = option.choices().stream()
                    .filter(c -> option.displayNameOf(c).equals(entry.getValue()))
                    .findFirst()
                    .orElseThrow();
            choices.add(Jsons.createObjectBuilder()
                    .add(
                            "optionChoiceIds",
                            Jsons.createObjectBuilder()
                                    .add("optionId", optionId(whole, option))
                                    .add("choiceId", choiceId(whole, option, choice)))
                    .add(
                            "optionChoiceNames",
                            Jsons.createObjectBuilder()
                                    .add("optionName", option.name())
                                    .add("choiceName", entry.getValue())
                                    .add(
                                            "renderType",
                                            option.type() == OptionType.COLOR ? SWATCH_CHOICES : TEXT_CHOICES)));
        }
        JsonObjectBuilder json =
                Jsons.createObjectBuilder().add("id", variant.id().toString()).add("visible", variant.visible());
        if (!variant.sku().isNone()) {
            json.add("sku", variant.sku().value());
        }
        if (variant.barcode() != null) {
            json.add("barcode", variant.barcode().value());
        }
        JsonObjectBuilder price =
                Jsons.createObjectBuilder().add("actualPrice", amount(PriceRange.actualPrice(variant)));
        PriceRange.compareAtPrice(variant).ifPresent(compareAt -> price.add("compareAtPrice", amount(compareAt)));
        json.add("choices", choices).add("price", price);
        variant.revenueDetails().ifPresent(details -> json.add("revenueDetails", revenue(details)));
        if (physical) {
            json.add(
                    "physicalProperties",
                    Jsons.createObjectBuilder()
                            .add("weight", Decimals.normalize(variant.weight().value())));
        }
        return json.add(
                "inventoryStatus",
                Jsons.createObjectBuilder()
                        .add("inStock", variant.stock().inStock())
                        .add("preorderEnabled", false));
    }

    private static JsonObjectBuilder revenue(RevenueDetails details) {
        return Jsons.createObjectBuilder()
                .add("cost", amount(details.cost()))
                .add(
                        "profit",
                        Jsons.createObjectBuilder()
                                .add("amount", details.profit().toPlainString())
                                .add("formattedAmount", details.formattedProfit()))
                .add("profitMargin", details.profitMargin());
    }

    private static void addLabel(JsonObjectBuilder json, String name, Label label, Label.Kind kind, StoreId store) {
        if (label != null) {
            json.add(name, label(label, kind, store));
        }
    }

    private static JsonObjectBuilder label(Label label, Label.Kind kind, StoreId store) {
        return Jsons.createObjectBuilder().add("id", label.id(kind, store)).add("name", label.name());
    }

    private static JsonObjectBuilder seoData(SeoData seo) {
        JsonArrayBuilder tags = Jsons.createArrayBuilder();
        for (SeoData.Tag tag : seo.tags()) {
            JsonObjectBuilder props = Jsons.createObjectBuilder();
            tag.props().forEach(props::add);
            JsonObjectBuilder json =
                    Jsons.createObjectBuilder().add("type", tag.type()).add("props", props);
            if (tag.meta() != null) {
                json.add("meta", object(tag.meta().value()));
            }
            if (tag.children() != null) {
                json.add("children", tag.children());
            }
            tags.add(json.add("custom", tag.custom()).add("disabled", tag.disabled()));
        }
        JsonArrayBuilder keywords = Jsons.createArrayBuilder();
        seo.settings()
                .keywords()
                .forEach(k -> keywords.add(Jsons.createObjectBuilder()
                        .add("term", k.term())
                        .add("isMain", k.isMain())
                        .add("origin", k.origin())));
        return Jsons.createObjectBuilder()
                .add("tags", tags)
                .add(
                        "settings",
                        Jsons.createObjectBuilder()
                                .add("preventAutoRedirect", seo.settings().preventAutoRedirect())
                                .add("keywords", keywords));
    }

    private static JsonObjectBuilder tagList(List<String> ids) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        ids.forEach(list::add);
        return Jsons.createObjectBuilder().add("tagIds", list);
    }

    private static JsonObject object(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static ProductOption optionNamed(Product whole, String name) {
        return whole.options().stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no option " + name + " in " + whole.id()));
    }

    private static String optionId(Product whole, ProductOption option) {
        return nameUuid("option:" + whole.id() + ":" + option.name().toLowerCase(Locale.ROOT));
    }

    private static String choiceId(Product whole, ProductOption option, Choice choice) {
        return nameUuid("choice:" + whole.id() + ":" + option.name().toLowerCase(Locale.ROOT) + ":"
                + choice.key().value());
    }

    private static String nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
