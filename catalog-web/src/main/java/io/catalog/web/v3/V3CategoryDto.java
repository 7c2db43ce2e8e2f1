package io.catalog.web.v3;

import io.catalog.domain.application.CategoryView;
import io.catalog.domain.collection.CategoryImage;
import io.catalog.domain.collection.Collection;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category as the Wix Categories API shows it; the same stored thing v1 calls a collection. */
@Schema(name = "V3Category", description = "A category: a node of the store's category tree (a v1 collection)")
@JsonbPropertyOrder({
    "id",
    "revision",
    "createdDate",
    "updatedDate",
    "name",
    "slug",
    "description",
    "image",
    "visible",
    "itemCounter",
    "parentCategory",
    "breadcrumbsInfo",
    "treeReference"
})
public record V3CategoryDto(
        @Schema(description = "Category ID (the v1 collection id)", example = "81093e7d-a251-4a22-a238-df3aa816f3dc")
        String id,

        @Schema(description = "Revision, incremented by each change; required by Update Category", example = "1")
        String revision,

        @Schema(readOnly = true, example = "2026-11-22T10:15:30.123Z")
        String createdDate,

        @Schema(readOnly = true, example = "2026-11-22T10:15:30.123Z")
        String updatedDate,

        @Schema(description = "Category name, 1 to 80 characters", maxLength = 80, example = "T-Shirts")
        String name,

        @Schema(description = "Unique in the store; made from the name unless given", example = "t-shirts")
        String slug,

        @Schema(description = "Description (sanitized rich text, as a v1 collection's)", maxLength = 8000)
        String description,

        Image image,

        @Schema(description = "Whether storefronts see the category; default true", example = "true")
        Boolean visible,

        @Schema(description = "Visible products directly in the category", readOnly = true, example = "12")
        Long itemCounter,

        ParentCategory parentCategory,
        BreadcrumbsInfo breadcrumbsInfo,
        TreeReference treeReference) {

    /** {@code {"category": {...}}}. */
    @Schema(name = "V3CategoryEnvelope")
    public record Envelope(V3CategoryDto category) {}

    /** The category's image. */
    @Schema(name = "V3CategoryImage")
    public record Image(
            @Schema(description = "An absolute http or https URL", example = "https://static.example.com/tees.jpg")
            String url) {}

    /** The parent category; absent for a top-level category. */
    @Schema(name = "V3ParentCategory")
    public record ParentCategory(
            @Schema(description = "Parent category ID; null or absent for a top-level category")
            String id) {}

    /** The path from the top-level ancestor down to the parent; empty for a top-level category. */
    @Schema(name = "V3BreadcrumbsInfo")
    public record BreadcrumbsInfo(List<Breadcrumb> breadcrumbs) {}

    /** One ancestor. */
    @Schema(name = "V3Breadcrumb")
    @JsonbPropertyOrder({"categoryId", "categoryName", "categorySlug"})
    public record Breadcrumb(String categoryId, String categoryName, String categorySlug) {
        static Breadcrumb of(Collection c) {
            return new Breadcrumb(c.id().value(), c.name().value(), c.slug().value());
        }
    }

    /** The tree the category belongs to: the store's one tree. */
    @Schema(name = "V3TreeReference")
    public record TreeReference(
            @Schema(example = "@wix/stores") String appNamespace,

            @Schema(description = "Always null: a store has one tree")
            String treeKey) {
        static final TreeReference STORES = new TreeReference(V3CategoryRequests.APP_NAMESPACE, null);
    }

    static V3CategoryDto of(CategoryView view) {
        Collection c = view.category();
        return new V3CategoryDto(
                c.id().value(),
                Long.toString(c.revision()),
                c.created().toString(),
                c.lastUpdated().toString(),
                c.name().value(),
                c.slug().value(),
                c.description().value(),
                c.image().map(CategoryImage::url).map(Image::new).orElse(null),
                c.visible(),
                view.visibleProducts(),
                c.parent().map(p -> new ParentCategory(p.value())).orElse(null),
                new BreadcrumbsInfo(
                        view.ancestors().stream().map(Breadcrumb::of).toList()),
                TreeReference.STORES);
    }
}
