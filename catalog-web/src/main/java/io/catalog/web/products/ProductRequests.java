package io.catalog.web.products;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.money.Discount;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.InfoSectionWrite;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductDetailsChange;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.ProductPatch.DiscountChange;
import io.catalog.domain.product.ProductPatch.StockChange;
import io.catalog.domain.product.ProductPatch.WarningLimitChange;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.Weight;
import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Reads the v1 product request bodies ({@code {"product": {...}}}) in two steps: {@link #fields} checks the shape
 * (types, nesting) of every field, then {@link #create} or {@link #update} reads the fields into the domain's values
 * ({@link NewProduct}, {@link ProductPatch}), whose own rules may refuse them. The v1 spellings of the enumerations
 * ({@code "physical"}, {@code "AMOUNT"}, {@code "drop_down"}) are read here ({@link V1Enums}). The
 * {@code customTextFields} are the product's free-text modifiers: sent, they replace those and keep the choice
 * modifiers Catalog V3 set ({@link ModifierChange#freeTexts}). Errors name the fields as they are in
 * the product object; the caller addresses them inside its envelope.
 */
final class ProductRequests {

    static final String PRODUCT = "product";

    private ProductRequests() {}

    /** The fields of the product in the body's envelope. */
    static Fields fields(JsonInput body) {
        return Fields.read(body.requiredObject(PRODUCT));
    }

    /** A new product and the slug it asks for. */
    static CreateProduct create(Fields f) {
        NewProduct product = new NewProduct(
                new ProductName(f.name),
                ifSent(f.productType, V1Enums::productType),
                ifSent(f.description, Description::of),
                ifSent(f.sku, Sku::new),
                ifSent(f.weight, Weight::new),
                f.visible,
                f.price,
                discount(f).applyTo(Discount.NONE),
                stock(f).applyTo(Stock.IN_STOCK),
                Boolean.TRUE.equals(f.manageVariants),
                ifSent(f.options, ProductRequests::options),
                f.warningLimit);
        return new CreateProduct(
                product.withModifiers(ifSent(f.customTextFields, ModifierChange::freeTexts)),
                Optional.ofNullable(f.slug).map(Slug::parse),
                List.of(),
                details(f),
                null);
    }

    /** The changes sent (absent fields are left as they are), and the {@code inventoryDelta} if sent. */
    static UpdateProduct update(Fields f) {
        List<OptionSpec> options = ifSent(f.options, ProductRequests::options);
        ProductPatch patch = new ProductPatch(
                ifSent(f.name, ProductName::new),
                ifSent(f.productType, V1Enums::productType),
                ifSent(f.description, Description::of),
                ifSent(f.sku, Sku::new),
                ifSent(f.weight, Weight::new),
                f.visible,
                f.price,
                f.discountType == null && f.discountValue == null ? null : discount(f),
                f.trackInventory == null && f.quantity == null && f.inStock == null ? null : stock(f),
                f.manageVariants,
                options,
                f.warningLimitRemoved ? new WarningLimitChange(null) : ifSent(f.warningLimit, WarningLimitChange::new),
                ifSent(f.slug, Slug::parse));
        return new UpdateProduct(
                patch.withModifiers(ifSent(f.customTextFields, ModifierChange::freeTexts)),
                f.inventoryDelta,
                List.of(),
                details(f),
                null);
    }

    /** The revision sent in the body ({@code product.revision}, Catalog V3 style), if any. */
    static OptionalLong revision(JsonInput body) {
        JsonInput product = body.object(PRODUCT);
        Long revision = product == null ? null : product.longValue("revision");
        return revision == null ? OptionalLong.empty() : OptionalLong.of(revision);
    }

    /** The info sections sent ({@code additionalInfoSections}, the whole list, by title), if they were. */
    private static ProductDetailsChange details(Fields f) {
        return f.infoSections == null ? null : new ProductDetailsChange(null, f.infoSections, null);
    }

    private static DiscountChange discount(Fields f) {
        return new DiscountChange(ifSent(f.discountType, V1Enums::discountType), f.discountValue);
    }

    private static StockChange stock(Fields f) {
        return new StockChange(f.trackInventory, f.quantity, f.inStock);
    }

    /** The options sent; an option's errors are reported on {@code productOptions[i]...}. */
    private static List<OptionSpec> options(List<Option> sent) {
        List<OptionSpec> specs = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            Option option = sent.get(i);
            try {
                OptionType type =
                        option.optionType() == null ? OptionType.DROP_DOWN : V1Enums.optionType(option.optionType());
                specs.add(new OptionSpec(option.name(), type, option.choices()));
            } catch (ValidationException e) {
                throw e.nestedIn("productOptions[" + i + "]");
            }
        }
        return specs;
    }

    /** {@code null} when {@code value} was not sent, {@code convert(value)} otherwise. */
    private static <S, T> T ifSent(S value, Function<S, T> convert) {
        return value == null ? null : convert.apply(value);
    }

    /** An option as sent: its type still in the v1 spelling. */
    private record Option(String name, String optionType, List<ChoiceSpec> choices) {}

    /** The writable product fields as sent, each {@code null} when not sent. */
    record Fields(
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
            List<Option> options,
            String slug,
            Integer warningLimit,
            boolean warningLimitRemoved,
            Integer inventoryDelta,
            List<InfoSectionWrite> infoSections,
            List<ModifierSpec> customTextFields) {

        /** A product object itself (not in its envelope), as the items of a bulk creation send it. */
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
                    p.integer("inventoryDelta"),
                    p.objects(
                            "additionalInfoSections",
                            s -> new InfoSectionWrite(null, null, s.string("title"), s.string("description"))),
                    p.objects(
                            "customTextFields",
                            field -> ModifierSpec.freeText(
                                    field.string("title"), field.integer("maxLength"), field.bool("mandatory"))));
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

        private static Option option(JsonInput option) {
            return new Option(
                    option.string("name"),
                    option.string("optionType"),
                    option.objects("choices", c -> new ChoiceSpec(c.string("value"), c.string("description"))));
        }
    }
}
