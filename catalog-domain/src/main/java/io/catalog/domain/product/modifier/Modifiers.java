package io.catalog.domain.product.modifier;

import io.catalog.domain.money.Money;
import io.catalog.domain.product.modifier.ModifierSpec.ChoiceSpec;
import io.catalog.domain.product.modifier.ModifierSpec.FreeTextSpec;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.Require;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A product's modifiers, in display order: at most {@value #MAX_MODIFIERS} (v1's limit of options per product; the
 * seeds give none for modifiers), names unique ignoring case, ids unique. Immutable: a write answers new modifiers.
 *
 * <p><b>Ids stay.</b> A modifier sent with an {@code id} keeps it; one sent without takes the id of the product's
 * modifier of the same name (ignoring case), else a new id. A choice likewise within its modifier (the product's
 * modifier with the id the modifier ends up with). So a write that sends back what a read answered changes nothing, and
 * a modifier renamed with its id keeps it.
 *
 * <p><b>Two dialects.</b> Catalog V3 replaces the modifiers whole ({@link #replacedBy}). Wix Stores v1 knows only the
 * free texts, as {@code customTextFields}: {@link #withFreeTextReplacedBy} replaces the free-text modifiers and keeps
 * the choice modifiers, and a free text it names keeps the settings v1 cannot send (title, minimum, added price).
 *
 * <p>Errors name V3's paths ({@code modifiers[2].choicesSettings.choices[0].addedPrice}).
 */
public final class Modifiers {

    public static final int MAX_MODIFIERS = 6;

    public static final Modifiers NONE = new Modifiers(List.of());

    private static final String FIELD = "modifiers";

    private final List<Modifier> list;

    private Modifiers(List<Modifier> list) {
        this.list = List.copyOf(list);
    }

    /**
     * These modifiers, checked as a product holds them.
     *
     * @throws ValidationException {@code TOO_MANY_MODIFIERS} on {@code modifiers}; {@code DUPLICATE_MODIFIER_NAME} on
     *                             {@code modifiers[i].name}; {@code INVALID_ID} on {@code modifiers[i].id} for an id
     *                             held twice
     */
    public static Modifiers of(List<Modifier> modifiers) {
        Require.present(FIELD, modifiers);
        if (modifiers.size() > MAX_MODIFIERS) {
            throw tooMany(modifiers.size());
        }
        Set<String> names = new HashSet<>();
        Set<ModifierId> ids = new HashSet<>();
        for (int i = 0; i < modifiers.size(); i++) {
            Modifier modifier = Objects.requireNonNull(modifiers.get(i), "modifier");
            if (!names.add(modifier.name().toLowerCase(Locale.ROOT))) {
                throw new ValidationException(
                        at(i) + ".name",
                        ErrorCodes.DUPLICATE_MODIFIER_NAME,
                        "must be unique within the product, ignoring case (\"" + modifier.name() + "\" is repeated)");
            }
            if (!ids.add(modifier.id())) {
                throw new ValidationException(
                        at(i) + ".id", ErrorCodes.INVALID_ID, "is the id of another modifier of the product");
            }
        }
        return modifiers.isEmpty() ? NONE : new Modifiers(modifiers);
    }

    /**
     * The modifiers {@code specs} ask for, replacing these whole (Catalog V3); empty removes them all. Prices are
     * amounts of {@code currency}; a setting not sent takes its default (not mandatory; free text of 0 to
     * {@value FreeTextSettings#MAX_CHAR_COUNT} characters titled with the name; added prices 0).
     *
     * @throws ValidationException on {@code modifiers[i]...}: {@code TOO_MANY_MODIFIERS}, the modifiers' own errors
     */
    public Modifiers replacedBy(List<ModifierSpec> specs, Currency currency) {
        Require.present(FIELD, specs);
        if (specs.size() > MAX_MODIFIERS) {
            throw tooMany(specs.size());
        }
        return of(resolved(specs, m -> true, false, currency));
    }

    /**
     * These modifiers with the free texts replaced by {@code specs} (v1's {@code customTextFields}, each a
     * {@link ModifierRenderType#FREE_TEXT} spec, in order) and the choice modifiers kept: the new free texts take
     * the places of the free texts there were, in order, and those beyond them go to the end. A spec naming a free text of the product keeps
     * its id and what it does not send: its title, minimum (lowered to a smaller maximum) and added price. Errors name
     * {@code modifiers[k]} by the spec's index {@code k} in {@code specs}.
     *
     * @throws ValidationException    {@code TOO_MANY_MODIFIERS} when {@code specs} alone are too many; the specs' own
     *                                errors; {@code DUPLICATE_MODIFIER_NAME} between specs
     * @throws RuleViolationException {@code TOO_MANY_MODIFIERS} on {@code modifiers} when the specs and the choice
     *                                modifiers kept are too many together; {@code DUPLICATE_MODIFIER_NAME} on
     *                                {@code modifiers[k].name} when a spec has a kept choice modifier's name
     */
    public Modifiers withFreeTextReplacedBy(List<ModifierSpec> specs, Currency currency) {
        Require.present(FIELD, specs);
        if (specs.size() > MAX_MODIFIERS) {
            throw tooMany(specs.size());
        }
        for (ModifierSpec spec : specs) {
            if (spec.renderType() != null && spec.renderType() != ModifierRenderType.FREE_TEXT) {
                throw new IllegalArgumentException("not a free text: " + spec);
            }
        }
        List<Modifier> freeTexts = of(resolved(specs, m -> !m.renderType().hasChoices(), true, currency)).list;
        List<Modifier> kept =
                list.stream().filter(m -> m.renderType().hasChoices()).toList();
        for (int k = 0; k < freeTexts.size(); k++) {
            Modifier freeText = freeTexts.get(k);
            if (kept.stream().anyMatch(m -> m.isNamed(freeText.name()))) {
                throw new RuleViolationException(
                        ErrorCodes.DUPLICATE_MODIFIER_NAME,
                        at(k) + ".name",
                        at(k) + ".name \"" + freeText.name() + "\" is the name of a choice modifier of the product"
                                + " (set through Catalog V3); modifier names are unique ignoring case");
            }
        }
        if (kept.size() + freeTexts.size() > MAX_MODIFIERS) {
            throw new RuleViolationException(
                    ErrorCodes.TOO_MANY_MODIFIERS,
                    FIELD,
                    FIELD + " would be " + (kept.size() + freeTexts.size()) + " with the " + kept.size()
                            + " choice modifiers the product keeps; a product has at most " + MAX_MODIFIERS);
        }
        List<Modifier> next = new ArrayList<>(kept.size() + freeTexts.size());
        int placed = 0;
        for (Modifier modifier : list) {
            if (modifier.renderType().hasChoices()) {
                next.add(modifier);
            } else if (placed < freeTexts.size()) {
                next.add(freeTexts.get(placed++));
            }
        }
        next.addAll(freeTexts.subList(placed, freeTexts.size()));
        return of(next);
    }

    public List<Modifier> list() {
        return list;
    }

    /** The free-text modifiers, in order: what v1 answers as {@code customTextFields}. */
    public List<Modifier> freeTexts() {
        return list.stream().filter(m -> !m.renderType().hasChoices()).toList();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** Whether every price of these modifiers is an amount of {@code currency}. */
    public boolean pricedIn(Currency currency) {
        return list.stream()
                .allMatch(m -> m.renderType().hasChoices()
                        ? m.choices().stream()
                                .allMatch(c -> c.addedPrice().currency().equals(currency))
                        : m.freeText().defaultAddedPrice().currency().equals(currency));
    }

    /** The modifier with {@code id}, if the product has it. */
    public Optional<Modifier> byId(ModifierId id) {
        return list.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Modifiers other && list.equals(other.list);
    }

    @Override
    public int hashCode() {
        return list.hashCode();
    }

    @Override
    public String toString() {
        return "Modifiers" + list;
    }

    // ---------------------------------------------------------------------------------------------- resolving specs

    /**
     * The specs as modifiers, each matched with the modifier of these (among those {@code matchable}) it names: by the
     * id sent, else by name among those whose ids no spec sends. With {@code keepUnsent}, what a spec does not send
     * is the matched modifier's.
     */
    private List<Modifier> resolved(
            List<ModifierSpec> specs, Predicate<Modifier> matchable, boolean keepUnsent, Currency currency) {
        List<ModifierId> sentIds = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ModifierSpec spec = Require.present(at(i), specs.get(i));
            sentIds.add(spec.id() == null ? null : ModifierId.parse(at(i) + ".id", spec.id()));
        }
        Set<ModifierId> claimed = new HashSet<>();
        sentIds.forEach(id -> {
            if (id != null) {
                claimed.add(id);
            }
        });
        List<Modifier> built = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ModifierSpec spec = specs.get(i);
            ModifierId sent = sentIds.get(i);
            Optional<Modifier> matched = sent != null
                    ? byId(sent)
                    : list.stream()
                            .filter(matchable)
                            .filter(m -> !claimed.contains(m.id()) && m.isNamed(spec.name()))
                            .findFirst();
            matched.ifPresent(m -> claimed.add(m.id()));
            ModifierId id = sent != null ? sent : matched.map(Modifier::id).orElseGet(ModifierId::random);
            try {
                built.add(build(spec, id, matched.orElse(null), keepUnsent, currency));
            } catch (ValidationException e) {
                throw e.nestedIn(at(i));
            }
        }
        return built;
    }

    private static Modifier build(
            ModifierSpec spec, ModifierId id, Modifier matched, boolean keepUnsent, Currency currency) {
        String name = ModifierText.checked("name", spec.name(), Modifier.MAX_NAME_LENGTH);
        Modifier base = keepUnsent ? matched : null;
        ModifierRenderType type = spec.renderType() != null
                ? spec.renderType()
                : spec.freeTextSettings() != null ? ModifierRenderType.FREE_TEXT : ModifierRenderType.TEXT_CHOICES;
        boolean mandatory = spec.mandatory() != null ? spec.mandatory() : base != null && base.mandatory();
        if (!type.hasChoices()) {
            if (spec.choices() != null && !spec.choices().isEmpty()) {
                throw new ValidationException(
                        "choicesSettings",
                        ErrorCodes.NOT_ALLOWED,
                        "is for TEXT_CHOICES and SWATCH_CHOICES modifiers only");
            }
            FreeTextSettings freeText;
            try {
                freeText = freeText(name, spec.freeTextSettings(), base == null ? null : base.freeText(), currency);
            } catch (ValidationException e) {
                throw e.nestedIn("freeTextSettings");
            }
            return new Modifier(id, name, type, mandatory, freeText, List.of());
        }
        if (spec.freeTextSettings() != null) {
            throw new ValidationException(
                    "freeTextSettings", ErrorCodes.NOT_ALLOWED, "is for FREE_TEXT modifiers only");
        }
        return new Modifier(id, name, type, mandatory, null, choices(spec.choices(), matched, keepUnsent, currency));
    }

    /** The free-text settings sent, else those of {@code base} (the minimum lowered to the maximum), else defaults. */
    private static FreeTextSettings freeText(String name, FreeTextSpec sent, FreeTextSettings base, Currency currency) {
        FreeTextSpec s = sent == null ? new FreeTextSpec(null, null, null, null) : sent;
        int max = s.maxCharCount() != null
                ? s.maxCharCount()
                : base != null ? base.maxCharCount() : FreeTextSettings.MAX_CHAR_COUNT;
        int min = s.minCharCount() != null ? s.minCharCount() : base != null ? Math.min(base.minCharCount(), max) : 0;
        Money price = s.defaultAddedPrice() != null
                ? money(s.defaultAddedPrice(), currency, "defaultAddedPrice")
                : base != null ? base.defaultAddedPrice() : Money.zero(currency);
        String title = s.title() != null ? s.title() : base != null ? base.title() : name;
        return new FreeTextSettings(min, max, price, title);
    }

    private static List<ModifierChoice> choices(
            List<ChoiceSpec> specs, Modifier matched, boolean keepUnsent, Currency currency) {
        if (specs == null || specs.isEmpty()) {
            throw new ValidationException(Modifier.CHOICES, ErrorCodes.REQUIRED, "must contain at least 1 choice");
        }
        if (specs.size() > Modifier.MAX_CHOICES) {
            throw new ValidationException(
                    Modifier.CHOICES,
                    ErrorCodes.TOO_MANY_CHOICES,
                    "must contain at most " + Modifier.MAX_CHOICES + " choices (was " + specs.size() + ")");
        }
        List<ModifierChoice> current = matched == null ? List.of() : matched.choices();
        List<ModifierId> sentIds = new ArrayList<>(specs.size());
        Set<ModifierId> claimed = new HashSet<>();
        for (int j = 0; j < specs.size(); j++) {
            ChoiceSpec spec = Require.present(Modifier.CHOICES + "[" + j + "]", specs.get(j));
            ModifierId id = spec.choiceId() == null
                    ? null
                    : ModifierId.parse(Modifier.CHOICES + "[" + j + "].choiceId", spec.choiceId());
            sentIds.add(id);
            if (id != null) {
                claimed.add(id);
            }
        }
        List<ModifierChoice> built = new ArrayList<>(specs.size());
        for (int j = 0; j < specs.size(); j++) {
            ChoiceSpec spec = specs.get(j);
            ModifierId sent = sentIds.get(j);
            Optional<ModifierChoice> same = sent != null
                    ? current.stream().filter(c -> c.choiceId().equals(sent)).findFirst()
                    : current.stream()
                            .filter(c -> !claimed.contains(c.choiceId())
                                    && spec.name() != null
                                    && c.name().equalsIgnoreCase(spec.name().strip()))
                            .findFirst();
            same.ifPresent(c -> claimed.add(c.choiceId()));
            try {
                Money added = spec.addedPrice() != null
                        ? money(spec.addedPrice(), currency, "addedPrice")
                        : keepUnsent && same.isPresent() ? same.get().addedPrice() : Money.zero(currency);
                built.add(new ModifierChoice(
                        sent != null ? sent : same.map(ModifierChoice::choiceId).orElseGet(ModifierId::random),
                        spec.name(),
                        spec.colorCode(),
                        added));
            } catch (ValidationException e) {
                throw e.nestedIn(Modifier.CHOICES + "[" + j + "]");
            }
        }
        return built;
    }

    /** {@code amount} of {@code currency}, rounded to its minor unit, 0 to Money's maximum, errors on {@code field}. */
    private static Money money(BigDecimal amount, Currency currency, String field) {
        try {
            return new Money(amount, currency);
        } catch (ValidationException e) {
            throw e.relocatedTo(field);
        }
    }

    private static String at(int index) {
        return FIELD + "[" + index + "]";
    }

    private static ValidationException tooMany(int count) {
        return new ValidationException(
                FIELD,
                ErrorCodes.TOO_MANY_MODIFIERS,
                "must contain at most " + MAX_MODIFIERS + " modifiers (was " + count + ")");
    }
}
