package io.catalog.web.v3;

import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code product.variantsInfo.variants} of a Catalog V3 write into the domain's {@link VariantWrite}s, which
 * {@link io.catalog.domain.product.VariantWrites} writes onto the product (all alike: the product's own values;
 * differing: managed variants). Checked here, naming the request's paths: the shape of each variant, and, when the
 * options are known (a create, or an update sending {@code options}), that the variants are every combination of the
 * choices once (an update without options is checked by the domain against the product's options).
 */
final class V3VariantRequests {

    private V3VariantRequests() {}

    /**
     * The variants sent, {@code null} when none were. A value a variant sends as {@code null} (its {@code sku},
     * {@code barcode}, {@code revenueDetails.cost}, {@code price.compareAtPrice}) is marked as removed
     * ({@link VariantWrite#cleared()}): only a write whose field mask names the variants removes it ({@link
     * V3ProductRequests}); any other write takes it as not sent.
     *
     * @param options the options the variants must combine, {@code null} when not known here
     */
    static List<VariantWrite> read(JsonInput p, List<OptionSpec> options) {
        JsonInput info = p.object("variantsInfo");
        if (info == null) {
            return null;
        }
        V3Fields.refuseOthers(info, Set.of("variants"), Set.of());
        List<Sent> variants = info.objects("variants", V3VariantRequests::variant);
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
        if (!withOptions && variants.size() == 1 && variants.get(0).choices().isEmpty()) {
            Boolean productVisible = p.bool("visible");
            Boolean variantVisible = variants.get(0).write().visible();
            if (productVisible != null && variantVisible != null && !productVisible.equals(variantVisible)) {
                throw new ValidationException(
                        listPath + "[0].visible",
                        ErrorCodes.NOT_ALLOWED,
                        "must equal product.visible: a product without options is as visible as its variant");
            }
        }
        return variants.stream().map(Sent::write).toList();
    }

    /** One variant read: its choices as sent ({@code [path of optionName, optionName, choiceName]}). */
    private record Sent(List<String[]> choices, VariantWrite write) {}

    private static Sent variant(JsonInput v) {
        V3Fields.refuseOthers(
                v,
                Set.of(
                        "choices",
                        "price",
                        "sku",
                        "barcode",
                        "visible",
                        "physicalProperties",
                        "revenueDetails",
                        "media",
                        "digitalProperties",
                        "inventoryStatus"),
                Set.of());
        BigDecimal price = null;
        BigDecimal compareAt = null;
        JsonInput priceInfo = v.object("price");
        if (priceInfo != null) {
            V3Fields.refuseOthers(priceInfo, Set.of("actualPrice", "compareAtPrice"), Set.of());
            price = amount(priceInfo.object("actualPrice"));
            compareAt = amount(priceInfo.object("compareAtPrice"));
        }
        BigDecimal cost = null;
        JsonInput revenue = v.object("revenueDetails");
        if (revenue != null) {
            V3Fields.refuseOthers(revenue, Set.of("cost"), Set.of("profit", "profitMargin"));
            cost = amount(revenue.object("cost"));
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
        choices = choices == null ? List.of() : choices;
        Map<String, String> byOption = new LinkedHashMap<>();
        for (String[] choice : choices) {
            if (choice[1] != null && choice[2] != null) {
                byOption.putIfAbsent(choice[1].strip(), choice[2].strip());
            }
        }
        Set<String> nulled = new HashSet<>();
        if (v.sentAsNull("sku")) {
            nulled.add(VariantWrite.SKU);
        }
        if (v.sentAsNull("barcode")) {
            nulled.add(VariantWrite.BARCODE);
        }
        if (v.sentAsNull("revenueDetails") || (revenue != null && revenue.sentAsNull("cost"))) {
            nulled.add(VariantWrite.COST);
        }
        if (priceInfo != null && priceInfo.sentAsNull("compareAtPrice")) {
            nulled.add(VariantWrite.COMPARE_AT_PRICE);
        }
        return new Sent(
                choices,
                new VariantWrite(
                        byOption,
                        price,
                        v.string("sku"),
                        weight,
                        v.bool("visible"),
                        compareAt,
                        cost,
                        v.string("barcode"),
                        nulled));
    }

    /** The {@code amount} (a string or a number) of a monetary amount, {@code null} when not sent. */
    private static BigDecimal amount(JsonInput money) {
        if (money == null) {
            return null;
        }
        V3Fields.refuseOthers(money, Set.of("amount"), Set.of("formattedAmount"));
        return money.decimalOrString("amount");
    }

    /**
     * With options, the variants are the combinations of the choices: each once, each naming one choice of every
     * option (by {@code optionChoiceNames}, ignoring case).
     */
    private static void requireEveryCombinationOnce(String listPath, List<OptionSpec> options, List<Sent> variants) {
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
}
