package io.catalog.web.products.dto;

import io.catalog.domain.money.Discount;
import io.catalog.domain.shared.Decimals;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Discount taken off the product's price: an amount, or a percentage from 0 to 100. */
@Schema(name = "Discount")
@JsonbPropertyOrder({"type", "value"})
public record DiscountDto(
        @Schema(
                enumeration = {"NONE", "AMOUNT", "PERCENT"},
                example = "AMOUNT")
        String type,

        @Schema(example = "1") BigDecimal value) {

    public static DiscountDto of(Discount discount) {
        return new DiscountDto(discount.type().name(), Decimals.normalize(discount.value()));
    }
}
