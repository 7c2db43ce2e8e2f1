package io.catalog.web.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.StockAdjustment;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.money.Discount;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.MediaType;
import io.catalog.domain.product.NewMedia;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductPatch;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.StockUpdate;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.product.modifier.ModifierChange;
import io.catalog.domain.product.modifier.ModifierSpec;
import io.catalog.domain.product.modifier.Modifiers;
import io.catalog.domain.shared.RuleViolationException;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonBodyReader;
import io.catalog.web.json.JsonInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The v1 request readers build the domain's values, naming the v1 fields in the errors of what they build; the v1
 * field paths ({@link V1Fields}) name the v1 fields for the domain's errors.
 */
class V1RequestsTest {

    private static final String PRODUCT_ID = "0b8f7e6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b";
    private static final String DEFAULT = VariantId.DEFAULT.value();

    private static JsonInput json(String body) {
        try {
            return new JsonBodyReader(JsonBodyReader.DEFAULT_MAX_BODY_BYTES)
                    .read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertInvalid(Supplier<?> read, String field, String code, String message) {
        var thrown = assertThatThrownBy(read::get)
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", field)
                .hasFieldOrPropertyWithValue("code", code);
        if (message != null) {
            thrown.hasMessage(message);
        } else {
            thrown.hasMessageStartingWith(field + " ");
        }
    }

    private static CreateProduct create(String product) {
        return ProductRequests.create(ProductRequests.fields(json("{\"product\": " + product + "}")));
    }

    private static UpdateProduct update(String product) {
        return ProductRequests.update(ProductRequests.fields(json("{\"product\": " + product + "}")));
    }

    @Test
    void aNewProductIsReadIntoDomainValues() {
        CreateProduct command = create("""
                {"name": "Shirt", "productType": "digital", "priceData": {"price": 5},
                 "discount": {"type": "PERCENT", "value": 10}, "stock": {"trackInventory": true, "quantity": 3},
                 "manageVariants": true, "slug": "shirt",
                 "productOptions": [{"name": "Size", "choices": [{"value": "S"}]},
                                    {"name": "Color", "optionType": "color",
                                     "choices": [{"value": "#fff", "description": "White"}]}]}""");

        assertThat(command.slug()).contains(Slug.parse("shirt"));
        assertThat(command.product().name()).isEqualTo(new ProductName("Shirt"));
        assertThat(command.product().type()).isEqualTo(ProductType.DIGITAL);
        assertThat(command.product().price()).isEqualByComparingTo("5");
        assertThat(command.product().discount()).isEqualTo(Discount.percent(BigDecimal.TEN));
        assertThat(command.product().stock()).isEqualTo(Stock.tracked(3));
        assertThat(command.product().manageVariants()).isTrue();
        assertThat(command.product().options())
                .containsExactly(
                        new OptionSpec("Size", OptionType.DROP_DOWN, List.of(new ChoiceSpec("S"))),
                        new OptionSpec("Color", OptionType.COLOR, List.of(new ChoiceSpec("#fff", "White"))));
        assertThat(create("{\"name\": \"Mug\"}").slug()).isEmpty();
    }

    @Test
    void anUpdateReadsOnlyTheSentChanges() {
        UpdateProduct nothing = update("{}");
        UpdateProduct some = update("""
                {"name": "Cup", "discount": {"value": 2}, "stock": {"inStock": false}, "manageVariants": false,
                 "productOptions": [], "warningLimit": null, "inventoryDelta": -2}""");

        assertThat(nothing.patch()).isEqualTo(ProductPatch.NONE);
        assertThat(nothing.inventoryDelta()).isNull();
        assertThat(some.patch().name()).isEqualTo(new ProductName("Cup"));
        assertThat(some.patch().discount()).isEqualTo(new ProductPatch.DiscountChange(null, new BigDecimal("2")));
        assertThat(some.patch().stock()).isEqualTo(new ProductPatch.StockChange(null, null, false));
        assertThat(some.patch().manageVariants()).isFalse();
        assertThat(some.patch().options()).isEmpty();
        assertThat(some.patch().warningLimit()).isEqualTo(new ProductPatch.WarningLimitChange(null));
        assertThat(some.patch().price()).isNull();
        assertThat(some.inventoryDelta()).isEqualTo(-2);
        assertThat(update("{\"warningLimit\": 4}").patch().warningLimit())
                .isEqualTo(new ProductPatch.WarningLimitChange(4));
    }

    @Test
    void theV1SpellingsAreReadHereAndTheirErrorsNameTheV1Fields() {
        assertInvalid(
                () -> create(
                        "{\"name\": \"Mug\", \"productOptions\": [{\"name\": \"Size\", \"optionType\": \"radio\"}]}"),
                "productOptions[0].optionType",
                "UNKNOWN_ENUM_VALUE",
                "productOptions[0].optionType must be one of drop_down, color (was \"radio\")");
        assertInvalid(
                () -> update("{\"productType\": \"soft\"}"),
                "productType",
                "UNKNOWN_ENUM_VALUE",
                "productType must be one of unspecified_product_type, physical, digital (was \"soft\")");
        assertInvalid(
                () -> create("{\"name\": \"Mug\", \"discount\": {\"value\": 1}}"),
                "discount.type",
                "REQUIRED",
                "discount.type is required when discount.value is given");
        assertInvalid(
                () -> update("{\"discount\": {\"type\": \"HALF\"}}"),
                "discount.type",
                "UNKNOWN_ENUM_VALUE",
                "discount.type must be one of NONE, AMOUNT, PERCENT (was \"HALF\")");
        assertInvalid(() -> create("{}"), "name", "REQUIRED", "name is required");
        assertInvalid(
                () -> update("{\"stock\": {\"quantity\": 1}, \"inventoryDelta\": 1}"),
                "inventoryDelta",
                "CONFLICTING_SELECTORS",
                "inventoryDelta must not be sent together with stock.quantity; send one of them");
    }

    @Test
    void theEnumerationsAreReadFromTheirV1SpellingsOnTheirV1Fields() {
        assertThat(V1Enums.discountType("PERCENT")).isEqualTo(DiscountType.PERCENT);
        assertInvalid(
                () -> V1Enums.discountType("percent"),
                "discount.type",
                "UNKNOWN_ENUM_VALUE",
                "discount.type must be one of NONE, AMOUNT, PERCENT (was \"percent\")");
        assertThat(V1Enums.optionType("drop_down")).isEqualTo(OptionType.DROP_DOWN);
        assertThat(V1Enums.optionType("color")).isEqualTo(OptionType.COLOR);
        assertInvalid(
                () -> V1Enums.optionType("radio"),
                "optionType",
                "UNKNOWN_ENUM_VALUE",
                "optionType must be one of drop_down, color (was \"radio\")");
        assertThat(V1Enums.mediaType("video")).isEqualTo(MediaType.VIDEO);
        assertInvalid(
                () -> V1Enums.mediaType("gif"),
                "mediaType",
                "UNKNOWN_ENUM_VALUE",
                "mediaType must be one of image, video (was \"gif\")");
        assertThat(V1Enums.productType("unspecified_product_type")).isEqualTo(ProductType.UNSPECIFIED);
        assertInvalid(() -> V1Enums.productType(null), "productType", "REQUIRED", "productType is required");
        assertInvalid(
                () -> ProductMediaRequests.additions(
                        json("{\"media\": [{\"url\": \"https://example.com/a.jpg\", \"mediaType\": \"gif\"}]}"),
                        "https://media.example/"),
                "media[0].mediaType",
                "UNKNOWN_ENUM_VALUE",
                "media[0].mediaType must be one of image, video (was \"gif\")");
    }

    @Test
    void customTextFieldsAreTheFreeTextModifiers() {
        CreateProduct command = create("""
                {"name": "Mug", "customTextFields": [{"title": "Engraving", "maxLength": 20, "mandatory": true},
                                                     {"title": "Note"}]}""");

        assertThat(command.product().modifiers())
                .isEqualTo(ModifierChange.freeTexts(List.of(
                        ModifierSpec.freeText("Engraving", 20, true), ModifierSpec.freeText("Note", null, null))));
        assertThat(update("{\"customTextFields\": []}").patch().modifiers())
                .isEqualTo(ModifierChange.freeTexts(List.of()));
        assertThat(update("{\"name\": \"Cup\"}").patch().modifiers())
                .as("not sent")
                .isNull();

        Modifiers built = command.product().modifiers().applyTo(Modifiers.NONE, java.util.Currency.getInstance("USD"));
        assertThat(built.list()).extracting(m -> m.freeText().maxCharCount()).containsExactly(20, 500);
        assertThatThrownBy(() -> V1Fields.PRODUCT.call(() -> update(
                                "{\"customTextFields\": [{\"title\": \"A\"}, {\"title\": \"B\", \"maxLength\": 501}]}")
                        .patch()
                        .modifiers()
                        .applyTo(built, java.util.Currency.getInstance("USD"))))
                .hasFieldOrPropertyWithValue("field", "customTextFields[1].maxLength")
                .hasFieldOrPropertyWithValue("code", "OUT_OF_RANGE");
        assertThatThrownBy(() -> V1Fields.PRODUCT.call(() -> update("{\"customTextFields\": [{\"maxLength\": 5}]}")
                        .patch()
                        .modifiers()
                        .applyTo(built, java.util.Currency.getInstance("USD"))))
                .hasFieldOrPropertyWithValue("field", "customTextFields[0].title")
                .hasFieldOrPropertyWithValue("code", "REQUIRED");
        assertInvalid(
                () -> create("{\"name\": \"Mug\", \"customTextFields\": [{\"title\": 5}]}"),
                "product.customTextFields[0].title",
                "INVALID_TYPE",
                null);
    }

    @Test
    void theDomainsProductFieldsAreTheV1Fields() {
        assertThat(V1Fields.PRODUCT.apiPath("options")).isEqualTo("productOptions");
        assertThat(V1Fields.PRODUCT.apiPath("options[1].choices[0].value"))
                .isEqualTo("productOptions[1].choices[0].value");
        assertThat(V1Fields.PRODUCT.apiPath("price")).isEqualTo("priceData.price");
        assertThat(V1Fields.PRODUCT.apiPath("discount.type")).isEqualTo("discount.type");
        assertThat(V1Fields.PRODUCT.apiPath("stock.quantity")).isEqualTo("stock.quantity");
        assertThat(V1Fields.PRODUCT.apiPath("warningLimit")).isEqualTo("warningLimit");
        assertThat(V1Fields.PRODUCT.apiPath("productOptions[0].optionType")).isEqualTo("productOptions[0].optionType");
        assertThatThrownBy(() -> V1Fields.PRODUCT.callIn(ProductRequests.PRODUCT, () -> {
                    throw new ValidationException("options", "TOO_MANY_VARIANTS", "must make at most 300 variants");
                }))
                .hasMessage("product.productOptions must make at most 300 variants")
                .hasFieldOrPropertyWithValue("field", "product.productOptions");
        assertThatThrownBy(() -> V1Fields.PRODUCT.callIn(ProductRequests.PRODUCT, () -> {
                    throw new RuleViolationException("VARIANTS_MANAGED", "options", "turn variant management off");
                }))
                .hasMessage("turn variant management off")
                .hasFieldOrPropertyWithValue("field", "productOptions");
    }

    @Test
    void theDomainsStockAdjustmentItemsAreTheDecrementOrIncrementData() {
        assertThat(V1Fields.DECREMENT.apiPath("items")).isEqualTo("decrementData");
        assertThat(V1Fields.DECREMENT.apiPath("items[2].amount")).isEqualTo("decrementData[2].decrementBy");
        assertThat(V1Fields.DECREMENT.apiPath("items[2].variantId")).isEqualTo("decrementData[2].variantId");
        assertThat(V1Fields.INCREMENT.apiPath("items[0].amount")).isEqualTo("incrementData[0].incrementBy");
        assertThat(V1Fields.INCREMENT.apiPath("items")).isEqualTo("incrementData");
    }

    private static List<StockAdjustment> decrements(String items) {
        return V1Fields.DECREMENT.call(() -> InventoryRequests.stockAdjustments(
                InventoryRequests.decrements(json("{\"decrementData\": " + items + "}"))));
    }

    @Test
    void stockAdjustmentsAreReadWithTheirErrorsOnTheV1Fields() {
        assertThat(decrements("[{\"productId\": \"" + PRODUCT_ID + "\", \"variantId\": \"" + DEFAULT
                        + "\", \"decrementBy\": 2}]"))
                .containsExactly(new StockAdjustment(ProductId.parse(PRODUCT_ID), VariantId.DEFAULT, 2));
        assertInvalid(
                () -> decrements("[{\"productId\": \"nope\", \"variantId\": \"" + DEFAULT + "\", \"decrementBy\": 1}]"),
                "decrementData[0].productId",
                "INVALID_ID",
                null);
    }

    @Test
    void stockAdjustmentItemErrors() {
        String item = "{\"productId\": \"" + PRODUCT_ID + "\", \"variantId\": \"" + DEFAULT + "\", \"decrementBy\": ";
        assertThatThrownBy(() -> decrements("[" + item + "1}, {\"productId\": \"" + PRODUCT_ID
                        + "\", \"variantId\": \"nope\", \"decrementBy\": 1}]"))
                .hasFieldOrPropertyWithValue("field", "decrementData[1].variantId")
                .hasFieldOrPropertyWithValue("code", "INVALID_ID");
        assertInvalid(
                () -> decrements("[" + item + "0}]"),
                "decrementData[0].decrementBy",
                "OUT_OF_RANGE",
                "decrementData[0].decrementBy must be between 1 and 99999999 (was 0)");
        assertInvalid(
                () -> decrements("[" + item + "null}]"),
                "decrementData[0].decrementBy",
                "REQUIRED",
                "decrementData[0].decrementBy is required");
        assertInvalid(
                () -> decrements("[]"),
                "decrementData",
                "REQUIRED",
                "decrementData must contain 1 to 100 items (was 0)");
        assertInvalid(
                () -> V1Fields.DECREMENT.call(
                        () -> InventoryRequests.stockAdjustments(InventoryRequests.decrements(json("{}")))),
                "decrementData",
                "REQUIRED",
                "decrementData must contain 1 to 100 items");
        // The count is checked before the items are read.
        assertInvalid(
                () -> decrements("[" + String.join(", ", Collections.nCopies(101, item + "0}")) + "]"),
                "decrementData",
                "OUT_OF_RANGE",
                "decrementData must contain 1 to 100 items (was 101)");
    }

    @Test
    void inventoryVariantsAreReadIntoStockUpdates() {
        InventoryRequests.InventoryItem item = InventoryRequests.update(
                json("{\"inventoryItem\": {\"trackQuantity\": true, \"variants\": [{\"variantId\": \"" + DEFAULT
                        + "\", \"quantity\": 3}]}}"));

        assertThat(item.trackQuantity()).isTrue();
        assertThat(item.stockUpdates()).containsExactly(new StockUpdate(VariantId.DEFAULT, 3, null));
        assertInvalid(
                () -> InventoryRequests.update(json(
                                "{\"inventoryItem\": {\"variants\": [{\"variantId\": \"bad\", \"quantity\": 1}]}}"))
                        .stockUpdates(),
                "variants[0].variantId",
                "INVALID_ID",
                null);
    }

    @Test
    void variantUpdatesAreReadWithTheirErrorsOnTheV1Fields() {
        List<VariantUpdate> updates = VariantRequests.updates(json("{\"variants\": [{\"variantIds\": [\"" + DEFAULT
                + "\"], \"price\": 3}, {\"choices\": {\"Size\": \"S\"}}]}"));

        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).variantIds()).containsExactly(VariantId.DEFAULT);
        assertThat(updates.get(0).price()).isEqualByComparingTo("3");
        assertThat(updates.get(1).choices()).isEqualTo(Map.of("Size", "S"));
        assertInvalid(
                () -> VariantRequests.updates(json("{\"variants\": [{}, {\"variantIds\": [\"nope\"]}]}")),
                "variants[1].variantIds[0]",
                "INVALID_ID",
                null);
        assertInvalid(
                () -> VariantRequests.updates(json(
                        "{\"variants\": [{\"variantIds\": [\"" + DEFAULT + "\"], \"choices\": {\"Size\": \"S\"}}]}")),
                "variants[0].choices",
                "CONFLICTING_SELECTORS",
                "variants[0].choices must not be given together with variantIds");
    }

    @Test
    void mediaAreReadWithTheirErrorsOnTheV1Fields() {
        List<NewMedia> media = ProductMediaRequests.additions(
                json("{\"media\": [{\"mediaId\": \"a.jpg\"}, {\"url\": \"https://example.com/b.mp4\", "
                        + "\"choice\": {\"option\": \"Size\", \"choice\": \"M\"}}]}"),
                "https://media.example/");

        assertThat(media.get(0).item().url()).isEqualTo("https://media.example/a.jpg");
        assertThat(media.get(1).item().type()).isEqualTo(MediaType.VIDEO);
        assertThat(media.get(1).option()).isEqualTo("Size");
        assertThat(media.get(1).choice()).isEqualTo("M");
        assertInvalid(
                () -> ProductMediaRequests.additions(
                        json("{\"media\": [{\"mediaId\": \"a.jpg\"}, {}]}"), "https://media.example/"),
                "media[1].mediaId",
                "REQUIRED",
                "media[1].mediaId or url is required");
        assertInvalid(
                () -> ProductMediaRequests.additions(
                        json("{\"media\": [{\"mediaId\": \"a.jpg\", \"url\": \"https://example.com/b.jpg\"}]}"),
                        "https://media.example/"),
                "media[0].url",
                "CONFLICTING_SELECTORS",
                "media[0].url must not be sent together with mediaId; send one of them");
    }
}
