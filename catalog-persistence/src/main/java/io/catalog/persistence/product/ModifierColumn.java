package io.catalog.persistence.product;

import io.catalog.domain.money.Money;
import io.catalog.domain.product.modifier.FreeTextSettings;
import io.catalog.domain.product.modifier.Modifier;
import io.catalog.domain.product.modifier.ModifierChoice;
import io.catalog.domain.product.modifier.ModifierId;
import io.catalog.domain.product.modifier.ModifierRenderType;
import io.catalog.domain.product.modifier.Modifiers;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * A product's {@link Modifiers} in the {@code product.modifiers} column and back, as JSON text (JSON-P); pure data
 * copying: the domain checks what is read ({@link Modifiers#of}). {@code null} when the product has none. Prices are
 * kept as amounts of the product's currency.
 *
 * <pre>[{"id", "name", "type": "FREE_TEXT", "mandatory", "freeText": {"min", "max", "price", "title"}},
 *  {"id", "name", "type": "SWATCH_CHOICES", "mandatory", "choices": [{"id", "name", "color", "price"}]}]</pre>
 */
final class ModifierColumn {

    private ModifierColumn() {}

    static String write(Modifiers modifiers) {
        if (modifiers.isEmpty()) {
            return null;
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Modifier m : modifiers.list()) {
            JsonObjectBuilder modifier = Json.createObjectBuilder()
                    .add("id", m.id().value())
                    .add("name", m.name())
                    .add("type", m.renderType().name())
                    .add("mandatory", m.mandatory());
            if (m.freeText() != null) {
                FreeTextSettings f = m.freeText();
                modifier.add(
                        "freeText",
                        Json.createObjectBuilder()
                                .add("min", f.minCharCount())
                                .add("max", f.maxCharCount())
                                .add("price", f.defaultAddedPrice().amount())
                                .add("title", f.title()));
            } else {
                JsonArrayBuilder choices = Json.createArrayBuilder();
                for (ModifierChoice c : m.choices()) {
                    JsonObjectBuilder choice = Json.createObjectBuilder()
                            .add("id", c.choiceId().value())
                            .add("name", c.name());
                    if (c.colorCode() != null) {
                        choice.add("color", c.colorCode());
                    }
                    choices.add(choice.add("price", c.addedPrice().amount()));
                }
                modifier.add("choices", choices);
            }
            list.add(modifier);
        }
        return list.build().toString();
    }

    static Modifiers read(String json, String currencyCode) {
        if (json == null) {
            return Modifiers.NONE;
        }
        Currency currency = Currency.getInstance(currencyCode);
        JsonArray list;
        try (var reader = Json.createReader(new StringReader(json))) {
            list = reader.readArray();
        }
        return Modifiers.of(list.getValuesAs(JsonObject.class).stream()
                .map(m -> modifier(m, currency))
                .toList());
    }

    private static Modifier modifier(JsonObject m, Currency currency) {
        JsonObject f = m.getJsonObject("freeText");
        JsonArray choices = m.getJsonArray("choices");
        return new Modifier(
                new ModifierId(m.getString("id")),
                m.getString("name"),
                ModifierRenderType.valueOf(m.getString("type")),
                m.getBoolean("mandatory"),
                f == null
                        ? null
                        : new FreeTextSettings(
                                f.getInt("min"),
                                f.getInt("max"),
                                money(f.getJsonNumber("price").bigDecimalValue(), currency),
                                f.getString("title")),
                choices == null
                        ? List.of()
                        : choices.getValuesAs(JsonObject.class).stream()
                                .map(c -> new ModifierChoice(
                                        new ModifierId(c.getString("id")),
                                        c.getString("name"),
                                        c.getString("color", null),
                                        money(c.getJsonNumber("price").bigDecimalValue(), currency)))
                                .toList());
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }
}
