package io.catalog.web.products.dto;

import io.catalog.domain.product.MediaItem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A product as the Wix Stores Catalog v1 API shows it. Fields marked read-only are computed by the catalog and
 * ignored when sent.
 */
@Schema(name = "Product")
@JsonbPropertyOrder({
    "id",
    "name",
    "slug",
    "visible",
    "productType",
    "description",
    "sku",
    "weight",
    "stock",
    "warningLimit",
    "inventoryDelta",
    "price",
    "priceData",
    "additionalInfoSections",
    "ribbons",
    "media",
    "customTextFields",
    "manageVariants",
    "productOptions",
    "productPageUrl",
    "numericId",
    "inventoryItemId",
    "discount",
    "collectionIds",
    "variants",
    "lastUpdated",
    "createdDate",
    "revision"
})
public record ProductDto(
        @Schema(description = "Product id", readOnly = true, example = "e28e4ddd-6ed0-4098-a5e5-cf4bd9c4f7b5")
        String id,

        @Schema(description = "Product name", required = true, maxLength = 80, example = "T-shirt")
        String name,

        @Schema(
                description = "Permanent, friendly URL name, unique in the store; made from the name unless given",
                maxLength = 100,
                example = "t-shirt")
        String slug,

        @Schema(description = "Whether customers see the product", example = "true")
        Boolean visible,

        @Schema(
                enumeration = {"unspecified_product_type", "physical", "digital"},
                example = "physical")
        String productType,

        @Schema(
                description =
                        "Description: rich text, sanitized to an allowed subset of HTML (p, div, br, h1-h6, blockquote, ul, ol, li, b, strong, i, em, u, s, strike, del, ins, sub, sup, small, code, span, a with an http, https or mailto href, and a style attribute with color, background-color, font-size, font-style, font-weight, text-align, text-decoration); at most 8000 characters (code points) once sanitized",
                maxLength = 8000,
                example = "nice summer t-shirt")
        String description,

        @Schema(description = "Stock keeping unit; absent when variants are managed", maxLength = 40, example = "123df")
        String sku,

        @Schema(description = "Weight; absent when variants are managed", example = "0.2")
        BigDecimal weight,

        StockDto stock,

        @Schema(
                description =
                        "Ecwid's warningLimit: when a tracked quantity (the product's or a variant's) falls to or "
                                + "below it, an InventoryLowStock event is raised, once until it rises above again. A positive "
                                + "integer; absent when none is set; send null to remove it",
                minimum = "1",
                maximum = "99999999",
                example = "5")
        Integer warningLimit,

        @Schema(
                description = "Ecwid's inventoryDelta, in a PATCH only: added to the tracked quantity (negative: taken "
                        + "away) atomically under the product's row lock, as an increment or decrement; refused "
                        + "(409 INSUFFICIENT_STOCK) when it would take the quantity below zero and the store does not allow "
                        + "backorders; not together with stock.quantity",
                writeOnly = true,
                example = "-2")
        Integer inventoryDelta,

        @Schema(description = "Deprecated: the same as priceData")
        PriceDataDto price,

        PriceDataDto priceData,

        @Schema(
                description = "Sections of text shown with the product (shipping details, refund policy...), in"
                        + " order; a write sends the whole list (Catalog V3's infoSections)")
        List<InfoSectionDto> additionalInfoSections,

        @Schema(
                readOnly = true,
                description = "The product's ribbons (main first), set through Catalog V3 (ribbon,"
                        + " additionalRibbons); read-only here")
        List<RibbonDto> ribbons,

        @Schema(readOnly = true) MediaDto media,

        @Schema(
                description = "Text boxes for the buyer's message to the order: the product's free-text modifiers"
                        + " (Catalog V3's FREE_TEXT modifiers), at most 6 modifiers in all. Sent, they replace the"
                        + " free-text modifiers and keep the others (choice modifiers, set through Catalog V3); a"
                        + " field of a title the product has keeps its id and the settings v1 has no field for")
        List<CustomTextFieldDto> customTextFields,

        @Schema(description = "Whether each variant has its own price, SKU and weight")
        Boolean manageVariants,

        List<OptionDto> productOptions,
        @Schema(readOnly = true) PageUrlDto productPageUrl,

        @Schema(description = "Ascending numeric id, for crawling", readOnly = true, example = "1")
        String numericId,

        @Schema(readOnly = true) String inventoryItemId,
        DiscountDto discount,

        @Schema(description = "Collections that contain the product", readOnly = true)
        List<String> collectionIds,

        @Schema(description = "The variants, in create and update answers and when asked for")
        List<VariantDto> variants,

        @Schema(readOnly = true, example = "2026-11-22T10:15:30.123Z")
        String lastUpdated,

        @Schema(readOnly = true, example = "2026-11-22T10:15:30.123Z")
        String createdDate,

        @Schema(
                description = "Revision, increased by every change; send it back to update only that revision",
                readOnly = true,
                example = "1")
        String revision) {

    /** Media (added through the media endpoints): the items in order, the first being the main media. */
    @Schema(name = "Media")
    @JsonbPropertyOrder({"mainMedia", "items"})
    public record MediaDto(
            @Schema(description = "The first item; absent when there are none")
            MediaItemDto mainMedia,

            List<MediaItemDto> items) {

        public static MediaDto of(List<MediaItem> media) {
            List<MediaItemDto> items = media.stream().map(MediaItemDto::of).toList();
            return new MediaDto(items.isEmpty() ? null : items.get(0), items);
        }
    }

    /** An info section: its title and its description in HTML (sanitised as the product's description). */
    @Schema(name = "AdditionalInfoSection")
    @JsonbPropertyOrder({"title", "description"})
    public record InfoSectionDto(
            @Schema(example = "Shipping", maxLength = 100) String title,
            @Schema(example = "<p>Ships in 2 days</p>") String description) {}

    /** A ribbon shown on the product. */
    @Schema(name = "Ribbon")
    public record RibbonDto(@Schema(example = "Sale") String text) {}

    /** Where the product's page is on the store's site. */
    @Schema(name = "ProductPageUrl")
    @JsonbPropertyOrder({"base", "path"})
    public record PageUrlDto(
            @Schema(example = "https://www.example.com/") String base,
            @Schema(example = "/product-page/t-shirt") String path) {}
}
