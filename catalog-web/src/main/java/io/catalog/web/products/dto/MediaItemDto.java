package io.catalog.web.products.dto;

import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.MediaType;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One media item of a product or a choice: an image ({@code image.url}) or a video ({@code video.files[].url}).
 * Media are kept by reference, so no width, height or thumbnail is given.
 */
@Schema(name = "MediaItem")
@JsonbPropertyOrder({"id", "mediaType", "title", "image", "video"})
public record MediaItemDto(
        @Schema(
                description = "Media id: the mediaId it was added by, or a generated id for an item added by URL",
                example = "9cc22d8b8d5244aba9ed73fb1783fc26.jpg")
        String id,

        @Schema(
                enumeration = {"image", "video"},
                example = "image")
        String mediaType,

        @Schema(example = "") String title,
        @Schema(description = "Present for images") ImageDto image,
        @Schema(description = "Present for videos") VideoDto video) {

    /** An image. */
    @Schema(name = "MediaImage")
    public record ImageDto(
            @Schema(example = "https://static.wixstatic.com/media/9cc22d8b8d5244aba9ed73fb1783fc26.jpg")
            String url) {}

    /** A video and its files. */
    @Schema(name = "MediaVideo")
    public record VideoDto(List<FileDto> files) {}

    /** A video file. */
    @Schema(name = "MediaFile")
    public record FileDto(
            @Schema(example = "https://example.com/video.mp4")
            String url) {}

    public static MediaItemDto of(MediaItem item) {
        boolean video = item.type() == MediaType.VIDEO;
        return new MediaItemDto(
                item.id(),
                item.type().apiName(),
                item.title(),
                video ? null : new ImageDto(item.url()),
                video ? new VideoDto(List.of(new FileDto(item.url()))) : null);
    }
}
