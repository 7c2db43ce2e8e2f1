package io.catalog.web.products.dto;

import io.catalog.domain.product.Variant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of Update Variants: the variants the call changed, with their new values. */
@Schema(name = "UpdateVariantsResponse")
public record UpdateVariantsResponse(
        @Schema(description = "The variants changed") List<VariantDto> variants) {

    public static UpdateVariantsResponse of(List<Variant> variants) {
        return new UpdateVariantsResponse(variants.stream().map(VariantDto::of).toList());
    }
}
