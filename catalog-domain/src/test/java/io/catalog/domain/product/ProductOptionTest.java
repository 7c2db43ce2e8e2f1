package io.catalog.domain.product;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductOptionTest {

    private static Choice choice(int key, String value) {
        return new Choice(new ChoiceKey(key), value, null);
    }

    @Test
    void choiceValueIsTrimmedAndDescriptionDefaultsToIt() {
        Choice choice = new Choice(new ChoiceKey(1), "  Small ", " ");

        assertThat(choice.value()).isEqualTo("Small");
        assertThat(choice.description()).isEqualTo("Small");
    }

    @Test
    void choiceValueAndDescriptionHaveAtMostFiftyCharacters() {
        assertInvalid(() -> choice(1, ""), "value", ErrorCodes.REQUIRED);
        assertInvalid(() -> choice(1, "v".repeat(51)), "value", ErrorCodes.TOO_LONG);
        assertInvalid(() -> new Choice(new ChoiceKey(1), "v", "d".repeat(51)), "description", ErrorCodes.TOO_LONG);
    }

    @Test
    void colourChoicesAreDisplayedByDescription() {
        Choice green = new Choice(new ChoiceKey(1), "#008000", "Green");

        assertThat(green.displayName(OptionType.COLOR)).isEqualTo("Green");
        assertThat(green.displayName(OptionType.DROP_DOWN)).isEqualTo("#008000");
    }

    @Test
    void choicesAreFoundByValueOrDescriptionIgnoringCase() {
        ProductOption colors = new ProductOption(
                "Color",
                OptionType.COLOR,
                List.of(
                        new Choice(new ChoiceKey(1), "#008000", "Green"),
                        new Choice(new ChoiceKey(2), "#ff0000", "Red")));

        assertThat(colors.findChoice("green")).map(Choice::value).contains("#008000");
        assertThat(colors.findChoice("#FF0000")).map(Choice::description).contains("Red");
        assertThat(colors.findChoice("blue")).isEmpty();
        assertThat(colors.isNamed(" COLOR ")).isTrue();
    }

    @Test
    void nameHasOneToFiftyCharacters() {
        List<Choice> choices = List.of(choice(1, "S"));
        assertThat(new ProductOption(" Size ", OptionType.DROP_DOWN, choices).name())
                .isEqualTo("Size");
        assertInvalid(() -> new ProductOption(" ", OptionType.DROP_DOWN, choices), "name", ErrorCodes.REQUIRED);
        assertInvalid(
                () -> new ProductOption("n".repeat(51), OptionType.DROP_DOWN, choices), "name", ErrorCodes.TOO_LONG);
        assertInvalid(() -> new ProductOption("Size", null, choices), "optionType", ErrorCodes.REQUIRED);
    }

    @Test
    void hasOneToThirtyChoices() {
        List<Choice> thirtyOne =
                IntStream.rangeClosed(1, 31).mapToObj(i -> choice(i, "c" + i)).toList();

        assertThat(new ProductOption("Size", OptionType.DROP_DOWN, thirtyOne.subList(0, 30)).choices())
                .hasSize(30);
        assertInvalid(
                        () -> new ProductOption("Size", OptionType.DROP_DOWN, thirtyOne),
                        "choices",
                        ErrorCodes.TOO_MANY_CHOICES)
                .hasMessage("choices must contain at most 30 choices (was 31)");
        assertInvalid(() -> new ProductOption("Size", OptionType.DROP_DOWN, List.of()), "choices", ErrorCodes.REQUIRED);
    }

    @Test
    void choiceValuesAreUniqueIgnoringCase() {
        assertInvalid(
                () -> new ProductOption("Size", OptionType.DROP_DOWN, List.of(choice(1, "S"), choice(2, "s"))),
                "choices[1].value",
                ErrorCodes.DUPLICATE_CHOICE_VALUE);
    }

    @Test
    void choicesAreCopiedDefensively() {
        List<Choice> choices = new ArrayList<>(List.of(choice(1, "S")));
        ProductOption option = new ProductOption("Size", OptionType.DROP_DOWN, choices);

        choices.add(choice(2, "M"));

        assertThat(option.choices()).hasSize(1);
    }
}
