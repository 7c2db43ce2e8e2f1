package io.catalog.web.v3;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.ProductPatch.DiscountChange;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.Weight;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the Catalog V3 product writes ({@code {"product": {...}}}, and for an update its {@code fieldMask}) in two
 * steps, as v1 does: {@link #read} checks the shape of every field and what V3 allows that the catalog cannot keep
 * (errors naming the request's paths, {@code product.options[0]...}), then {@link #create} or {@link #update} builds
 * the domain's values, whose own rules may refuse them (errors named by {@link V3Fields#PRODUCT}).
 *
 * <p>The mapping mirrors the read ({@link V3Products}): a {@code TEXT_CHOICES} choice's name is its value; a
 * {@code SWATCH_CHOICES} option is a colour option whose choice's name is its description and {@code colorCode} its
 * value. Variants carry the product's own price, SKU, weight and visibility: one variant without options; with
 * options, every combination of the choices once, all at the same price, SKU and weight and visible (per-variant
 * values need managed variants, which V3 writes do not make: 400). Fields the catalog does not keep are refused with
 * {@code UNSUPPORTED_FIELD}; the output-only fields of the V3 product ({@link #OUTPUT_ONLY}) are ignored.
 */
final class V3ProductRequests {

    static final String PRODUCT = "product";

    /** The product's fields the catalog writes, with its merchandising ({@link V3MerchandisingRequests}). */
    static final Set<String> WRITABLE = V3MerchandisingRequests.plusFields(
            "name",
            "slug",
            "visible",
            "productType",
            "plainDescription",
            "description",
            "physicalProperties",
            "options",
            "variantsInfo");

    /** Output-only fields of the V3 product (computed or set by the catalog): ignored when sent. */
    static final Set<String> OUTPUT_ONLY = Set.of(
            "id",
            "revision",
            "createdDate",
            "updatedDate",
            "url",
            "currency",
            "actualPriceRange",
            "compareAtPriceRange",
            "costRange",
            "inventory",
            "variantSummary",
            "directCategoriesInfo",
            "allCategoriesInfo",
            "breadcrumbsInfo");

    private static final String TEXT_CHOICES = "TEXT_CHOICES";
    private static final String SWATCH_CHOICES = "SWATCH_CHOICES";

    private V3ProductRequests() {}

    /** A variant's values, which are the product's: each {@code null} when not sent. */
    record ProductLevel(BigDecimal price, String sku, BigDecimal weight, Boolean visible) {}

    /**
     * The writable fields as read, each {@code null} when not sent.
     *
     * @param sent        the writable fields sent with a value
     * @param description the description as HTML, from {@code description} or {@code plainDescription}
     * @param variant     the values of the variants sent, when any were
     */
    record Fields(
            Set<String> sent,
            String name,
            String slug,
            Boolean visible,
            ProductType productType,
            String description,
            List<OptionSpec> options,
            ProductLevel variant,
            V3MerchandisingRequests.Sent merchandising) {}

    /** An update: the fields to change (see {@link #read(JsonInput, boolean)}) and the revision it was read at. */
    record Update(Fields fields, long revision) {}

    /** The product of a create request. */
    static Fields readCreate(JsonInput body) {
        V3Fields.refuseOthers(body, Set.of(PRODUCT), Set.of());
        return read(body.requiredObject(PRODUCT), true);
    }

    /**
     * The product and field mask of an update request: {@code product.revision} is required; with
     * {@code fieldMask.paths}, only those fields change (a masked field not sent is cleared where the catalog can:
     * {@code plainDescription}/{@code description} to empty, {@code options} to none; else 400 {@code REQUIRED}),
     * without it, the fields sent.
     */
    static Update readUpdate(JsonInput body) {
        JsonInput product = body.requiredObject(PRODUCT);
        Long revision = product.longValue("revision");
        if (revision == null) {
            throw new ValidationException(product.path("revision"), ErrorCodes.REQUIRED, "is required");
        }
        V3Fields.refuseOthers(body, Set.of(PRODUCT, "fieldMask"), Set.of());
        Fields fields = read(product, false);
        JsonInput mask = body.object("fieldMask");
        List<String> paths = mask == null ? null : mask.strings("paths");
        if (mask != null) {
            V3Fields.refuseOthers(mask, Set.of("paths"), Set.of());
        }
        return new Update(paths == null ? fields : masked(fields, paths, mask, product), revision);
    }

    /** A new product and the slug it asks for. */
    static CreateProduct create(Fields f) {
        ProductLevel v = f.variant() == null ? new ProductLevel(null, null, null, null) : f.variant();
        NewProduct product = new NewProduct(
                new ProductName(f.name()),
                f.productType(),
                ifSent(f.description(), Description::of),
                ifSent(v.sku(), Sku::new),
                ifSent(v.weight(), Weight::new),
                f.visible() != null ? f.visible() : v.visible(),
                v.price(),
                null,
                null,
                false,
                f.options(),
                null,
                f.merchandising().change());
        return new CreateProduct(product, Optional.ofNullable(f.slug()).map(Slug::parse));
    }

    /**
     * The changes of an update. A price sent ({@code actualPrice}, what a buyer pays) becomes the product's price
     * and removes any discount v1 set, so that the buyer pays it.
     */
    static UpdateProduct update(Fields f) {
        ProductLevel v = f.variant() == null ? new ProductLevel(null, null, null, null) : f.variant();
        ProductPatch patch = new ProductPatch(
                ifSent(f.name(), ProductName::new),
                f.productType(),
                ifSent(f.description(), Description::of),
                ifSent(v.sku(), Sku::new),
                ifSent(v.weight(), Weight::new),
                f.visible() != null ? f.visible() : v.visible(),
                v.price(),
                v.price() == null ? null : new DiscountChange(DiscountType.NONE, BigDecimal.ZERO),
                null,
                null,
                f.options(),
                null,
                ifSent(f.slug(), Slug::parse),
                f.merchandising().change());
        return new UpdateProduct(patch);
    }

    /**
     * The fields of a {@code product} object. The variants' choices are checked against the options sent, which on a
     * create are all the product has (none when not sent); on an update without options, against nothing.
     */
    static Fields read(JsonInput p, boolean create) {
        V3Fields.refuseOthers(p, WRITABLE, OUTPUT_ONLY);
        Set<String> sent = new LinkedHashSet<>();
        for (String field : p.fieldNames()) {
            if (WRITABLE.contains(field) && p.has(field)) {
                sent.add(field);
            }
        }
        List<OptionSpec> options = p.objects("options", V3ProductRequests::option);
        if (options != null) {
            requireUniqueSwatchColours(p, options);
        }
        JsonInput physical = p.object("physicalProperties");
        if (physical != null) {
            V3Fields.refuseOthers(physical, Set.of(), Set.of("shippingWeightRange"));
        }
        return new Fields(
                sent,
                p.string("name"),
                p.string("slug"),
                p.bool("visible"),
                productType(p),
                description(p),
                options,
                variants(p, create && options == null ? List.of() : options),
                V3MerchandisingRequests.read(p));
    }

    private static ProductType productType(JsonInput p) {
        String type = p.string("productType");
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "PHYSICAL" -> ProductType.PHYSICAL;
            case "DIGITAL" -> ProductType.DIGITAL;
            default ->
                throw new ValidationException(
                        p.path("productType"), ErrorCodes.UNKNOWN_ENUM_VALUE, "must be PHYSICAL or DIGITAL");
        };
    }

    /**
     * The description as HTML: {@code description} (a document {@link RicosDocument#html} can read) wins over
     * {@code plainDescription}, as in V3, except when it is the very document {@code plainDescription} reads as (a
     * product read and sent back): then the HTML is kept as it is, with its formatting.
     */
    private static String description(JsonInput p) {
        String plain = p.string("plainDescription");
        JsonInput document = p.object("description");
        if (document == null) {
            return plain;
        }
        String html = RicosDocument.html(document);
        if (plain != null && RicosDocument.of(plain).equals(RicosDocument.of(html))) {
            return plain;
        }
        return html;
    }

    private static OptionSpec option(JsonInput option) {
        V3Fields.refuseOthers(option, Set.of("name", "optionRenderType", "choicesSettings"), Set.of("key"));
        String renderType = option.string("optionRenderType");
        boolean swatch;
        if (renderType == null || TEXT_CHOICES.equals(renderType)) {
            swatch = false;
        } else if (SWATCH_CHOICES.equals(renderType)) {
            swatch = true;
        } else {
            throw new ValidationException(
                    option.path("optionRenderType"),
                    ErrorCodes.UNKNOWN_ENUM_VALUE,
                    "must be TEXT_CHOICES or SWATCH_CHOICES");
        }
        JsonInput settings = option.object("choicesSettings");
        List<ChoiceSpec> choices = null;
        if (settings != null) {
            V3Fields.refuseOthers(settings, Set.of("choices"), Set.of());
            choices = settings.objects("choices", choice -> choice(choice, swatch));
        }
        return new OptionSpec(option.string("name"), swatch ? OptionType.COLOR : OptionType.DROP_DOWN, choices);
    }

    /** A text choice: its name is its value; a swatch: its name is its description, its colour its value. */
    private static ChoiceSpec choice(JsonInput choice, boolean swatch) {
        V3Fields.refuseOthers(choice, Set.of("name", "colorCode", "choiceType"), Set.of("inStock"));
        String choiceType = choice.string("choiceType");
        String expectedType = swatch ? "ONE_COLOR" : "CHOICE_TEXT";
        if (choiceType != null && !choiceType.equals(expectedType)) {
            throw new ValidationException(
                    choice.path("choiceType"),
                    ErrorCodes.NOT_ALLOWED,
                    "must be " + expectedType + " in a " + (swatch ? SWATCH_CHOICES : TEXT_CHOICES) + " option");
        }
        String name = choice.string("name");
        String colorCode = choice.string("colorCode");
        if (!swatch) {
            if (colorCode != null) {
                throw new ValidationException(
                        choice.path("colorCode"), ErrorCodes.NOT_ALLOWED, "is for SWATCH_CHOICES options only");
            }
            return new ChoiceSpec(name, null);
        }
        if (name == null || name.isBlank()) {
            throw new ValidationException(choice.path("name"), ErrorCodes.REQUIRED, "is required");
        }
        if (colorCode == null || colorCode.isBlank()) {
            throw new ValidationException(
                    choice.path("colorCode"), ErrorCodes.REQUIRED, "is required in a SWATCH_CHOICES option");
        }
        return new ChoiceSpec(colorCode, name);
    }

    /** A swatch's colour is its value, which must be unique in the option: named here, on {@code colorCode}. */
    private static void requireUniqueSwatchColours(JsonInput p, List<OptionSpec> options) {
        for (int i = 0; i < options.size(); i++) {
            OptionSpec option = options.get(i);
            if (option.type() != OptionType.COLOR) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < option.choices().size(); j++) {
                String colour = option.choices().get(j).value().strip().toLowerCase(Locale.ROOT);
                if (!seen.add(colour)) {
                    throw new ValidationException(
                            p.path("options[" + i + "].choicesSettings.choices[" + j + "].colorCode"),
                            ErrorCodes.DUPLICATE_CHOICE_VALUE,
                            "must be unique within the option, ignoring case");
                }
            }
        }
    }

    /** One variant read. */
    private record SentVariant(List<String[]> choices, ProductLevel values) {}

    private static ProductLevel variants(JsonInput p, List<OptionSpec> options) {
        JsonInput info = p.object("variantsInfo");
        if (info == null) {
            return null;
        }
        V3Fields.refuseOthers(info, Set.of("variants"), Set.of());
        List<SentVariant> variants = info.objects("variants", V3ProductRequests::variant);
        if (variants == null || variants.isEmpty()) {
            return null;
        }
        String listPath = info.path("variants");
        boolean withOptions = options != null && !options.isEmpty();
        if (options != null && !withOptions && variants.size() > 1) {
            throw new ValidationException(
                    listPath, ErrorCodes.NOT_ALLOWED, "must hold one variant: the product has no options");
        }
        if (options != null) {
            requireEveryCombinationOnce(listPath, options, variants);
        }
        ProductLevel first = variants.get(0).values();
        for (int i = 1; i < variants.size(); i++) {
            ProductLevel other = variants.get(i).values();
            String at = listPath + "[" + i + "].";
            requireSame(at + "price.actualPrice.amount", first.price(), other.price());
            requireSame(at + "sku", first.sku(), other.sku());
            requireSame(at + "physicalProperties.weight", first.weight(), other.weight());
        }
        if (withOptions || variants.size() > 1) {
            for (int i = 0; i < variants.size(); i++) {
                if (Boolean.FALSE.equals(variants.get(i).values().visible())) {
                    throw new ValidationException(
                            listPath + "[" + i + "].visible",
                            ErrorCodes.NOT_ALLOWED,
                            "must be true: hiding single variants needs managed variants, which Catalog V3 writes"
                                    + " do not make (use v1's variants)");
                }
            }
            first = new ProductLevel(first.price(), first.sku(), first.weight(), null);
        } else {
            Boolean productVisible = p.bool("visible");
            if (productVisible != null && first.visible() != null && !productVisible.equals(first.visible())) {
                throw new ValidationException(
                        listPath + "[0].visible",
                        ErrorCodes.NOT_ALLOWED,
                        "must equal product.visible: a product without options is as visible as its variant");
            }
        }
        return first;
    }

    private static SentVariant variant(JsonInput v) {
        V3Fields.refuseOthers(v, Set.of("choices", "price", "sku", "visible", "physicalProperties"), Set.of());
        BigDecimal price = null;
        JsonInput priceInfo = v.object("price");
        if (priceInfo != null) {
            V3Fields.refuseOthers(priceInfo, Set.of("actualPrice"), Set.of());
            JsonInput actual = priceInfo.object("actualPrice");
            if (actual != null) {
                V3Fields.refuseOthers(actual, Set.of("amount"), Set.of("formattedAmount"));
                price = actual.decimalOrString("amount");
            }
        }
        BigDecimal weight = null;
        JsonInput physical = v.object("physicalProperties");
        if (physical != null) {
            V3Fields.refuseOthers(physical, Set.of("weight"), Set.of());
            weight = physical.decimal("weight");
        }
        List<String[]> choices = v.objects("choices", c -> {
            V3Fields.refuseOthers(c, Set.of("optionChoiceNames"), Set.of());
            JsonInput names = c.requiredObject("optionChoiceNames");
            V3Fields.refuseOthers(names, Set.of("optionName", "choiceName"), Set.of("renderType"));
            return new String[] {names.path("optionName"), names.string("optionName"), names.string("choiceName")};
        });
        return new SentVariant(
                choices == null ? List.of() : choices,
                new ProductLevel(price, v.string("sku"), weight, v.bool("visible")));
    }

    /**
     * With options, the variants are the combinations of the choices: each once, each naming one choice of every
     * option (by {@code optionChoiceNames}, ignoring case).
     */
    private static void requireEveryCombinationOnce(
            String listPath, List<OptionSpec> options, List<SentVariant> variants) {
        long combinations = 1;
        for (OptionSpec option : options) {
            combinations *= Math.max(1, option.choices().size());
        }
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            List<String[]> choices = variants.get(i).choices();
            String at = listPath + "[" + i + "].choices";
            if (choices.size() != options.size()) {
                throw new ValidationException(
                        at,
                        ErrorCodes.NOT_ALLOWED,
                        "must name one choice of each of the " + options.size() + " options");
            }
            List<String> combination = new ArrayList<>();
            for (OptionSpec option : options) {
                String[] choice = choices.stream()
                        .filter(c -> option.name() != null
                                && c[1] != null
                                && c[1].strip().equalsIgnoreCase(option.name().strip()))
                        .findFirst()
                        .orElseThrow(() -> new ValidationException(
                                at, ErrorCodes.UNKNOWN_OPTION, "names no choice of option " + option.name()));
                String choiceName = choice[2];
                boolean known = choiceName != null
                        && option.choices().stream()
                                .anyMatch(c -> choiceName.strip().equalsIgnoreCase(displayName(option, c)));
                if (!known) {
                    throw new ValidationException(
                            choice[0].replace("optionName", "choiceName"),
                            ErrorCodes.UNKNOWN_CHOICE,
                            "is no choice of option " + option.name());
                }
                combination.add(choiceName.strip().toLowerCase(Locale.ROOT));
            }
            if (!seen.add(combination)) {
                throw new ValidationException(at, ErrorCodes.NOT_ALLOWED, "repeats another variant's choices");
            }
        }
        if (seen.size() != combinations) {
            throw new ValidationException(
                    listPath,
                    ErrorCodes.NOT_ALLOWED,
                    "must list every combination of the choices once (" + combinations + "), or be left out");
        }
    }

    private static String displayName(OptionSpec option, ChoiceSpec choice) {
        String name = option.type() == OptionType.COLOR ? choice.description() : choice.value();
        return name == null ? "" : name.strip();
    }

    private static void requireSame(String path, Object first, Object other) {
        boolean same = first instanceof BigDecimal a && other instanceof BigDecimal b
                ? a.compareTo(b) == 0
                : Objects.equals(first, other);
        if (!same) {
            throw new ValidationException(
                    path,
                    ErrorCodes.NOT_ALLOWED,
                    "must equal the first variant's: per-variant prices, SKUs and weights need managed variants,"
                            + " which Catalog V3 writes do not make (use v1's variants)");
        }
    }

    /** Only the masked fields; a masked field not sent is cleared where the catalog can, else required. */
    private static Fields masked(Fields f, List<String> paths, JsonInput mask, JsonInput product) {
        Set<String> fields = new HashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i).strip();
            String field = "variantsInfo.variants".equals(path) ? "variantsInfo" : path;
            if (!WRITABLE.contains(field)) {
                throw new ValidationException(
                        mask.path("paths[" + i + "]"),
                        OUTPUT_ONLY.contains(field) ? ErrorCodes.NOT_ALLOWED : ErrorCodes.UNSUPPORTED_FIELD,
                        OUTPUT_ONLY.contains(field)
                                ? "names an output-only field"
                                : "names a field the catalog does not keep, or none of the product");
            }
            fields.add(field);
        }
        boolean description = fields.contains("description") || fields.contains("plainDescription");
        String html = description ? (f.description() == null ? "" : f.description()) : null;
        List<OptionSpec> options = fields.contains("options") ? (f.options() == null ? List.of() : f.options()) : null;
        for (String field : List.of("name", "slug", "visible", "productType", "variantsInfo")) {
            if (fields.contains(field) && !f.sent().contains(field)) {
                throw new ValidationException(
                        product.path(field), ErrorCodes.REQUIRED, "is in fieldMask.paths, so it is required");
            }
        }
        Set<String> sent = new LinkedHashSet<>(f.sent());
        sent.retainAll(fields);
        return new Fields(
                sent,
                fields.contains("name") ? f.name() : null,
                fields.contains("slug") ? f.slug() : null,
                fields.contains("visible") ? f.visible() : null,
                fields.contains("productType") ? f.productType() : null,
                html,
                options,
                fields.contains("variantsInfo") ? f.variant() : null,
                V3MerchandisingRequests.masked(f.merchandising(), fields, product));
    }

    /** {@code null} when {@code value} was not sent, {@code convert(value)} otherwise. */
    private static <S, T> T ifSent(S value, Function<S, T> convert) {
        return value == null ? null : convert.apply(value);
    }
}
