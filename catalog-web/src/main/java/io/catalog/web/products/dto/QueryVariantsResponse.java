package io.catalog.web.products.dto;

import io.catalog.domain.product.VariantQuery;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of Query Variants: one page of variants, where it starts, and how many the query selects in all. */
@Schema(name = "QueryVariantsResponse")
@JsonbPropertyOrder({"variants", "metadata", "totalResults"})
public record QueryVariantsResponse(
        @Schema(description = "The variants of this page") List<VariantDto> variants,
        MetadataDto metadata,

        @Schema(description = "Number of variants the query selects, over all pages", example = "1")
        Long totalResults) {

    /** The paging the page was asked with, as product and collection queries answer it. */
    @Schema(name = "VariantsPagingMetadata")
    @JsonbPropertyOrder({"items", "offset"})
    public record MetadataDto(
            @Schema(
                    description = "The page size asked for (paging.limit, 100 by default), as product and collection"
                            + " queries answer it; the variants of the page may be fewer",
                    example = "100")
            Integer items,

            @Schema(description = "Offset of the page's first item", example = "0")
            Long offset) {}

    /** The answer of {@code query}, whose page is {@code page}. */
    public static QueryVariantsResponse of(VariantQuery query, VariantQuery.Page page) {
        List<VariantDto> variants = page.variants().stream().map(VariantDto::of).toList();
        return new QueryVariantsResponse(variants, new MetadataDto(query.limit(), page.offset()), page.totalResults());
    }
}
