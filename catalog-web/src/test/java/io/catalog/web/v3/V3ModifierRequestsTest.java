package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.ProductView;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.web.json.JsonInput;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Reading Catalog V3 modifiers into the domain's values and answering them, and what is refused. */
class V3ModifierRequestsTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");

    static final String MODIFIERS = """
            "modifiers": [
              {"name": "Engraving", "modifierRenderType": "FREE_TEXT", "mandatory": true,
               "freeTextSettings": {"minCharCount": 1, "maxCharCount": 20, "defaultAddedPrice": "3.5",
                                    "title": "Your text"}},
              {"name": "Gift wrap", "modifierRenderType": "TEXT_CHOICES",
               "choicesSettings": {"choices": [{"name": "Yes", "addedPrice": 2}, {"name": "No"}]}},
              {"name": "Ribbon", "modifierRenderType": "SWATCH_CHOICES",
               "choicesSettings": {"choices": [{"name": "Gold", "colorCode": "#FFD700", "choiceType": "ONE_COLOR"}]}}
            ]""";

    private static JsonInput json(String body) {
        return JsonInput.body(Json.createReader(new StringReader(body)).readValue());
    }

    private static CreateProduct create(String product) {
        return V3ProductRequests.create(V3ProductRequests.readCreate(json("{\"product\": " + product + "}")));
    }

    private static UpdateProduct update(String body) {
        return V3ProductRequests.update(V3ProductRequests.readUpdate(json(body)).fields());
    }

    private static Product product(CreateProduct command) {
        return V3Fields.PRODUCT.callIn(
                "product",
                () -> Product.create(ProductId.random(), STORE, 1, Slug.parse("mug"), USD, command.product(), NOW));
    }

    private static V3ProductDto read(Product product) {
        return V3Products.of(
                new ProductView(
                        product.summary(),
                        Optional.of(product),
                        List.of(),
                        new StoreSettings(STORE, USD, "https://www.example.com/")),
                false);
    }

    private static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        });
    }

    @Test
    void modifiersAreReadKeptAndAnsweredAsSent() throws Exception {
        Product product = product(create("{\"name\": \"Mug\", " + MODIFIERS + "}"));

        List<V3ModifierDto.ModifierDto> answered = read(product).modifiers();
        assertThat(answered)
                .extracting(V3ModifierDto.ModifierDto::name)
                .containsExactly("Engraving", "Gift wrap", "Ribbon");
        V3ModifierDto.ModifierDto engraving = answered.get(0);
        assertThat(engraving.key()).isEqualTo("Engraving");
        assertThat(engraving.mandatory()).isTrue();
        assertThat(engraving.freeTextSettings())
                .isEqualTo(new V3ModifierDto.FreeTextDto(1, 20, "3.50", "Your text", "Engraving"));
        assertThat(engraving.choicesSettings()).isNull();
        V3ModifierDto.ChoiceDto yes =
                answered.get(1).choicesSettings().choices().get(0);
        assertThat(yes.addedPrice()).isEqualTo("2.00");
        assertThat(yes.choiceType()).isEqualTo("CHOICE_TEXT");
        assertThat(answered.get(1).choicesSettings().choices().get(1).addedPrice())
                .isEqualTo("0.00");
        assertThat(answered.get(2).choicesSettings().choices().get(0).colorCode())
                .isEqualTo("#FFD700");

        // What a read answers, sent back, changes nothing.
        String sentBack;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            sentBack = jsonb.toJson(answered);
        }
        UpdateProduct again = update("{\"product\": {\"revision\": \"1\", \"modifiers\": " + sentBack + "}}");
        Product stored = Product.reconstitute(product.state());
        V3Fields.PRODUCT.callIn("product", () -> {
            stored.apply(again.patch(), NOW);
            return null;
        });
        assertThat(stored.hasChanges()).isFalse();
    }

    @Test
    void aMaskedModifiersFieldNotSentRemovesThem() {
        UpdateProduct masked =
                update("{\"product\": {\"revision\": \"1\"}, \"fieldMask\": {\"paths\": [\"modifiers\"]}}");
        Product product = product(create("{\"name\": \"Mug\", " + MODIFIERS + "}"));

        product.apply(masked.patch(), NOW);

        assertThat(product.modifiers()).isEqualTo(Modifiers.NONE);
        assertThat(update("{\"product\": {\"revision\": \"1\", \"name\": \"Cup\"}}")
                        .patch()
                        .modifiers())
                .as("not sent")
                .isNull();
    }

    @Test
    void theShapeIsCheckedOnTheRequestsPaths() {
        assertRefused(
                () -> create(
                        "{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"modifierRenderType\": \"DATE\"}]}"),
                ErrorCodes.UNKNOWN_ENUM_VALUE,
                "product.modifiers[0].modifierRenderType");
        assertRefused(
                () -> create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"modifierRenderType\":"
                        + " \"TEXT_CHOICES\", \"choicesSettings\": {\"choices\": [{\"name\": \"Y\", \"choiceType\":"
                        + " \"ONE_COLOR\"}]}}]}"),
                ErrorCodes.NOT_ALLOWED,
                "product.modifiers[0].choicesSettings.choices[0].choiceType");
        assertRefused(
                () -> create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"choicesSettings\": {\"choices\":"
                        + " [{\"name\": \"Y\", \"linkedMedia\": [{\"url\": \"https://x.example/a.jpg\"}]}]}}]}"),
                ErrorCodes.UNSUPPORTED_FIELD,
                "product.modifiers[0].choicesSettings.choices[0].linkedMedia");
        assertRefused(
                () -> create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"freeTextSettings\":"
                        + " {\"maxCharCount\": \"ten\"}}]}"),
                JsonInput.INVALID_TYPE,
                "product.modifiers[0].freeTextSettings.maxCharCount");
        assertRefused(
                () -> create("{\"name\": \"Mug\", \"modifiers\": {\"name\": \"A\"}}"),
                JsonInput.INVALID_TYPE,
                "product.modifiers");
        assertThat(create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"key\": \"ignored\","
                                + " \"freeTextSettings\": {\"key\": \"ignored\"}}]}")
                        .product()
                        .modifiers()
                        .specs())
                .hasSize(1);
    }

    @Test
    void theDomainsErrorsNameTheRequestsPaths() {
        assertRefused(
                () -> product(create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"freeTextSettings\":"
                        + " {\"maxCharCount\": 501}}]}")),
                ErrorCodes.OUT_OF_RANGE,
                "product.modifiers[0].freeTextSettings.maxCharCount");
        assertRefused(
                () -> product(create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"modifierRenderType\":"
                        + " \"SWATCH_CHOICES\", \"choicesSettings\": {\"choices\": [{\"name\": \"Y\", \"colorCode\":"
                        + " \"yellow\"}]}}]}")),
                ErrorCodes.INVALID_FORMAT,
                "product.modifiers[0].choicesSettings.choices[0].colorCode");
        assertRefused(
                () -> product(create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\", \"choicesSettings\":"
                        + " {\"choices\": [{\"name\": \"Y\", \"addedPrice\": \"-1\"}]}}]}")),
                ErrorCodes.OUT_OF_RANGE,
                "product.modifiers[0].choicesSettings.choices[0].addedPrice");
        assertRefused(
                () -> product(create("{\"name\": \"Mug\", \"modifiers\": [{\"name\": \"A\","
                        + " \"modifierRenderType\": \"FREE_TEXT\"}, {\"name\": \"a\", \"modifierRenderType\":"
                        + " \"FREE_TEXT\"}]}")),
                ErrorCodes.DUPLICATE_MODIFIER_NAME,
                "product.modifiers[1].name");
    }
}
