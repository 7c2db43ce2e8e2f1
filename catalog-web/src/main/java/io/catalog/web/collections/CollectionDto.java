package io.catalog.web.collections;

import io.catalog.domain.collection.Collection;
import io.catalog.web.products.dto.ProductDto;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A collection as the Wix Stores Catalog v1 API shows it. */
@Schema(name = "Collection")
@JsonbPropertyOrder({"id", "name", "media", "slug", "description", "visible", "revision"})
public record CollectionDto(
        @Schema(
                description = "Collection id; the All Products collection's is 00000000-000000-000000-000000000001",
                readOnly = true,
                example = "81093e7d-a251-4a22-a238-df3aa816f3dc")
        String id,

        @Schema(description = "Collection name", required = true, maxLength = 80, example = "My New Collection")
        String name,

        @Schema(readOnly = true) ProductDto.MediaDto media,

        @Schema(
                description = "Friendly URL name, unique in the store; made from the name unless given",
                example = "my-new-collection")
        String slug,

        @Schema(
                description =
                        "Description: rich text, sanitized to an allowed subset of HTML (p, div, br, h1-h6, blockquote, ul, ol, li, b, strong, i, em, u, s, strike, del, ins, sub, sup, small, code, span, a with an http, https or mailto href, and a style attribute with color, background-color, font-size, font-style, font-weight, text-align, text-decoration); at most 8000 characters (code points) once sanitized",
                maxLength = 8000)
        String description,

        @Schema(description = "Whether customers see the collection", example = "true")
        Boolean visible,

        @Schema(description = "Revision, increased by every change", readOnly = true, example = "1")
        String revision) {

    /** {@code {"collection": {...}}}: the envelope of collection requests and answers. */
    @Schema(name = "CollectionEnvelope")
    public record Envelope(CollectionDto collection) {}

    public static CollectionDto of(Collection collection) {
        return new CollectionDto(
                collection.id().value(),
                collection.name().value(),
                ProductDto.MediaDto.of(List.of()),
                collection.slug().value(),
                collection.description().value(),
                collection.visible(),
                Long.toString(collection.revision()));
    }
}
