package io.catalog.web.v3;

import io.catalog.domain.product.DigitalFile;
import io.catalog.domain.product.InfoSection;
import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.MediaType;
import io.catalog.domain.product.ProductDetails;
import io.catalog.domain.product.SaleStatus;
import io.catalog.domain.store.StoreId;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of a {@link V3ProductDto} that a product's details make ({@link ProductDetails}): info sections, a
 * variant's digital properties, a media item's thumbnail, and the purchase eligibility derived from the variants
 * ({@link SaleStatus}).
 */
final class V3DetailsDto {

    private V3DetailsDto() {}

    /** An info section of the product. */
    @Schema(name = "V3InfoSection")
    @JsonbPropertyOrder({"id", "uniqueName", "title", "description", "plainDescription"})
    public record InfoSectionDto(
            @Schema(description = "Derived from the store and the unique name: the same in every product")
            String id,

            @Schema(example = "shipping", maxLength = 100) String uniqueName,
            @Schema(example = "Shipping", maxLength = 100) String title,

            @Schema(description = "The description as a rich-content document derived from plainDescription")
            V3ProductDto.RichContent description,

            @Schema(description = "The description in HTML, as stored", example = "<p>Ships in 2 days</p>")
            String plainDescription) {}

    /** A media item's thumbnail: for an image, the image itself (media are kept by reference, not resized). */
    @Schema(name = "V3Thumbnail")
    @JsonbPropertyOrder({"url", "altText"})
    public record Thumbnail(String url, String altText) {}

    /** A digital variant's file. */
    @Schema(name = "V3VariantDigitalProperties")
    public record DigitalProperties(DigitalFileDto digitalFile) {}

    /** A secured file buyers download. */
    @Schema(name = "V3SecuredMedia")
    @JsonbPropertyOrder({"id", "fileName", "fileType", "fileSize"})
    public record DigitalFileDto(
            @Schema(example = "f0c1d2e3.pdf") String id,
            @Schema(example = "guide.pdf", maxLength = 255) String fileName,

            @Schema(
                    enumeration = {
                        "UNSPECIFIED",
                        "SECURE_PICTURE",
                        "SECURE_VIDEO",
                        "SECURE_DOCUMENT",
                        "SECURE_MUSIC",
                        "SECURE_ARCHIVE"
                    })
            String fileType,

            @Schema(description = "In bytes, as a string (int64); absent when not known", example = "204800")
            String fileSize) {}

    /** Whether the product can be bought or preordered now, derived from its visible variants. */
    @Schema(name = "V3PurchaseEligibility")
    @JsonbPropertyOrder({"eligibleForPurchase", "eligibleForPreorder"})
    public record PurchaseEligibility(
            @Schema(
                    description = "The product is visible and a visible variant is in stock, or out of stock with"
                            + " preorder enabled")
            Boolean eligibleForPurchase,

            @Schema(description = "The product is visible and a visible variant is out of stock with preorder enabled")
            Boolean eligibleForPreorder) {}

    static List<InfoSectionDto> infoSections(ProductDetails details, StoreId store) {
        return details.infoSections().stream().map(s -> section(s, store)).toList();
    }

    private static InfoSectionDto section(InfoSection s, StoreId store) {
        return new InfoSectionDto(
                s.id(store),
                s.uniqueName(),
                s.title(),
                RicosDocument.of(s.description().value()),
                s.description().value());
    }

    static V3ProductDto.MediaItem mediaItem(MediaItem item) {
        String alt = item.altText().isEmpty() ? null : item.altText();
        return new V3ProductDto.MediaItem(
                item.id(),
                item.url(),
                item.type().name(),
                item.title().isEmpty() ? null : item.title(),
                alt,
                item.type() == MediaType.IMAGE ? new Thumbnail(item.url(), alt) : null,
                item.uploadId());
    }

    static DigitalProperties digitalProperties(DigitalFile file) {
        return new DigitalProperties(new DigitalFileDto(
                file.id(),
                file.fileName(),
                file.fileType().name(),
                file.fileSize() == null ? null : Long.toString(file.fileSize())));
    }

    static PurchaseEligibility purchaseEligibility(SaleStatus status) {
        return new PurchaseEligibility(status.eligibleForPurchase(), status.eligibleForPreorder());
    }
}
