package io.catalog.domain.product.modifier;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.money.Money;
import io.catalog.domain.product.modifier.ModifierSpec.ChoiceSpec;
import io.catalog.domain.product.modifier.ModifierSpec.FreeTextSpec;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ModifiersTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final String GUID = "0F6C1A8E-5D0B-4C55-9D3C-0C1B7D2F8A11";

    private static ModifierSpec engraving(Integer min, Integer max, String price, String title) {
        return new ModifierSpec(
                null,
                "Engraving",
                ModifierRenderType.FREE_TEXT,
                true,
                new FreeTextSpec(min, max, price == null ? null : new BigDecimal(price), title),
                null);
    }

    private static ModifierSpec giftWrap(ChoiceSpec... choices) {
        return new ModifierSpec(null, "Gift wrap", ModifierRenderType.TEXT_CHOICES, null, null, List.of(choices));
    }

    private static ModifierSpec swatch(String name, ChoiceSpec... choices) {
        return new ModifierSpec(null, name, ModifierRenderType.SWATCH_CHOICES, null, null, List.of(choices));
    }

    private static ChoiceSpec choice(String name, String price) {
        return new ChoiceSpec(null, name, null, price == null ? null : new BigDecimal(price));
    }

    private static ChoiceSpec colour(String name, String code) {
        return new ChoiceSpec(null, name, code, null);
    }

    private static Modifiers v3(List<ModifierSpec> specs) {
        return Modifiers.NONE.replacedBy(specs, USD);
    }

    @Test
    void aFreeTextKeepsItsSettingsAndPricesRoundToTheCurrency() {
        Modifier m = v3(List.of(engraving(2, 20, "4.995", "Your text"))).list().get(0);

        assertThat(m.renderType()).isEqualTo(ModifierRenderType.FREE_TEXT);
        assertThat(m.mandatory()).isTrue();
        assertThat(m.key()).isEqualTo("Engraving");
        assertThat(m.choices()).isEmpty();
        assertThat(m.freeText())
                .isEqualTo(new FreeTextSettings(2, 20, new Money(new BigDecimal("5.00"), USD), "Your text"));
        Modifier yen = Modifiers.NONE
                .replacedBy(List.of(engraving(null, null, "120.5", null)), JPY)
                .list()
                .get(0);
        assertThat(yen.freeText().defaultAddedPrice().amount()).isEqualByComparingTo("121");
    }

    @Test
    void aFreeTextSentWithoutSettingsTakesTheDefaults() {
        Modifier m = v3(List.of(new ModifierSpec(null, " Note ", ModifierRenderType.FREE_TEXT, null, null, null)))
                .list()
                .get(0);

        assertThat(m.name()).isEqualTo("Note");
        assertThat(m.mandatory()).isFalse();
        assertThat(m.freeText())
                .isEqualTo(new FreeTextSettings(0, FreeTextSettings.MAX_CHAR_COUNT, Money.zero(USD), "Note"));
    }

    @Test
    void theRenderTypeDefaultsFromWhatIsSent() {
        assertThat(v3(List.of(new ModifierSpec(
                                null, "Note", null, null, new FreeTextSpec(null, null, null, null), null)))
                        .list()
                        .get(0))
                .satisfies(m -> {
                    assertThat(m.renderType()).isEqualTo(ModifierRenderType.FREE_TEXT);
                    assertThat(m.mandatory()).isFalse();
                    assertThat(m.freeText()).isEqualTo(FreeTextSettings.defaultsFor("Note", USD));
                });
        assertThat(v3(List.of(new ModifierSpec(null, "Wrap", null, null, null, List.of(choice("Yes", null)))))
                        .list()
                        .get(0)
                        .renderType())
                .isEqualTo(ModifierRenderType.TEXT_CHOICES);
        assertInvalid(
                () -> v3(List.of(new ModifierSpec(null, "Wrap", null, null, null, null))),
                "modifiers[0].choicesSettings.choices",
                ErrorCodes.REQUIRED);
    }

    @Test
    void freeTextBoundsAreChecked() {
        assertInvalid(
                () -> v3(List.of(engraving(null, 0, null, null))),
                "modifiers[0].freeTextSettings.maxCharCount",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> v3(List.of(engraving(null, FreeTextSettings.MAX_CHAR_COUNT + 1, null, null))),
                "modifiers[0].freeTextSettings.maxCharCount",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> v3(List.of(engraving(-1, 10, null, null))),
                "modifiers[0].freeTextSettings.minCharCount",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> v3(List.of(engraving(11, 10, null, null))),
                "modifiers[0].freeTextSettings.minCharCount",
                ErrorCodes.OUT_OF_RANGE);
        assertThat(v3(List.of(engraving(10, 10, null, null)))
                        .list()
                        .get(0)
                        .freeText()
                        .minCharCount())
                .isEqualTo(10);
        assertInvalid(
                () -> v3(List.of(engraving(null, null, null, " "))),
                "modifiers[0].freeTextSettings.title",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> v3(List.of(engraving(null, null, null, "t".repeat(FreeTextSettings.MAX_TITLE_LENGTH + 1)))),
                "modifiers[0].freeTextSettings.title",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> v3(List.of(engraving(null, null, null, "a\u0007b"))),
                "modifiers[0].freeTextSettings.title",
                ErrorCodes.INVALID_FORMAT);
    }

    @Test
    void addedPricesAreNeverNegativeNorAboveTheMaximum() {
        assertInvalid(
                () -> v3(List.of(engraving(null, null, "-0.01", null))),
                "modifiers[0].freeTextSettings.defaultAddedPrice",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> v3(List.of(giftWrap(choice("Yes", "1000000000")))),
                "modifiers[0].choicesSettings.choices[0].addedPrice",
                ErrorCodes.OUT_OF_RANGE);
        Modifier wrap = v3(List.of(giftWrap(choice("Yes", "2.5"), choice("No", null))))
                .list()
                .get(0);
        assertThat(wrap.choices().get(0).addedPrice()).isEqualTo(new Money(new BigDecimal("2.50"), USD));
        assertThat(wrap.choices().get(1).addedPrice()).isEqualTo(Money.zero(USD));
    }

    @Test
    void namesAreRequiredBoundedAndUniqueIgnoringCase() {
        assertInvalid(
                () -> v3(List.of(new ModifierSpec(null, null, ModifierRenderType.FREE_TEXT, null, null, null))),
                "modifiers[0].name",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> v3(List.of(new ModifierSpec(
                        null,
                        "n".repeat(Modifier.MAX_NAME_LENGTH + 1),
                        ModifierRenderType.FREE_TEXT,
                        null,
                        null,
                        null))),
                "modifiers[0].name",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> v3(List.of(
                        engraving(null, null, null, null),
                        giftWrap(choice("Yes", null)),
                        engraving(null, null, null, null))),
                "modifiers[2].name",
                ErrorCodes.DUPLICATE_MODIFIER_NAME);
        assertInvalid(
                () -> v3(List.of(
                        engraving(null, null, null, null),
                        new ModifierSpec(null, "ENGRAVING ", ModifierRenderType.FREE_TEXT, null, null, null))),
                "modifiers[1].name",
                ErrorCodes.DUPLICATE_MODIFIER_NAME);
        assertInvalid(
                () -> v3(List.of(giftWrap(choice("Yes", null), choice("yes", null)))),
                "modifiers[0].choicesSettings.choices[1].name",
                ErrorCodes.DUPLICATE_CHOICE_VALUE);
        assertInvalid(
                () -> v3(List.of(giftWrap(choice("", null)))),
                "modifiers[0].choicesSettings.choices[0].name",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> v3(List.of(giftWrap(choice("c".repeat(ModifierChoice.MAX_NAME_LENGTH + 1), null)))),
                "modifiers[0].choicesSettings.choices[0].name",
                ErrorCodes.TOO_LONG);
    }

    @Test
    void renderTypesAndSettingsMustAgree() {
        assertInvalid(
                () -> v3(List.of(new ModifierSpec(
                        null,
                        "Wrap",
                        ModifierRenderType.TEXT_CHOICES,
                        null,
                        new FreeTextSpec(null, 5, null, null),
                        List.of(choice("Yes", null))))),
                "modifiers[0].freeTextSettings",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> v3(List.of(new ModifierSpec(
                        null, "Note", ModifierRenderType.FREE_TEXT, null, null, List.of(choice("Yes", null))))),
                "modifiers[0].choicesSettings",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> v3(List.of(
                        new ModifierSpec(null, "Wrap", ModifierRenderType.TEXT_CHOICES, null, null, List.of()))),
                "modifiers[0].choicesSettings.choices",
                ErrorCodes.REQUIRED);
    }

    @Test
    void swatchesNeedValidColoursAndTextChoicesHaveNone() {
        Modifier ribbon = v3(List.of(swatch("Ribbon", colour("Gold", "#FFD700"), colour("Red", " #f00 "))))
                .list()
                .get(0);
        assertThat(ribbon.choices()).extracting(ModifierChoice::colorCode).containsExactly("#FFD700", "#f00");
        assertInvalid(
                () -> v3(List.of(swatch("Ribbon", colour("Gold", null)))),
                "modifiers[0].choicesSettings.choices[0].colorCode",
                ErrorCodes.REQUIRED);
        for (String bad : List.of("red", "#12345", "#GGGGGG", "FFD700", "#FFD7000")) {
            assertInvalid(
                    () -> v3(List.of(swatch("Ribbon", colour("Gold", bad)))),
                    "modifiers[0].choicesSettings.choices[0].colorCode",
                    ErrorCodes.INVALID_FORMAT);
        }
        assertInvalid(
                () -> v3(List.of(giftWrap(colour("Gold", "#FFD700")))),
                "modifiers[0].choicesSettings.choices[0].colorCode",
                ErrorCodes.NOT_ALLOWED);
    }

    @Test
    void limitsOfModifiersAndChoices() {
        List<ModifierSpec> seven = IntStream.range(0, Modifiers.MAX_MODIFIERS + 1)
                .mapToObj(i -> new ModifierSpec(null, "M" + i, ModifierRenderType.FREE_TEXT, null, null, null))
                .toList();
        assertInvalid(() -> v3(seven), "modifiers", ErrorCodes.TOO_MANY_MODIFIERS);
        assertThat(v3(seven.subList(0, Modifiers.MAX_MODIFIERS)).size()).isEqualTo(Modifiers.MAX_MODIFIERS);

        List<ChoiceSpec> choices = IntStream.range(0, Modifier.MAX_CHOICES + 1)
                .mapToObj(j -> choice("C" + j, null))
                .toList();
        assertInvalid(
                () -> v3(List.of(giftWrap(choices.toArray(ChoiceSpec[]::new)))),
                "modifiers[0].choicesSettings.choices",
                ErrorCodes.TOO_MANY_CHOICES);
        assertThat(v3(List.of(giftWrap(choices.subList(0, Modifier.MAX_CHOICES).toArray(ChoiceSpec[]::new))))
                        .list()
                        .get(0)
                        .choices())
                .hasSize(Modifier.MAX_CHOICES);
    }

    @Test
    void idsAreGeneratedKeptWhenSentBackAndMatchedByName() {
        Modifiers first =
                v3(List.of(engraving(null, 10, null, null), giftWrap(choice("Yes", "1"), choice("No", null))));
        Modifier engraving = first.list().get(0);
        Modifier wrap = first.list().get(1);
        assertThat(engraving.id()).isNotEqualTo(wrap.id());

        // Sent back as read: nothing changes.
        List<ModifierSpec> readBack =
                first.list().stream().map(ModifiersTest::specOf).toList();
        assertThat(first.replacedBy(readBack, USD)).isEqualTo(first);

        // Sent without ids, reordered, by other case: the ids follow the names.
        Modifiers byName = first.replacedBy(
                List.of(
                        new ModifierSpec(
                                null,
                                "GIFT WRAP",
                                ModifierRenderType.TEXT_CHOICES,
                                null,
                                null,
                                List.of(choice("no", null), choice("Yes", "1"), choice("Maybe", null))),
                        engraving(null, 10, null, null)),
                USD);
        assertThat(byName.list().get(0).id()).isEqualTo(wrap.id());
        assertThat(byName.list().get(1).id()).isEqualTo(engraving.id());
        assertThat(byName.list().get(0).choices().get(0).choiceId())
                .isEqualTo(wrap.choices().get(1).choiceId());
        assertThat(byName.list().get(0).choices().get(1).choiceId())
                .isEqualTo(wrap.choices().get(0).choiceId());
        assertThat(byName.list().get(0).choices().get(2).choiceId())
                .isNotIn(wrap.choices().get(0).choiceId(), wrap.choices().get(1).choiceId());

        // Renamed with its id: keeps it; a sent id is kept in lower case.
        Modifiers renamed = first.replacedBy(
                List.of(new ModifierSpec(
                        engraving.id().value(), "Monogram", ModifierRenderType.FREE_TEXT, null, null, null)),
                USD);
        assertThat(renamed.list().get(0).id()).isEqualTo(engraving.id());
        Modifiers given = Modifiers.NONE.replacedBy(
                List.of(new ModifierSpec(GUID, "Note", ModifierRenderType.FREE_TEXT, null, null, null)), USD);
        assertThat(given.list().get(0).id().value()).isEqualTo(GUID.toLowerCase());

        // A new modifier of a name the product had, while another takes that modifier's id, gets a new id.
        Modifiers swapped = first.replacedBy(
                List.of(
                        new ModifierSpec(
                                engraving.id().value(), "Monogram", ModifierRenderType.FREE_TEXT, null, null, null),
                        engraving(null, 10, null, null)),
                USD);
        assertThat(swapped.list().get(1).id()).isNotEqualTo(engraving.id());
    }

    @Test
    void sentIdsMustBeGuidsAndUnique() {
        assertInvalid(
                () -> v3(List.of(new ModifierSpec("42", "Note", ModifierRenderType.FREE_TEXT, null, null, null))),
                "modifiers[0].id",
                ErrorCodes.INVALID_ID);
        assertInvalid(
                () -> v3(List.of(
                        new ModifierSpec(GUID, "A", ModifierRenderType.FREE_TEXT, null, null, null),
                        new ModifierSpec(GUID.toLowerCase(), "B", ModifierRenderType.FREE_TEXT, null, null, null))),
                "modifiers[1].id",
                ErrorCodes.INVALID_ID);
        assertInvalid(
                () -> v3(List.of(giftWrap(new ChoiceSpec("x", "Yes", null, null)))),
                "modifiers[0].choicesSettings.choices[0].choiceId",
                ErrorCodes.INVALID_ID);
        assertInvalid(
                () -> v3(List.of(
                        giftWrap(new ChoiceSpec(GUID, "Yes", null, null), new ChoiceSpec(GUID, "No", null, null)))),
                "modifiers[0].choicesSettings.choices[1].choiceId",
                ErrorCodes.INVALID_ID);
    }

    @Test
    void anEmptyListRemovesThemAll() {
        Modifiers some = v3(List.of(engraving(null, null, null, null)));
        assertThat(some.replacedBy(List.of(), USD)).isEqualTo(Modifiers.NONE);
        assertThat(Modifiers.NONE.isEmpty()).isTrue();
    }

    // ------------------------------------------------------------------------------------------------ v1

    @Test
    void v1FreeTextsReplaceTheFreeTextsAndKeepTheChoiceModifiersInPlace() {
        Modifiers current = v3(List.of(
                engraving(3, 40, "5", "Your engraving"),
                giftWrap(choice("Yes", "2")),
                new ModifierSpec(null, "Card", ModifierRenderType.FREE_TEXT, null, null, null)));
        Modifier engraving = current.list().get(0);

        Modifiers next = current.withFreeTextReplacedBy(
                List.of(ModifierSpec.freeText("engraving", 20, false), ModifierSpec.freeText("Initials", 3, true)),
                USD);

        assertThat(next.list())
                .extracting(Modifier::name)
                .as("in the places of the free texts there were")
                .containsExactly("engraving", "Gift wrap", "Initials");
        assertThat(next.list().get(1)).isEqualTo(current.list().get(1));
        Modifier kept = next.list().get(0);
        assertThat(kept.id()).as("matched by name").isEqualTo(engraving.id());
        assertThat(kept.mandatory()).isFalse();
        assertThat(kept.freeText())
                .as("the settings v1 cannot send are kept")
                .isEqualTo(new FreeTextSettings(3, 20, new Money(new BigDecimal("5"), USD), "Your engraving"));
        assertThat(next.list().get(2).freeText()).isEqualTo(new FreeTextSettings(0, 3, Money.zero(USD), "Initials"));

        Modifiers narrower = current.withFreeTextReplacedBy(List.of(ModifierSpec.freeText("Engraving", 2, null)), USD);
        assertThat(narrower.list().get(0).freeText().minCharCount())
                .as("a minimum above the new maximum is lowered to it")
                .isEqualTo(2);
        assertThat(narrower.list().get(0).mandatory()).as("kept when not sent").isTrue();

        assertThat(current.withFreeTextReplacedBy(v1Of(current), USD))
                .as("v1 sending back what it read changes nothing")
                .isEqualTo(current);
        assertThat(current.withFreeTextReplacedBy(List.of(), USD).list())
                .containsExactly(current.list().get(1));
        assertThat(Modifiers.NONE
                        .withFreeTextReplacedBy(List.of(ModifierSpec.freeText("Note", null, null)), USD)
                        .list()
                        .get(0)
                        .freeText())
                .isEqualTo(FreeTextSettings.defaultsFor("Note", USD));
    }

    @Test
    void v1FreeTextsAreCheckedByTheirOwnIndex() {
        Modifiers current = v3(List.of(giftWrap(choice("Yes", null)), engraving(null, null, null, null)));

        assertInvalid(
                () -> current.withFreeTextReplacedBy(
                        List.of(ModifierSpec.freeText("A", 10, null), ModifierSpec.freeText("B", 0, null)), USD),
                "modifiers[1].freeTextSettings.maxCharCount",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> current.withFreeTextReplacedBy(
                        List.of(ModifierSpec.freeText("A", null, null), ModifierSpec.freeText("a", null, null)), USD),
                "modifiers[1].name",
                ErrorCodes.DUPLICATE_MODIFIER_NAME);
        List<ModifierSpec> seven = IntStream.range(0, Modifiers.MAX_MODIFIERS + 1)
                .mapToObj(i -> ModifierSpec.freeText("T" + i, null, null))
                .toList();
        assertInvalid(() -> current.withFreeTextReplacedBy(seven, USD), "modifiers", ErrorCodes.TOO_MANY_MODIFIERS);
    }

    @Test
    void v1FreeTextsThatClashWithTheKeptChoiceModifiersConflict() {
        Modifiers current = v3(List.of(giftWrap(choice("Yes", null))));

        assertRuleViolation(
                        () -> current.withFreeTextReplacedBy(
                                List.of(ModifierSpec.freeText("gift WRAP", null, null)), USD),
                        ErrorCodes.DUPLICATE_MODIFIER_NAME)
                .hasFieldOrPropertyWithValue("field", "modifiers[0].name");
        List<ModifierSpec> six = IntStream.range(0, Modifiers.MAX_MODIFIERS)
                .mapToObj(i -> ModifierSpec.freeText("T" + i, null, null))
                .toList();
        assertThatThrownBy(() -> current.withFreeTextReplacedBy(six, USD))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.TOO_MANY_MODIFIERS)
                .hasFieldOrPropertyWithValue("field", "modifiers");
        assertThat(current.withFreeTextReplacedBy(six.subList(0, Modifiers.MAX_MODIFIERS - 1), USD)
                        .size())
                .isEqualTo(Modifiers.MAX_MODIFIERS);
    }

    @Test
    void storedModifiersAreCheckedAsAProductHoldsThem() {
        Modifier a = v3(List.of(engraving(null, null, null, null))).list().get(0);
        Modifier b = new Modifier(a.id(), "Other", a.renderType(), false, a.freeText(), List.of());
        assertInvalid(() -> Modifiers.of(List.of(a, b)), "modifiers[1].id", ErrorCodes.INVALID_ID);
        List<Modifier> many = new ArrayList<>(Collections.nCopies(Modifiers.MAX_MODIFIERS + 1, a));
        assertInvalid(() -> Modifiers.of(many), "modifiers", ErrorCodes.TOO_MANY_MODIFIERS);
        assertThat(Modifiers.of(List.of(a)).pricedIn(USD)).isTrue();
        assertThat(Modifiers.of(List.of(a)).pricedIn(JPY)).isFalse();
        assertThat(Modifiers.of(List.of())).isSameAs(Modifiers.NONE);
    }

    /** A modifier as a V3 write sends back what a read answered. */
    private static ModifierSpec specOf(Modifier m) {
        return new ModifierSpec(
                m.id().value(),
                m.name(),
                m.renderType(),
                m.mandatory(),
                m.freeText() == null
                        ? null
                        : new FreeTextSpec(
                                m.freeText().minCharCount(),
                                m.freeText().maxCharCount(),
                                m.freeText().defaultAddedPrice().amount(),
                                m.freeText().title()),
                m.renderType().hasChoices()
                        ? m.choices().stream()
                                .map(c -> new ChoiceSpec(
                                        c.choiceId().value(),
                                        c.name(),
                                        c.colorCode(),
                                        c.addedPrice().amount()))
                                .toList()
                        : null);
    }

    /** The free texts as v1 answers them and sends them back. */
    private static List<ModifierSpec> v1Of(Modifiers modifiers) {
        return modifiers.freeTexts().stream()
                .map(m -> ModifierSpec.freeText(m.name(), m.freeText().maxCharCount(), m.mandatory()))
                .toList();
    }
}
