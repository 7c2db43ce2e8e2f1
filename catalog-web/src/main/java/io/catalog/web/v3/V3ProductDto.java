package io.catalog.web.v3;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product in the Catalog V3 shape, for every field the catalog keeps; fields it does not keep (subscriptions...)
 * are absent. The merchandising parts are {@link V3MerchandisingDto}'s, the modifiers {@link V3ModifierDto}'s, the
 * info sections, digital properties and purchase eligibility {@link V3DetailsDto}'s. Null properties are left out of
 * the JSON.
 * A product in the Catalog V3 shape, for every field the catalog keeps; fields it does not keep (modifiers, info
 * sections...) are absent, and so are those the request's {@code fields} did not ask for ({@link V3Projection}). The
 * merchandising parts are {@link V3MerchandisingDto}'s, the subscriptions {@link V3SubscriptionDto}'s. Null properties
 * are left out of the JSON.
 */
@Schema(name = "V3Product", description = "A product as Catalog V3 answers it")
@JsonbPropertyOrder({
    "id",
    "revision",
    "createdDate",
    "updatedDate",
    "name",
    "slug",
    "url",
    "description",
    "plainDescription",
    "visible",
    "productType",
    "physicalProperties",
    "currency",
    "media",
    "options",
    "modifiers",
    "directCategoriesInfo",
    "allCategoriesInfo",
    "mainCategoryId",
    "breadcrumbsInfo",
    "actualPriceRange",
    "compareAtPriceRange",
    "costRange",
    "inventory",
    "variantsInfo",
    "variantSummary",
    "handle",
    "brand",
    "ribbon",
    "additionalRibbons",
    "visibleInPos",
    "taxGroupId",
    "seoData",
    "extendedFields",
    "tags",
    "infoSections",
    "purchaseEligibility",
    "subscriptionDetails"
})
public record V3ProductDto(
        @Schema(description = "Product ID", example = "0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11")
        String id,

        @Schema(description = "Revision, incremented by each change", example = "1")
        String revision,

        @Schema(description = "When the product was created", example = "2026-11-22T10:15:30.123Z")
        String createdDate,

        @Schema(description = "When the product was last changed", example = "2026-11-22T10:15:30.123Z")
        String updatedDate,

        @Schema(example = "T-shirt") String name,
        @Schema(example = "t-shirt") String slug,

        @Schema(description = "With URL in fields") PageUrl url,

        @Schema(
                description = "With DESCRIPTION in fields: the description as a rich-content document derived"
                        + " from plainDescription: one PARAGRAPH or HEADING node per block, each holding its text in"
                        + " TEXT nodes without decorations")
        RichContent description,

        @Schema(
                description = "With PLAIN_DESCRIPTION in fields: the description in HTML, as stored",
                example = "<p>nice summer t-shirt</p>")
        String plainDescription,

        Boolean visible,

        @Schema(
                enumeration = {"PHYSICAL", "DIGITAL"},
                description = "PHYSICAL also for a product of v1 type unspecified_product_type")
        String productType,

        @Schema(description = "Physical products only") PhysicalProperties physicalProperties,

        @Schema(description = "With CURRENCY in fields: ISO 4217 code of the store's currency", example = "USD")
        String currency,

        Media media,
        List<Option> options,

        @Schema(
                description =
                        "With DIRECT_CATEGORIES_INFO in fields: the categories that hold the product directly, each with its sort key there")
        CategoriesInfo directCategoriesInfo,

        @Schema(
                description =
                        "With ALL_CATEGORIES_INFO in fields: the categories that hold the product, directly or through a subcategory")
        CategoriesInfo allCategoriesInfo,

        @Schema(description = "The product's deepest direct category (ties by id): its breadcrumbs' end")
        String mainCategoryId,

        @Schema(
                description =
                        "With BREADCRUMBS_INFO in fields: the path from the top-level category down to the main category")
        V3CategoryDto.BreadcrumbsInfo breadcrumbsInfo,

        @Schema(description = "Lowest and highest actual price of the visible variants; absent when none is visible")
        PriceRange actualPriceRange,

        Inventory inventory,
        VariantsInfo variantsInfo,
        VariantSummary variantSummary,

        @Schema(
                description = "Lowest and highest compare-at price (the price before discount, else the actual price)"
                        + " of the visible variants; absent when no visible variant is discounted")
        PriceRange compareAtPriceRange,

        @Schema(
                description = "With MERCHANT_DATA in fields, for callers that may modify products only: lowest and"
                        + " highest cost of the visible variants that have one")
        PriceRange costRange,

        @Schema(
                description = "Unique in the store, set on creation (else the slug), never changed",
                example = "t-shirt")
        String handle,

        V3MerchandisingDto.LabelDto brand,
        V3MerchandisingDto.LabelDto ribbon,
        List<V3MerchandisingDto.LabelDto> additionalRibbons,

        @Schema(description = "Always false for DIGITAL products")
        Boolean visibleInPos,

        @Schema(description = "Absent when none") String taxGroupId,
        V3MerchandisingDto.SeoDataDto seoData,
        V3MerchandisingDto.ExtendedFields extendedFields,
        V3MerchandisingDto.Tags tags,
        List<V3DetailsDto.InfoSectionDto> infoSections,
        V3DetailsDto.PurchaseEligibility purchaseEligibility,

        @Schema(
                description = "Options that make no variant but travel with the order (an engraving, a gift wrap);"
                        + " empty when none")
        List<V3ModifierDto.ModifierDto> modifiers,

        @Schema(description = "Absent when the product has no subscriptions")
        V3SubscriptionDto.Details subscriptionDetails) {

    /** The product page. */
    @Schema(name = "V3PageUrl")
    @JsonbPropertyOrder({"relativePath", "url"})
    public record PageUrl(
            @Schema(example = "/product-page/t-shirt") String relativePath,

            @Schema(example = "https://www.example.com/product-page/t-shirt")
            String url) {}

    /** A rich-content (Ricos) document. */
    @Schema(name = "V3RichContent")
    public record RichContent(List<Node> nodes) {}

    /** A node of a rich-content document. */
    @Schema(name = "V3RichContentNode")
    @JsonbPropertyOrder({"type", "id", "nodes", "paragraphData", "headingData", "textData"})
    public record Node(
            @Schema(enumeration = {"PARAGRAPH", "HEADING", "TEXT"})
            String type,

            String id,
            List<Node> nodes,

            @Schema(type = SchemaType.OBJECT, description = "Empty: paragraphs carry no settings")
            Map<String, Object> paragraphData,

            HeadingData headingData,
            TextData textData) {}

    /** A heading's level, 1 to 6. */
    @Schema(name = "V3HeadingData")
    public record HeadingData(int level) {}

    /** The text of a TEXT node. */
    @Schema(name = "V3TextData")
    @JsonbPropertyOrder({"text", "decorations"})
    public record TextData(String text, List<Object> decorations) {}

    /** Physical properties of a product. */
    @Schema(name = "V3PhysicalProperties")
    public record PhysicalProperties(
            @Schema(description = "Lowest and highest weight of the visible variants")
            WeightRange shippingWeightRange) {}

    /** A range of weights, in the store's weight unit. */
    @Schema(name = "V3WeightRange")
    @JsonbPropertyOrder({"minValue", "maxValue"})
    public record WeightRange(BigDecimal minValue, BigDecimal maxValue) {}

    /** A product's media. */
    @Schema(name = "V3Media")
    @JsonbPropertyOrder({"main", "itemsInfo"})
    public record Media(
            @Schema(description = "The first item") MediaItem main,

            @Schema(description = "With MEDIA_ITEMS_INFO in fields")
            ItemsInfo itemsInfo) {}

    /** Every media item, in display order. */
    @Schema(name = "V3MediaItemsInfo")
    public record ItemsInfo(List<MediaItem> items) {}

    /** One media item. */
    @Schema(name = "V3ProductMedia")
    @JsonbPropertyOrder({"id", "url", "mediaType", "displayName", "altText", "thumbnail", "uploadId"})
    public record MediaItem(
            String id,
            @Schema(maxLength = 2000) String url,
            @Schema(enumeration = {"IMAGE", "VIDEO"}) String mediaType,

            @Schema(maxLength = 200, description = "v1's title")
            String displayName,

            @Schema(maxLength = 1000) String altText,

            @Schema(description = "Images only: the image itself")
            V3DetailsDto.Thumbnail thumbnail,

            String uploadId) {}

    /** An option, with its choices. */
    @Schema(name = "V3Option")
    @JsonbPropertyOrder({"id", "name", "optionRenderType", "choicesSettings"})
    public record Option(
            @Schema(description = "Derived from the product and the option's name")
            String id,

            String name,

            @Schema(enumeration = {"TEXT_CHOICES", "SWATCH_CHOICES"})
            String optionRenderType,

            ChoicesSettings choicesSettings) {}

    /** The choices of an option. */
    @Schema(name = "V3ChoicesSettings")
    public record ChoicesSettings(List<Choice> choices) {}

    /** A choice of an option, with its availability over the variants. */
    @Schema(name = "V3Choice")
    @JsonbPropertyOrder({"choiceId", "name", "choiceType", "colorCode", "inStock", "visible", "linkedMedia"})
    public record Choice(
            String choiceId,
            String name,

            @Schema(enumeration = {"CHOICE_TEXT", "ONE_COLOR"})
            String choiceType,

            @Schema(description = "Swatch choices only", example = "#008000")
            String colorCode,

            Boolean inStock,
            Boolean visible,
            List<MediaItem> linkedMedia) {}

    /** Categories of a product. */
    @Schema(name = "V3CategoriesInfo")
    public record CategoriesInfo(List<CategoryRef> categories) {}

    /** A category of a product, with the product's sort key in it when it holds the product directly. */
    @Schema(name = "V3ProductCategory")
    @JsonbPropertyOrder({"id", "index"})
    public record CategoryRef(
            @Schema(description = "Category ID") String id,

            @Schema(
                    description = "The product's sort key in the category: the category lists its products"
                            + " by ascending index (not a dense rank)")
            Long index) {}

    /** A range of prices. */
    @Schema(name = "V3PriceRange")
    @JsonbPropertyOrder({"minValue", "maxValue"})
    public record PriceRange(Amount minValue, Amount maxValue) {}

    /** An amount of the store's currency. */
    @Schema(name = "V3FixedMonetaryAmount")
    @JsonbPropertyOrder({"amount", "formattedAmount"})
    public record Amount(
            @Schema(example = "9.50") String amount,

            @Schema(example = "$9.50", description = "With CURRENCY in fields")
            String formattedAmount) {}

    /** The product's availability. */
    @Schema(name = "V3Inventory")
    @JsonbPropertyOrder({"availabilityStatus", "preorderStatus", "preorderAvailability"})
    public record Inventory(
            @Schema(enumeration = {"IN_STOCK", "OUT_OF_STOCK", "PARTIALLY_OUT_OF_STOCK"})
            String availabilityStatus,

            @Schema(
                    enumeration = {"ENABLED", "DISABLED", "PARTIALLY_ENABLED"},
                    description = "Whether the visible variants may be preordered: all, none, some")
            String preorderStatus,

            @Schema(
                    enumeration = {"ALL_VARIANTS", "SOME_VARIANTS", "NO_VARIANTS"},
                    description = "Which visible variants can be preordered now: preorder enabled and out of stock")
            String preorderAvailability) {}

    /** The variants. */
    @Schema(name = "V3VariantsInfo")
    public record VariantsInfo(List<Variant> variants) {}

    /** How many variants the product has (that the caller sees). */
    @Schema(name = "V3VariantSummary")
    public record VariantSummary(long variantCount) {}

    /** A purchasable variant. */
    @Schema(name = "V3Variant")
    @JsonbPropertyOrder({
        "id",
        "visible",
        "sku",
        "barcode",
        "choices",
        "price",
        "revenueDetails",
        "media",
        "physicalProperties",
        "inventoryStatus",
        "digitalProperties",
        "subscriptionPricesInfo"
    })
    public record Variant(
            String id,
            Boolean visible,
            @Schema(description = "Absent when empty") String sku,
            List<VariantChoice> choices,
            PriceInfo price,
            VariantPhysicalProperties physicalProperties,
            InventoryStatus inventoryStatus,

            @Schema(description = "Absent when none", maxLength = 40)
            String barcode,

            @Schema(
                    description = "With MERCHANT_DATA in fields, for callers that may modify products: cost, profit"
                            + " and margin, when a cost is set")
            RevenueDetails revenueDetails,

            @Schema(description = "Its own media, else the first media of its choices; absent when none")
            MediaItem media,

            @Schema(description = "DIGITAL products only, when the variant has a file")
            V3DetailsDto.DigitalProperties digitalProperties,

            @Schema(
                    description = "With SUBSCRIPTION_PRICES_INFO in fields, when the product has subscriptions: the"
                            + " actual price under each subscription")
            V3SubscriptionDto.PricesInfo subscriptionPricesInfo) {}

    /** What a variant costs and earns. */
    @Schema(name = "V3RevenueDetails")
    @JsonbPropertyOrder({"cost", "profit", "profitMargin"})
    public record RevenueDetails(
            Amount cost,

            @Schema(description = "actualPrice - cost; negative when sold below cost")
            Amount profit,

            @Schema(
                    description = "profit / actualPrice, rounded to 4 decimals (0 when the price is 0)",
                    example = "0.25")
            BigDecimal profitMargin) {}

    /** One choice of a variant, by ids and by names. */
    @Schema(name = "V3VariantChoice")
    @JsonbPropertyOrder({"optionChoiceIds", "optionChoiceNames"})
    public record VariantChoice(OptionChoiceIds optionChoiceIds, OptionChoiceNames optionChoiceNames) {}

    /** A variant's choice by ids. */
    @Schema(name = "V3OptionChoiceIds")
    @JsonbPropertyOrder({"optionId", "choiceId"})
    public record OptionChoiceIds(String optionId, String choiceId) {}

    /** A variant's choice by names. */
    @Schema(name = "V3OptionChoiceNames")
    @JsonbPropertyOrder({"optionName", "choiceName", "renderType"})
    public record OptionChoiceNames(
            String optionName,
            String choiceName,

            @Schema(enumeration = {"TEXT_CHOICES", "SWATCH_CHOICES"})
            String renderType) {}

    /** A variant's price. */
    @Schema(name = "V3PriceInfo")
    @JsonbPropertyOrder({"actualPrice", "compareAtPrice"})
    public record PriceInfo(
            @Schema(description = "What a buyer pays: after the discount")
            Amount actualPrice,

            @Schema(description = "The price before discount; absent when not discounted")
            Amount compareAtPrice) {}

    /** A variant's weight. */
    @Schema(name = "V3VariantPhysicalProperties")
    public record VariantPhysicalProperties(BigDecimal weight) {}

    /** A variant's stock. */
    @Schema(name = "V3InventoryStatus")
    @JsonbPropertyOrder({"inStock", "preorderEnabled"})
    public record InventoryStatus(Boolean inStock, Boolean preorderEnabled) {}
}
