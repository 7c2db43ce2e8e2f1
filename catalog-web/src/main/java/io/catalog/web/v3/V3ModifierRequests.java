package io.catalog.web.v3;

import io.catalog.domain.product.modifier.ModifierRenderType;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.product.modifier.ModifierSpec.ChoiceSpec;
import io.catalog.domain.product.modifier.ModifierSpec.FreeTextSpec;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code modifiers} of a Catalog V3 product write for {@link V3ProductRequests}: the shape of each field,
 * named by the request's path ({@code product.modifiers[0].choicesSettings.choices[1].addedPrice}), into the domain's
 * {@link ModifierSpec}s, whose rules ({@link io.catalog.domain.product.modifier.Modifiers}) are checked where the
 * errors are addressed inside {@code product}. The read-only {@code key}s are ignored (they are the names); a choice's
 * {@code choiceType} may be sent when it matches the render type; anything else the catalog does not keep
 * ({@code linkedMedia}...) is refused with {@code UNSUPPORTED_FIELD}. Amounts are strings or numbers.
 */
final class V3ModifierRequests {

    private static final Set<String> MODIFIER =
            Set.of("id", "name", "modifierRenderType", "mandatory", "freeTextSettings", "choicesSettings");
    private static final Set<String> FREE_TEXT = Set.of("minCharCount", "maxCharCount", "defaultAddedPrice", "title");
    private static final Set<String> CHOICE = Set.of("choiceId", "name", "colorCode", "addedPrice", "choiceType");
    private static final Set<String> KEY = Set.of("key");

    private V3ModifierRequests() {}

    /** The modifiers of a {@code product} object, {@code null} when not sent. */
    static List<ModifierSpec> read(JsonInput p) {
        return p.objects("modifiers", V3ModifierRequests::modifier);
    }

    private static ModifierSpec modifier(JsonInput m) {
        V3Fields.refuseOthers(m, MODIFIER, KEY);
        ModifierRenderType type = renderType(m);
        FreeTextSpec freeText = null;
        JsonInput settings = m.object("freeTextSettings");
        if (settings != null) {
            V3Fields.refuseOthers(settings, FREE_TEXT, KEY);
            freeText = new FreeTextSpec(
                    settings.integer("minCharCount"),
                    settings.integer("maxCharCount"),
                    settings.decimalOrString("defaultAddedPrice"),
                    settings.string("title"));
        }
        List<ChoiceSpec> choices = null;
        JsonInput choicesSettings = m.object("choicesSettings");
        if (choicesSettings != null) {
            V3Fields.refuseOthers(choicesSettings, Set.of("choices"), Set.of());
            choices = choicesSettings.objects("choices", c -> choice(c, type));
        }
        return new ModifierSpec(m.string("id"), m.string("name"), type, m.bool("mandatory"), freeText, choices);
    }

    private static ModifierRenderType renderType(JsonInput m) {
        String type = m.string("modifierRenderType");
        if (type == null) {
            return null;
        }
        try {
            return ModifierRenderType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(
                    m.path("modifierRenderType"),
                    ErrorCodes.UNKNOWN_ENUM_VALUE,
                    "must be FREE_TEXT, TEXT_CHOICES or SWATCH_CHOICES");
        }
    }

    /** A choice; its {@code choiceType}, when sent, must be the one of the modifier's render type. */
    private static ChoiceSpec choice(JsonInput c, ModifierRenderType type) {
        V3Fields.refuseOthers(c, CHOICE, KEY);
        String choiceType = c.string("choiceType");
        String expected = type == ModifierRenderType.SWATCH_CHOICES ? "ONE_COLOR" : "CHOICE_TEXT";
        if (choiceType != null && !choiceType.equals(expected)) {
            throw new ValidationException(
                    c.path("choiceType"),
                    ErrorCodes.NOT_ALLOWED,
                    "must be " + expected + " in a " + (type == null ? ModifierRenderType.TEXT_CHOICES : type)
                            + " modifier");
        }
        return new ChoiceSpec(
                c.string("choiceId"), c.string("name"), c.string("colorCode"), c.decimalOrString("addedPrice"));
    }
}
