package io.catalog.persistence.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.modifier.ModifierRenderType;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.product.modifier.ModifierSpec.ChoiceSpec;
import io.catalog.domain.product.modifier.ModifierSpec.FreeTextSpec;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModifierColumnTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void modifiersOfEveryKindAreWrittenAndReadBackEqual() {
        Modifiers modifiers = Modifiers.NONE.replacedBy(
                List.of(
                        new ModifierSpec(
                                null,
                                "Engraving \"quoted\" \\ é 🎁",
                                ModifierRenderType.FREE_TEXT,
                                true,
                                new FreeTextSpec(2, 30, new BigDecimal("4.5"), "Your text"),
                                null),
                        new ModifierSpec(
                                null,
                                "Gift wrap",
                                ModifierRenderType.TEXT_CHOICES,
                                false,
                                null,
                                List.of(
                                        new ChoiceSpec(null, "Yes", null, new BigDecimal("2")),
                                        new ChoiceSpec(null, "No", null, null))),
                        new ModifierSpec(
                                null,
                                "Ribbon",
                                ModifierRenderType.SWATCH_CHOICES,
                                null,
                                null,
                                List.of(new ChoiceSpec(null, "Gold", "#FFD700", new BigDecimal("0.99"))))),
                EUR);

        String json = ModifierColumn.write(modifiers);

        assertThat(ModifierColumn.read(json, "EUR")).isEqualTo(modifiers);
    }

    @Test
    void noModifiersIsNoValue() {
        assertThat(ModifierColumn.write(Modifiers.NONE)).isNull();
        assertThat(ModifierColumn.read(null, "USD")).isSameAs(Modifiers.NONE);
    }

    @Test
    void whatIsReadIsCheckedByTheDomain() {
        String twice = "[{\"id\":\"0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11\",\"name\":\"A\",\"type\":\"FREE_TEXT\","
                + "\"mandatory\":false,\"freeText\":{\"min\":0,\"max\":10,\"price\":0,\"title\":\"A\"}},"
                + "{\"id\":\"0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a12\",\"name\":\"a\",\"type\":\"FREE_TEXT\","
                + "\"mandatory\":false,\"freeText\":{\"min\":0,\"max\":10,\"price\":0,\"title\":\"A\"}}]";
        assertThatThrownBy(() -> ModifierColumn.read(twice, "USD")).isInstanceOf(ValidationException.class);
    }
}
