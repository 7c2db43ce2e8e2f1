package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static io.catalog.web.support.ApiChecks.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Product modifiers in both dialects: Catalog V3 writes and reads them whole ({@code modifiers}); v1 reads and writes
 * the free-text ones as {@code customTextFields}, keeping the choice modifiers V3 set.
 */
class V3ModifiersIT extends CatalogIT {

    private static final String PRODUCTS = "/stores/v3/products";
    private static final String V1_PRODUCTS = "/stores/v1/products";

    private static final String MUG = """
            {"product": {"name": "Mug", "modifiers": [
              {"name": "Engraving", "modifierRenderType": "FREE_TEXT", "mandatory": true,
               "freeTextSettings": {"minCharCount": 2, "maxCharCount": 20, "defaultAddedPrice": "3.505",
                                    "title": "Text to engrave"}},
              {"name": "Gift wrap", "modifierRenderType": "TEXT_CHOICES",
               "choicesSettings": {"choices": [{"name": "Yes", "addedPrice": 2.5}, {"name": "No"}]}},
              {"name": "Ribbon", "modifierRenderType": "SWATCH_CHOICES",
               "choicesSettings": {"choices": [{"name": "Gold", "colorCode": "#FFD700", "choiceType": "ONE_COLOR"}]}}
            ]}}""";

    private static JsonObject created(Api store, String body) {
        Api.Response response = store.post(PRODUCTS, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject get(Api store, String id) {
        Api.Response response = store.get(PRODUCTS + "/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject patched(Api store, String id, String body) {
        Api.Response response = store.patch(PRODUCTS + "/" + id, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject v1(Api store, String id) {
        Api.Response response = store.get(V1_PRODUCTS + "/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject named(JsonArray modifiers, String name) {
        return modifiers.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("name").equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no modifier " + name + " in " + modifiers));
    }

    @Test
    void modifiersAreKeptAndAnsweredAsSentWithStableIds() {
        Api store = newStore();
        JsonObject mug = created(store, MUG);
        String id = mug.getString("id");
        JsonArray modifiers = mug.getJsonArray("modifiers");

        assertThat(get(store, id)).isEqualTo(mug);
        assertThat(modifiers).hasSize(3);
        JsonObject engraving = modifiers.getJsonObject(0);
        assertThat(engraving.getString("modifierRenderType")).isEqualTo("FREE_TEXT");
        assertThat(engraving.getBoolean("mandatory")).isTrue();
        assertThat(engraving.getString("key")).isEqualTo("Engraving");
        assertThat(engraving.getJsonObject("freeTextSettings"))
                .isEqualTo(parse("{\"minCharCount\": 2, \"maxCharCount\": 20, \"defaultAddedPrice\": \"3.51\","
                        + " \"title\": \"Text to engrave\", \"key\": \"Engraving\"}"));
        UUID.fromString(engraving.getString("id"));
        JsonObject yes = modifiers
                .getJsonObject(1)
                .getJsonObject("choicesSettings")
                .getJsonArray("choices")
                .getJsonObject(0);
        assertThat(yes.getString("addedPrice")).isEqualTo("2.50");
        assertThat(yes.getString("choiceType")).isEqualTo("CHOICE_TEXT");
        assertThat(modifiers
                        .getJsonObject(2)
                        .getJsonObject("choicesSettings")
                        .getJsonArray("choices")
                        .getJsonObject(0)
                        .getString("colorCode"))
                .isEqualTo("#FFD700");

        // Sent back as read: nothing changes.
        JsonObject same = patched(
                store,
                id,
                "{\"product\": {\"revision\": \"" + mug.getString("revision") + "\", \"modifiers\": " + modifiers
                        + "}}");
        assertThat(same.getJsonArray("modifiers")).isEqualTo(modifiers);

        // Renamed with its id, reordered, one choice sent without an id: the ids stay with the modifiers and names.
        JsonObject renamed = patched(store, id, """
                {"product": {"revision": "%s", "modifiers": [
                  {"name": "Gift wrap", "choicesSettings": {"choices": [{"name": "No"}, {"name": "yes"}]}},
                  {"id": "%s", "name": "Monogram", "modifierRenderType": "FREE_TEXT"}
                ]}, "fieldMask": {"paths": ["modifiers"]}}""".formatted(same.getString("revision"), engraving.getString("id")));
        JsonArray now = renamed.getJsonArray("modifiers");
        assertThat(now).hasSize(2);
        assertThat(named(now, "Monogram").getString("id")).isEqualTo(engraving.getString("id"));
        assertThat(named(now, "Gift wrap").getString("id"))
                .isEqualTo(modifiers.getJsonObject(1).getString("id"));
        assertThat(named(now, "Gift wrap")
                        .getJsonObject("choicesSettings")
                        .getJsonArray("choices")
                        .getJsonObject(1)
                        .getString("choiceId"))
                .isEqualTo(yes.getString("choiceId"));
        assertThat(named(now, "Monogram").getJsonObject("freeTextSettings").getInt("maxCharCount"))
                .as("settings not sent through V3 take their defaults")
                .isEqualTo(500);
        assertThat(get(store, id)).isEqualTo(renamed);

        // A masked field not sent removes them; other updates leave them.
        JsonObject cleared = patched(
                store,
                id,
                "{\"product\": {\"revision\": \"" + renamed.getString("revision")
                        + "\"}, \"fieldMask\": {\"paths\": [\"modifiers\"]}}");
        assertThat(cleared.getJsonArray("modifiers")).isEmpty();
        JsonObject other = created(store, MUG);
        JsonObject renamedOther = patched(
                store,
                other.getString("id"),
                "{\"product\": {\"revision\": \"" + other.getString("revision") + "\", \"name\": \"Cup\"}}");
        assertThat(renamedOther.getJsonArray("modifiers")).isEqualTo(other.getJsonArray("modifiers"));
    }

    @Test
    void invalidModifiersAreRefusedNamingTheFieldAndNothingIsWritten() {
        Api store = newStore();
        JsonObject mug = created(store, MUG);

        assertError(
                store.patch(PRODUCTS + "/" + mug.getString("id"), """
                        {"product": {"revision": "%s", "name": "Cup", "modifiers": [
                          {"name": "Ribbon", "modifierRenderType": "SWATCH_CHOICES",
                           "choicesSettings": {"choices": [{"name": "Gold", "colorCode": "gold"}]}}]}}""".formatted(mug.getString("revision"))),
                400,
                "INVALID_FORMAT",
                "product.modifiers[0].choicesSettings.choices[0].colorCode");
        assertError(
                store.post(
                        PRODUCTS,
                        "{\"product\": {\"name\": \"Cup\", \"modifiers\": [{\"name\": \"Note\","
                                + " \"freeTextSettings\": {\"minCharCount\": 9, \"maxCharCount\": 8}}]}}"),
                400,
                "OUT_OF_RANGE",
                "product.modifiers[0].freeTextSettings.minCharCount");
        assertThat(get(store, mug.getString("id"))).isEqualTo(mug);
        assertThat(store.post(PRODUCTS + "/count", "{}").json().getInt("count")).isEqualTo(1);
    }

    /**
     * A V3 product with a free text and a text choices modifier: v1 reads the free text as a customTextField; a v1
     * update of the customTextFields replaces the free texts and keeps the choice modifier, and a free text it names
     * keeps its id and the settings v1 cannot send.
     */
    @Test
    void v1ReadsAndWritesTheFreeTextsAndKeepsTheChoiceModifiers() {
        Api store = newStore();
        JsonObject mug = created(store, MUG);
        String id = mug.getString("id");
        JsonObject engraving = mug.getJsonArray("modifiers").getJsonObject(0);

        JsonObject v1 = v1(store, id);
        assertThat(v1.getJsonArray("customTextFields"))
                .isEqualTo(parse("{\"f\": [{\"title\": \"Engraving\", \"maxLength\": 20, \"mandatory\": true}]}")
                        .getJsonArray("f"));

        Api.Response update = store.patch(
                V1_PRODUCTS + "/" + id,
                "{\"product\": {\"customTextFields\": [{\"title\": \"Engraving\", \"maxLength\": 10},"
                        + " {\"title\": \"Card message\", \"mandatory\": false}]}}");
        assertThat(update.status()).as(update.body()).isEqualTo(200);
        assertThat(update.json().getJsonObject("product").getJsonArray("customTextFields"))
                .isEqualTo(parse("{\"f\": [{\"title\": \"Engraving\", \"maxLength\": 10, \"mandatory\": true},"
                                + " {\"title\": \"Card message\", \"maxLength\": 500, \"mandatory\": false}]}")
                        .getJsonArray("f"));

        JsonArray modifiers = get(store, id).getJsonArray("modifiers");
        assertThat(modifiers.getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("name"))
                .containsExactly("Engraving", "Gift wrap", "Ribbon", "Card message");
        assertThat(named(modifiers, "Gift wrap"))
                .isEqualTo(mug.getJsonArray("modifiers").getJsonObject(1));
        assertThat(named(modifiers, "Ribbon"))
                .isEqualTo(mug.getJsonArray("modifiers").getJsonObject(2));
        JsonObject kept = named(modifiers, "Engraving");
        assertThat(kept.getString("id")).isEqualTo(engraving.getString("id"));
        assertThat(kept.getJsonObject("freeTextSettings"))
                .isEqualTo(parse("{\"minCharCount\": 2, \"maxCharCount\": 10, \"defaultAddedPrice\": \"3.51\","
                        + " \"title\": \"Text to engrave\", \"key\": \"Engraving\"}"));

        // v1 sending back what it reads changes nothing; an update without customTextFields leaves them.
        JsonObject before = get(store, id);
        Api.Response again = store.patch(
                V1_PRODUCTS + "/" + id,
                Json.createObjectBuilder()
                        .add(
                                "product",
                                Json.createObjectBuilder()
                                        .add("customTextFields", v1(store, id).getJsonArray("customTextFields"))
                                        .add("name", "Mug"))
                        .build()
                        .toString());
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(get(store, id).getJsonArray("modifiers")).isEqualTo(before.getJsonArray("modifiers"));
        assertThat(store.patch(V1_PRODUCTS + "/" + id, "{\"product\": {\"name\": \"Big mug\"}}")
                        .status())
                .isEqualTo(200);
        assertThat(get(store, id).getJsonArray("modifiers")).isEqualTo(before.getJsonArray("modifiers"));

        // A title of a choice modifier conflicts with it; too many with those kept as well.
        assertError(
                store.patch(
                        V1_PRODUCTS + "/" + id, "{\"product\": {\"customTextFields\": [{\"title\": \"gift wrap\"}]}}"),
                409,
                "DUPLICATE_MODIFIER_NAME",
                "customTextFields[0].title");
        assertError(
                store.patch(
                        V1_PRODUCTS + "/" + id,
                        "{\"product\": {\"customTextFields\": [{\"title\": \"A\"}, {\"title\": \"B\"}, {\"title\":"
                                + " \"C\"}, {\"title\": \"D\"}, {\"title\": \"E\"}]}}"),
                409,
                "TOO_MANY_MODIFIERS",
                "customTextFields");
        assertError(
                store.patch(
                        V1_PRODUCTS + "/" + id,
                        "{\"product\": {\"customTextFields\": [{\"title\": \"A\", \"maxLength\": 501}]}}"),
                400,
                "OUT_OF_RANGE",
                "product.customTextFields[0].maxLength");
        assertThat(get(store, id).getJsonArray("modifiers")).isEqualTo(before.getJsonArray("modifiers"));

        // Removing the free texts through v1 keeps the choice modifiers.
        assertThat(store.patch(V1_PRODUCTS + "/" + id, "{\"product\": {\"customTextFields\": []}}")
                        .status())
                .isEqualTo(200);
        assertThat(get(store, id).getJsonArray("modifiers").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("name"))
                .containsExactly("Gift wrap", "Ribbon");
    }

    @Test
    void aV1ProductCreatedWithCustomTextFieldsHasFreeTextModifiers() {
        Api store = newStore();
        Api.Response response = store.post(
                V1_PRODUCTS,
                "{\"product\": {\"name\": \"Card\", \"customTextFields\": [{\"title\": \" Message \", \"maxLength\":"
                        + " 140, \"mandatory\": true}]}}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonObject card = response.json().getJsonObject("product");
        assertThat(card.getJsonArray("customTextFields"))
                .isEqualTo(parse("{\"f\": [{\"title\": \"Message\", \"maxLength\": 140, \"mandatory\": true}]}")
                        .getJsonArray("f"));
        assertThat(v1(store, card.getString("id")).getJsonArray("customTextFields"))
                .isEqualTo(card.getJsonArray("customTextFields"));

        JsonObject v3 = get(store, card.getString("id"));
        assertThat(v3.getJsonArray("modifiers").getValuesAs(JsonObject.class))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getString("modifierRenderType")).isEqualTo("FREE_TEXT");
                    assertThat(m.getJsonObject("freeTextSettings"))
                            .isEqualTo(parse(
                                    "{\"minCharCount\": 0, \"maxCharCount\": 140, \"defaultAddedPrice\": \"0.00\","
                                            + " \"title\": \"Message\", \"key\": \"Message\"}"));
                });

        // Queries and pages answer them too (read without the variants).
        Api.Response page = store.post(V1_PRODUCTS + "/query", "{\"query\": {}}");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<JsonObject> products = page.json().getJsonArray("products").getValuesAs(JsonObject.class);
        assertThat(products)
                .singleElement()
                .satisfies(p -> assertThat(p.getJsonArray("customTextFields"))
                        .isEqualTo(card.getJsonArray("customTextFields")));
        Api.Response v3Page = store.post(PRODUCTS + "/query", "{\"query\": {}}");
        assertThat(v3Page.status()).as(v3Page.body()).isEqualTo(200);
        assertThat(v3Page.json().getJsonArray("products").getJsonObject(0).getJsonArray("modifiers"))
                .isEqualTo(v3.getJsonArray("modifiers"));
    }
}
