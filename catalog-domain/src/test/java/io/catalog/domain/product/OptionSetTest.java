package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.product.ProductBuilder.optionSpecs;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionSetTest {

    private static final OptionSet SIZES_AND_COLORS =
            OptionSet.built(List.of(dropDown("Size", "S", "M"), dropDown("Color", "Red", "Blue", "Green")));

    private static List<Integer> keysOf(OptionSet options) {
        return options.list().stream()
                .flatMap(option -> option.choices().stream())
                .map(choice -> choice.key().value())
                .toList();
    }

    @Test
    void newOptionsTakeKeysFromOne() {
        assertThat(keysOf(SIZES_AND_COLORS)).containsExactly(1, 2, 3, 4, 5);
        assertThat(SIZES_AND_COLORS.nextChoiceKey()).isEqualTo(6);
        assertThat(SIZES_AND_COLORS.size()).isEqualTo(2);
        assertThat(SIZES_AND_COLORS.combinations().size()).isEqualTo(6);
    }

    @Test
    void replacedOptionsKeepTheKeysOfChoicesMatchedByNameAndValueIgnoringCase() {
        OptionSet replaced =
                SIZES_AND_COLORS.replacedBy(List.of(dropDown("color", "green", "Yellow"), dropDown("Size", "M", "L")));

        assertThat(keysOf(replaced)).containsExactly(5, 6, 2, 7);
        assertThat(replaced.nextChoiceKey()).isEqualTo(8);
        assertThat(replaced.sameOptionsAs(SIZES_AND_COLORS)).isFalse();
    }

    @Test
    void removedOptionsKeepTheCounterSoNoKeyIsHandedOutAgain() {
        OptionSet removed = SIZES_AND_COLORS.removed();

        assertThat(removed.isEmpty()).isTrue();
        assertThat(removed.nextChoiceKey()).isEqualTo(6);
        assertThat(keysOf(removed.replacedBy(List.of(dropDown("Size", "S"))))).containsExactly(6);
    }

    @Test
    void theSameOptionsAreTheSameWhateverTheCounter() {
        OptionSet again = SIZES_AND_COLORS.replacedBy(
                List.of(dropDown("Size", "S", "M"), dropDown("Color", "Red", "Blue", "Green")));

        assertThat(again.sameOptionsAs(SIZES_AND_COLORS)).isTrue();
        assertThat(SIZES_AND_COLORS
                        .replacedBy(List.of(dropDown("Size", "S", "M")))
                        .sameOptionsAs(SIZES_AND_COLORS))
                .isFalse();
    }

    @Test
    void buildingChecksTheOptionRulesOnTheirPaths() {
        assertInvalid(() -> OptionSet.built(optionSpecs(7, 1)), "options", ErrorCodes.TOO_MANY_OPTIONS);
        assertInvalid(
                () -> OptionSet.built(List.of(dropDown("Size", "S"), dropDown("size", "M"))),
                "options[1].name",
                ErrorCodes.DUPLICATE_OPTION_NAME);
    }

    @Test
    void storedOptionsNeedACounterAboveEveryKey() {
        assertThat(OptionSet.stored(SIZES_AND_COLORS.list(), 6).nextChoiceKey()).isEqualTo(6);
        assertThatThrownBy(() -> OptionSet.stored(SIZES_AND_COLORS.list(), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nextChoiceKey 5 is not above key 5");
        List<ProductOption> twice = List.of(
                SIZES_AND_COLORS.get(0),
                new ProductOption(
                        "Other", OptionType.DROP_DOWN, SIZES_AND_COLORS.get(0).choices()));
        assertThatThrownBy(() -> OptionSet.stored(twice, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is used twice");
    }

    @Test
    void theKeyCounterRunsOut() {
        OptionSet nearlyFull = OptionSet.stored(List.of(), ChoiceKey.MAX);

        assertThat(keysOf(nearlyFull.replacedBy(List.of(dropDown("Size", "S")))))
                .containsExactly(ChoiceKey.MAX);
        assertRuleViolation(
                () -> nearlyFull.replacedBy(List.of(dropDown("Size", "S", "M"))), ErrorCodes.CHOICE_KEYS_EXHAUSTED);
    }

    @Test
    void aChoiceIsFoundByOptionNameAndChoiceValue() {
        OptionSet.ChoiceRef ref = SIZES_AND_COLORS.choiceRef("color", "BLUE", "media[0]");

        assertThat(ref.optionIndex()).isEqualTo(1);
        assertThat(ref.choice().value()).isEqualTo("Blue");
        assertInvalid(
                () -> SIZES_AND_COLORS.choiceRef("Shape", "Round", "media[0]"),
                "media[0].option",
                ErrorCodes.UNKNOWN_OPTION);
        assertInvalid(
                () -> SIZES_AND_COLORS.choiceRef("Size", "XL", "media[0]"),
                "media[0].choice",
                ErrorCodes.UNKNOWN_CHOICE);
    }

    @Test
    void aSelectionNamesEachOptionOnce() {
        Choice[] selected = SIZES_AND_COLORS.selectionOf(Map.of("Color", "Red"), "options");

        assertThat(selected[0]).isNull();
        assertThat(selected[1].value()).isEqualTo("Red");
        assertThatThrownBy(() -> SIZES_AND_COLORS.selectionOf(Map.of("Color", "Red", "color", "Blue"), "options"))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("code", ErrorCodes.DUPLICATE_OPTION_NAME);
        assertInvalid(
                () -> SIZES_AND_COLORS.selectionOf(Map.of("Shape", "Round"), "options"),
                "options.Shape",
                ErrorCodes.UNKNOWN_OPTION);
        assertInvalid(
                () -> SIZES_AND_COLORS.selectionOf(Map.of("Size", "XL"), "options"),
                "options.Size",
                ErrorCodes.UNKNOWN_CHOICE);
    }

    @Test
    void matchingRestrictsTheCombinationsToTheSelectedChoices() {
        assertThat(SIZES_AND_COLORS.matching(Map.of()).size()).isEqualTo(6);
        assertThat(SIZES_AND_COLORS.matching(Map.of("Color", "Blue")).size()).isEqualTo(2);
        assertThat(SIZES_AND_COLORS
                        .matching(Map.of("Color", "Blue", "Size", "M"))
                        .size())
                .isEqualTo(1);
    }

    @Test
    void aVariantIdIsACombinationOnlyWithOneChoiceOfEachOption() {
        List<Choice> combination = SIZES_AND_COLORS.combinations().at(4);
        VariantId variantId = OptionSet.idOf(combination);

        assertThat(SIZES_AND_COLORS.combinationOf(variantId)).contains(combination);
        assertThat(SIZES_AND_COLORS.combinationOf(VariantId.DEFAULT)).isEmpty();
        assertThat(SIZES_AND_COLORS.combinationOf(VariantId.of(List.of(new ChoiceKey(1), new ChoiceKey(2)))))
                .isEmpty();
    }

    @Test
    void choicesAreFoundByKey() {
        assertThat(SIZES_AND_COLORS.optionOf(new ChoiceKey(4)))
                .map(ProductOption::name)
                .contains("Color");
        assertThat(SIZES_AND_COLORS.optionOf(new ChoiceKey(9))).isEmpty();
        assertThat(SIZES_AND_COLORS.choiceKeysOf(0)).containsExactlyInAnyOrder(new ChoiceKey(1), new ChoiceKey(2));
        assertThat(SIZES_AND_COLORS.choiceKeys()).hasSize(5);
    }
}
