package io.catalog.web.products;

import io.catalog.domain.application.ChoiceCommand;
import io.catalog.domain.application.CreateProductCommand;
import io.catalog.domain.application.OptionCommand;
import io.catalog.domain.application.UpdateProductCommand;
import io.catalog.web.json.JsonInput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads the product request bodies ({@code {"product": {...}}}) into commands. Only the shape is checked here
 * (types, nesting); every rule on the values belongs to the domain.
 */
final class ProductRequests {

    static final String PRODUCT = "product";

    private ProductRequests() {}

    static CreateProductCommand create(JsonInput body) {
        return createFrom(body.requiredObject(PRODUCT));
    }

    /** A product object itself (not in its envelope), as the items of a bulk creation send it. */
    static CreateProductCommand createFrom(JsonInput product) {
        Fields f = Fields.read(product);
        return new CreateProductCommand(
                f.name,
                f.productType,
                f.description,
                f.sku,
                f.weight,
                f.visible,
                f.price,
                f.discountType,
                f.discountValue,
                f.trackInventory,
                f.quantity,
                f.inStock,
                f.manageVariants,
                f.options,
                f.slug,
                f.warningLimit);
    }

    static UpdateProductCommand update(JsonInput body) {
        Fields f = Fields.read(body.requiredObject(PRODUCT));
        return new UpdateProductCommand(
                f.name,
                f.productType,
                f.description,
                f.sku,
                f.weight,
                f.visible,
                f.price,
                f.discountType,
                f.discountValue,
                f.trackInventory,
                f.quantity,
                f.inStock,
                f.manageVariants,
                f.options,
                f.slug,
                f.warningLimitRemoved ? Optional.empty() : f.warningLimit == null ? null : Optional.of(f.warningLimit),
                f.inventoryDelta);
    }

    /** The revision sent in the body ({@code product.revision}, Catalog V3 style), if any. */
    static OptionalLong revision(JsonInput body) {
        JsonInput product = body.object(PRODUCT);
        Long revision = product == null ? null : product.longValue("revision");
        return revision == null ? OptionalLong.empty() : OptionalLong.of(revision);
    }

    /** The writable product fields, each {@code null} when not sent. */
    private record Fields(
            String name,
            String productType,
            String description,
            String sku,
            BigDecimal weight,
            Boolean visible,
            BigDecimal price,
            String discountType,
            BigDecimal discountValue,
            Boolean trackInventory,
            Integer quantity,
            Boolean inStock,
            Boolean manageVariants,
            List<OptionCommand> options,
            String slug,
            Integer warningLimit,
            boolean warningLimitRemoved,
            Integer inventoryDelta) {

        static Fields read(JsonInput p) {
            JsonInput discount = p.object("discount");
            JsonInput stock = p.object("stock");
            return new Fields(
                    p.string("name"),
                    p.string("productType"),
                    p.string("description"),
                    p.string("sku"),
                    p.decimal("weight"),
                    p.bool("visible"),
                    price(p),
                    discount == null ? null : discount.string("type"),
                    discount == null ? null : discount.decimal("value"),
                    stock == null ? null : stock.bool("trackInventory"),
                    stock == null ? null : stock.integer("quantity"),
                    stock == null ? null : stock.bool("inStock"),
                    p.bool("manageVariants"),
                    p.objects("productOptions", Fields::option),
                    p.string("slug"),
                    p.integer("warningLimit"),
                    p.sentAsNull("warningLimit"),
                    p.integer("inventoryDelta"));
        }

        /** {@code priceData.price}, or the deprecated {@code price.price} the v1 update example still sends. */
        private static BigDecimal price(JsonInput p) {
            JsonInput priceData = p.object("priceData");
            if (priceData != null && priceData.has("price")) {
                return priceData.decimal("price");
            }
            JsonInput price = p.object("price");
            return price == null ? null : price.decimal("price");
        }

        private static OptionCommand option(JsonInput option) {
            return new OptionCommand(
                    option.string("name"),
                    option.string("optionType"),
                    option.objects("choices", c -> new ChoiceCommand(c.string("value"), c.string("description"))));
        }
    }
}
