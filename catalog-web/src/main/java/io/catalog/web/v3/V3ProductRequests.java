package io.catalog.web.v3;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductDetailsChange;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.product.Weight;
import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.product.subscription.SubscriptionsChange;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * value. The variants ({@link V3VariantRequests}) are one without options; with options, every combination of the
 * choices once; alike, their values are the product's own, differing, they become managed variants. Fields the
 * catalog does not keep are refused with
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
            "variantsInfo",
            "media",
            "infoSections",
            "modifiers",
            "variantsInfo",
            V3SubscriptionRequests.FIELD);

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
            "mainCategoryId",
            "breadcrumbsInfo",
            "purchaseEligibility");

    /**
     * Field mask paths below the variants: each writes the variants sent as {@code variantsInfo} does, and removes its
     * value from every variant that does not send it.
     */
    static final Map<String, String> VARIANT_PATHS = Map.of(
            "variantsInfo.variants.sku", VariantWrite.SKU,
            "variantsInfo.variants.barcode", VariantWrite.BARCODE,
            "variantsInfo.variants.revenueDetails", VariantWrite.COST,
            "variantsInfo.variants.revenueDetails.cost", VariantWrite.COST,
            "variantsInfo.variants.price.compareAtPrice", VariantWrite.COMPARE_AT_PRICE);

    private static final String TEXT_CHOICES = "TEXT_CHOICES";
    private static final String SWATCH_CHOICES = "SWATCH_CHOICES";

    private V3ProductRequests() {}

    /**
     * The writable fields as read, each {@code null} when not sent.
     *
     * @param sent        the writable fields sent with a value
     * @param description the description as HTML, from {@code description} or {@code plainDescription}
     * @param variants    the variants sent, when any were ({@link V3VariantRequests})
     * @param details     the media, info sections and variants' details sent ({@link V3DetailsRequests})
     * @param modifiers   the modifiers sent ({@link V3ModifierRequests}), replacing the product's
     */
    record Fields(
            Set<String> sent,
            String name,
            String slug,
            Boolean visible,
            ProductType productType,
            String description,
            List<OptionSpec> options,
            List<VariantWrite> variants,
            V3MerchandisingRequests.Sent merchandising,
            ProductDetailsChange details,
            List<ModifierSpec> modifiers,
            SubscriptionsChange subscriptions) {}

    /** An update: the fields to change (see {@link #read(JsonInput, boolean)}) and the revision it was read at. */
    record Update(Fields fields, long revision) {}

    /** A product to create, as an item of a bulk creation sends it (a value sent as {@code null} is not sent). */
    static Fields readProduct(JsonInput product) {
        return unmasked(read(product, true));
    }

    /** The product of a create request. */
    static Fields readCreate(JsonInput body) {
        V3Fields.refuseOthers(body, Set.of(PRODUCT, V3Projection.FIELDS), Set.of());
        return unmasked(read(body.requiredObject(PRODUCT), true));
    }

    /**
     * The product and field mask of an update request: {@code product.revision} is required; with
     * {@code fieldMask.paths}, only those fields change (a masked field not sent is cleared where the catalog can:
     * {@code plainDescription}/{@code description} to empty, {@code options} to none; else 400 {@code REQUIRED}),
     * without it, the fields sent. A masked {@code modifiers} not sent removes the modifiers.
     */
    static Update readUpdate(JsonInput body) {
        JsonInput product = body.requiredObject(PRODUCT);
        Long revision = product.longValue("revision");
        if (revision == null) {
            throw new ValidationException(product.path("revision"), ErrorCodes.REQUIRED, "is required");
        }
        V3Fields.refuseOthers(body, Set.of(PRODUCT, "fieldMask", V3Projection.FIELDS), Set.of());
        Fields fields = read(product, false);
        JsonInput mask = body.object("fieldMask");
        List<String> paths = mask == null ? null : mask.strings("paths");
        if (mask != null) {
            V3Fields.refuseOthers(mask, Set.of("paths"), Set.of());
        }
        return new Update(paths == null ? unmasked(fields) : masked(fields, paths, mask, product), revision);
    }

    /**
     * A new product and the slug it asks for. The product's own price, SKU and weight are the first variant's; the
     * variants are then written whole ({@link io.catalog.domain.product.VariantWrites}: alike, they stay unmanaged;
     * differing, they become managed variants with their own values).
     */
    static CreateProduct create(Fields f) {
        VariantWrite first = f.variants() == null ? null : f.variants().get(0);
        NewProduct product = new NewProduct(
                new ProductName(f.name()),
                f.productType(),
                ifSent(f.description(), Description::of),
                first == null ? null : ifSent(first.sku(), Sku::new),
                first == null ? null : ifSent(first.weight(), Weight::new),
                f.visible(),
                first == null ? null : first.price(),
                null,
                null,
                false,
                f.options(),
                null,
                f.merchandising().change(),
                ifSent(f.modifiers(), ModifierChange::all));
        return new CreateProduct(
                product,
                Optional.ofNullable(f.slug()).map(Slug::parse),
                f.variants() == null ? List.of() : f.variants(),
                f.details(),
                f.subscriptions());
    }

    /**
     * The changes of an update. The variants sent are written whole after the other fields
     * ({@link io.catalog.domain.product.VariantWrites}): a price sent ({@code actualPrice}, what a buyer pays, under
     * its {@code compareAtPrice}) replaces any discount v1 set, so that the buyer pays it. Options removed also end
     * variant management (the product then has its one default variant).
     */
    static UpdateProduct update(Fields f) {
        boolean optionsRemoved = f.options() != null && f.options().isEmpty();
        ProductPatch patch = new ProductPatch(
                ifSent(f.name(), ProductName::new),
                f.productType(),
                ifSent(f.description(), Description::of),
                null,
                null,
                f.visible(),
                null,
                null,
                null,
                optionsRemoved ? Boolean.FALSE : null,
                f.options(),
                null,
                ifSent(f.slug(), Slug::parse),
                f.merchandising().change(),
                ifSent(f.modifiers(), ModifierChange::all));
        return new UpdateProduct(
                patch, null, f.variants() == null ? List.of() : f.variants(), f.details(), f.subscriptions());
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
                V3VariantRequests.read(p, create && options == null ? List.of() : options),
                V3MerchandisingRequests.read(p),
                V3DetailsRequests.read(p),
                V3ModifierRequests.read(p),
                V3SubscriptionRequests.read(p));
    }

    /** The fields of a write without a field mask: a variant value sent as {@code null} is not sent. */
    private static Fields unmasked(Fields f) {
        if (f.variants() == null
                || f.variants().stream().allMatch(v -> v.cleared().isEmpty())) {
            return f;
        }
        List<VariantWrite> variants = f.variants().stream()
                .map(v -> new VariantWrite(
                        v.choices(),
                        v.price(),
                        v.sku(),
                        v.weight(),
                        v.visible(),
                        v.compareAtPrice(),
                        v.cost(),
                        v.barcode()))
                .toList();
        return new Fields(
                f.sent(),
                f.name(),
                f.slug(),
                f.visible(),
                f.productType(),
                f.description(),
                f.options(),
                variants,
                f.merchandising(),
                f.details(),
                f.modifiers(),
                f.subscriptions());
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
    static String description(JsonInput p) {
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

    /** Only the masked fields; a masked field not sent is cleared where the catalog can, else required. */
    private static Fields masked(Fields f, List<String> paths, JsonInput mask, JsonInput product) {
        Set<String> fields = new HashSet<>();
        Set<String> variantValues = new HashSet<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i).strip();
            if (VARIANT_PATHS.containsKey(path)) {
                variantValues.add(VARIANT_PATHS.get(path));
                path = "variantsInfo";
            }
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
        List<ModifierSpec> modifiers =
                fields.contains("modifiers") ? (f.modifiers() == null ? List.of() : f.modifiers()) : null;
        for (String field : List.of("name", "slug", "visible", "productType", "variantsInfo")) {
            if (fields.contains(field) && !f.sent().contains(field)) {
                throw new ValidationException(
                        product.path(field), ErrorCodes.REQUIRED, "is in fieldMask.paths, so it is required");
            }
        }
        Set<String> sent = new LinkedHashSet<>(f.sent());
        sent.retainAll(fields);
        List<VariantWrite> variants = null;
        if (fields.contains("variantsInfo") && f.variants() != null) {
            variants = f.variants().stream().map(v -> v.clearing(variantValues)).toList();
        }
        SubscriptionsChange subscriptions = null;
        if (fields.contains(V3SubscriptionRequests.FIELD)) {
            subscriptions = f.subscriptions() == null ? SubscriptionsChange.REMOVE : f.subscriptions();
        }
        return new Fields(
                sent,
                fields.contains("name") ? f.name() : null,
                fields.contains("slug") ? f.slug() : null,
                fields.contains("visible") ? f.visible() : null,
                fields.contains("productType") ? f.productType() : null,
                html,
                options,
                variants,
                V3MerchandisingRequests.masked(f.merchandising(), fields, product),
                V3DetailsRequests.masked(f.details(), fields),
                modifiers,
                subscriptions);
    }

    /** {@code null} when {@code value} was not sent, {@code convert(value)} otherwise. */
    private static <S, T> T ifSent(S value, Function<S, T> convert) {
        return value == null ? null : convert.apply(value);
    }
}
