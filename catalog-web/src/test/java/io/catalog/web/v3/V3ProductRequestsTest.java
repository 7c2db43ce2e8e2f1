package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.ProductView;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.web.json.JsonInput;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Reading Catalog V3 product writes into the domain's values, and what is refused. */
class V3ProductRequestsTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final StoreSettings SETTINGS =
            new StoreSettings(STORE, Currency.getInstance("USD"), "https://www.example.com/");

    private static final String OPTIONS = """
            "options": [
              {"name": "Size", "optionRenderType": "TEXT_CHOICES",
               "choicesSettings": {"choices": [{"name": "S"}, {"name": "L"}]}},
              {"name": "Color", "optionRenderType": "SWATCH_CHOICES",
               "choicesSettings": {"choices": [{"name": "Green", "colorCode": "#008000"},
                                               {"name": "Navy", "colorCode": "#000080", "choiceType": "ONE_COLOR"}]}}
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

    /** The product made as the creation use case makes it: created, then its variants written. */
    private static Product product(CreateProduct command) {
        Instant now = Instant.parse("2026-12-07T10:00:00Z");
        return V3Fields.PRODUCT.callIn("product", () -> {
            Product product = Product.create(
                    ProductId.random(),
                    STORE,
                    1,
                    Slug.fromName(command.product().name().value()),
                    Currency.getInstance("USD"),
                    command.product(),
                    now);
            product.writeVariants(command.variants(), now);
            product.changeDetails(command.details(), now);
            return product;
        });
    }

    private static V3ProductDto read(Product product) {
        return V3Products.of(new ProductView(product.summary(), Optional.of(product), List.of(), SETTINGS), false);
    }

    private static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        });
    }

    private static String variant(String size, String colour, String price) {
        return """
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "%s"}},
                             {"optionChoiceNames": {"optionName": "Color", "choiceName": "%s",
                                                    "renderType": "SWATCH_CHOICES"}}],
                 "price": {"actualPrice": {"amount": "%s"}}, "sku": "TS", "physicalProperties": {"weight": 0.2}}""".formatted(size, colour, price);
    }

    private static String allVariants(String lastPrice) {
        return "\"variantsInfo\": {\"variants\": [" + variant("S", "Green", "10.50") + ", "
                + variant("S", "Navy", "10.50") + ", " + variant("L", "Green", "10.50") + ", "
                + variant("L", "navy", lastPrice) + "]}";
    }

    @Test
    void aSwatchChoiceIsAColourChoiceNamedByItsDescriptionAndReadsBackAsSent() {
        CreateProduct command = create("{\"name\": \"T-shirt\", " + OPTIONS + ", " + allVariants("10.50") + "}");

        List<OptionSpec> options = command.product().options();
        assertThat(options.get(0).type()).isEqualTo(OptionType.DROP_DOWN);
        assertThat(options.get(0).choices()).extracting(ChoiceSpec::value).containsExactly("S", "L");
        assertThat(options.get(1).type()).isEqualTo(OptionType.COLOR);
        assertThat(options.get(1).choices())
                .containsExactly(new ChoiceSpec("#008000", "Green"), new ChoiceSpec("#000080", "Navy"));
        assertThat(command.product().manageVariants()).isFalse();
        assertThat(command.product().price()).isEqualByComparingTo("10.50");
        assertThat(command.product().sku().value()).isEqualTo("TS");

        V3ProductDto back = read(product(command));
        assertThat(back.options()).extracting(V3ProductDto.Option::name).containsExactly("Size", "Color");
        assertThat(back.options())
                .extracting(V3ProductDto.Option::optionRenderType)
                .containsExactly("TEXT_CHOICES", "SWATCH_CHOICES");
        assertThat(back.options().get(0).choicesSettings().choices())
                .extracting(V3ProductDto.Choice::name, V3ProductDto.Choice::colorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("S", null), org.assertj.core.groups.Tuple.tuple("L", null));
        assertThat(back.options().get(1).choicesSettings().choices())
                .extracting(V3ProductDto.Choice::name, V3ProductDto.Choice::colorCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Green", "#008000"),
                        org.assertj.core.groups.Tuple.tuple("Navy", "#000080"));
        assertThat(back.variantsInfo().variants()).hasSize(4);
        assertThat(back.variantsInfo().variants()).allSatisfy(v -> {
            assertThat(v.price().actualPrice().amount()).isEqualTo("10.50");
            assertThat(v.sku()).isEqualTo("TS");
            assertThat(v.physicalProperties().weight()).isEqualByComparingTo("0.2");
        });
    }

    @Test
    void theOneVariantOfAProductWithoutOptionsCarriesItsPriceSkuWeightAndVisibility() {
        CreateProduct command = create("""
                {"name": "E-book", "slug": "e-book-1", "productType": "DIGITAL",
                 "plainDescription": "<p>A <b>good</b> read</p>",
                 "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "5.00", "formattedAmount": "$5"}},
                   "sku": "BOOK", "visible": false, "choices": []}]}}""");

        assertThat(command.product().type()).isEqualTo(ProductType.DIGITAL);
        assertThat(command.product().price()).isEqualByComparingTo("5");
        assertThat(command.product().sku().value()).isEqualTo("BOOK");
        assertThat(command.variants())
                .singleElement()
                .satisfies(v -> assertThat(v.visible()).isFalse());
        assertThat(product(command).visible()).isFalse();
        assertThat(command.product().description().value()).isEqualTo("<p>A <b>good</b> read</p>");
        assertThat(command.slug()).contains(Slug.parse("e-book-1"));
    }

    @Test
    void outputOnlyFieldsAreIgnored() {
        CreateProduct command = create("""
                {"name": "Mug", "id": "x", "revision": "7", "createdDate": "2026-01-01T00:00:00Z",
                 "updatedDate": "2026-01-01T00:00:00Z", "url": {"relativePath": "/p"}, "currency": "EUR",
                 "actualPriceRange": {"minValue": {"amount": "1"}}, "inventory": {"availabilityStatus": "IN_STOCK"},
                 "variantSummary": {"variantCount": 1}, "directCategoriesInfo": {"categories": []},
                 "allCategoriesInfo": {"categories": []}, "physicalProperties": {"shippingWeightRange": {}}}""");

        assertThat(command.product().name().value()).isEqualTo("Mug");
    }

    @Test
    void fieldsTheCatalogDoesNotKeepAreRefusedByTheirPath() {
        assertRefused(
                () -> create("{\"name\": \"Mug\", \"notAField\": {\"subscriptions\": []}}"),
                ErrorCodes.UNSUPPORTED_FIELD,
                "product.notAField");
        assertRefused(
                () -> create("""
                        {"name": "Mug", "variantsInfo": {"variants": [
                          {"price": {"actualPrice": {"amount": "5"}, "salePrice": {"amount": "7"}}}]}}"""), ErrorCodes.UNSUPPORTED_FIELD, "product.variantsInfo.variants[0].price.salePrice");
        assertRefused(
                () -> create("{\"name\": \"Mug\", \"variantsInfo\": {\"variants\": [{\"id\": \"1\"}]}}"),
                ErrorCodes.UNSUPPORTED_FIELD,
                "product.variantsInfo.variants[0].id");
        assertRefused(
                () -> create("""
                        {"name": "Mug", "options": [{"name": "Size",
                          "choicesSettings": {"choices": [{"name": "S", "linkedMedia": [{}]}]}}]}"""),
                ErrorCodes.UNSUPPORTED_FIELD,
                "product.options[0].choicesSettings.choices[0].linkedMedia");
        assertRefused(
                () -> V3ProductRequests.readCreate(json("{\"product\": {\"name\": \"Mug\"}, \"options\": []}")),
                ErrorCodes.UNSUPPORTED_FIELD,
                "options");
        // sent as null: nothing is lost
        assertThat(create("{\"name\": \"Mug\", \"ribbon\": null}")
                        .product()
                        .name()
                        .value())
                .isEqualTo("Mug");
    }

    @Test
    void variantsThatDifferBecomeManagedVariantsWithTheirOwnValuesAndV1sIds() {
        Product product = product(create("{\"name\": \"T-shirt\", " + OPTIONS + ", " + allVariants("12.00") + "}"));

        assertThat(product.manageVariants()).isTrue();
        V3ProductDto back = read(product);
        assertThat(back.variantsInfo().variants())
                .extracting(v -> v.price().actualPrice().amount())
                .containsExactly("10.50", "10.50", "10.50", "12.00");
        assertThat(back.variantsInfo().variants())
                .extracting(V3ProductDto.Variant::id)
                .containsExactlyElementsOf(product.variants().page(0, 10).stream()
                        .map(v -> v.id().toString())
                        .toList());
        assertThat(back.actualPriceRange().maxValue().amount()).isEqualTo("12.00");
    }

    @Test
    void compareAtPricesCostsAndBarcodesAreReadAndAnsweredBack() {
        Product product = product(create("""
                {"name": "Mug", "variantsInfo": {"variants": [
                  {"price": {"actualPrice": {"amount": "8", "formattedAmount": "$8"}, "compareAtPrice": {"amount": 10}},
                   "revenueDetails": {"cost": {"amount": "6.5"}, "profit": {"amount": "1"}, "profitMargin": 0.1},
                   "barcode": " 4006381333931 "}]}}"""));

        V3ProductDto.Variant variant = read(product).variantsInfo().variants().get(0);
        assertThat(variant.price().actualPrice().amount()).isEqualTo("8.00");
        assertThat(variant.price().compareAtPrice().amount()).isEqualTo("10.00");
        assertThat(variant.revenueDetails().cost().amount()).isEqualTo("6.50");
        assertThat(variant.revenueDetails().profit().amount()).isEqualTo("1.50");
        assertThat(variant.revenueDetails().profitMargin()).isEqualByComparingTo("0.1875");
        assertThat(variant.barcode()).isEqualTo("4006381333931");
        assertThat(read(product).costRange().maxValue().amount()).isEqualTo("6.50");
        assertRefused(
                () -> product(create("""
                        {"name": "Mug", "variantsInfo": {"variants": [
                          {"price": {"actualPrice": {"amount": "8"}, "compareAtPrice": {"amount": "7.99"}}}]}}""")),
                ErrorCodes.NOT_ALLOWED,
                "product.variantsInfo.variants[0].price.compareAtPrice.amount");
        assertRefused(
                () -> product(create("""
                        {"name": "Mug", "variantsInfo": {"variants": [
                          {"revenueDetails": {"cost": {"amount": "1e12"}}}]}}""")),
                ErrorCodes.OUT_OF_RANGE,
                "product.variantsInfo.variants[0].revenueDetails.cost.amount");
    }

    @Test
    void aVariantPriceOutOfRangeIsNamedOnItsVariant() {
        assertRefused(
                () -> product(create("{\"name\": \"T-shirt\", " + OPTIONS + ", " + allVariants("-1") + "}")),
                ErrorCodes.OUT_OF_RANGE,
                "product.variantsInfo.variants[3].price.actualPrice.amount");
    }

    @Test
    void withOptionsTheVariantsAreEveryCombinationOnce() {
        String missing = "\"variantsInfo\": {\"variants\": [" + variant("S", "Green", "1") + "]}";
        assertRefused(
                () -> create("{\"name\": \"T-shirt\", " + OPTIONS + ", " + missing + "}"),
                ErrorCodes.NOT_ALLOWED,
                "product.variantsInfo.variants");
        String unknown = "\"variantsInfo\": {\"variants\": [" + variant("XL", "Green", "1") + "]}";
        assertRefused(
                () -> create("{\"name\": \"T-shirt\", " + OPTIONS + ", " + unknown + "}"),
                ErrorCodes.UNKNOWN_CHOICE,
                "product.variantsInfo.variants[0].choices[0].optionChoiceNames.choiceName");
    }

    @Test
    void withoutOptionsTheOneVariantNamesNoChoice() {
        assertRefused(
                () -> create(
                        "{\"name\": \"Mug\", \"variantsInfo\": {\"variants\": [" + variant("S", "Green", "1") + "]}}"),
                ErrorCodes.NOT_ALLOWED,
                "product.variantsInfo.variants[0].choices");
        assertRefused(
                () -> create(
                        "{\"name\": \"Mug\", \"variantsInfo\": {\"variants\": [{\"sku\": \"A\"}, {\"sku\": \"A\"}]}}"),
                ErrorCodes.NOT_ALLOWED,
                "product.variantsInfo.variants");
        assertRefused(() -> create("""
                        {"name": "Mug", "visible": true,
                         "variantsInfo": {"variants": [{"visible": false}]}}"""), ErrorCodes.NOT_ALLOWED, "product.variantsInfo.variants[0].visible");
    }

    @Test
    void aSwatchNeedsItsColourAndATextChoiceHasNone() {
        assertRefused(
                () -> create("""
                        {"name": "Mug", "options": [{"name": "Color", "optionRenderType": "SWATCH_CHOICES",
                          "choicesSettings": {"choices": [{"name": "Red"}]}}]}"""), ErrorCodes.REQUIRED, "product.options[0].choicesSettings.choices[0].colorCode");
        assertRefused(
                () -> create("""
                        {"name": "Mug", "options": [{"name": "Size",
                          "choicesSettings": {"choices": [{"name": "S", "colorCode": "#fff"}]}}]}"""), ErrorCodes.NOT_ALLOWED, "product.options[0].choicesSettings.choices[0].colorCode");
    }

    @Test
    void theDomainsErrorsNameTheV3Paths() {
        CreateProduct duplicate = create("""
                {"name": "Mug", "options": [{"name": "Size",
                  "choicesSettings": {"choices": [{"name": "S"}, {"name": "s"}]}}]}""");
        assertRefused(
                () -> product(duplicate),
                ErrorCodes.DUPLICATE_CHOICE_VALUE,
                "product.options[0].choicesSettings.choices[1].name");
        assertThat(V3Fields.PRODUCT.apiPath("price")).isEqualTo("variantsInfo.variants[0].price.actualPrice.amount");
        assertThat(V3Fields.PRODUCT.apiPath("description")).isEqualTo("plainDescription");
        assertThat(V3Fields.PRODUCT.apiPath("plainDescription")).isEqualTo("plainDescription");
    }

    @Test
    void aRichContentDescriptionOfTextBlocksBecomesHtml() {
        CreateProduct command = create("""
                {"name": "Mug", "description": {"metadata": {"version": 1}, "nodes": [
                  {"type": "HEADING", "id": "a", "headingData": {"level": 2},
                   "nodes": [{"type": "TEXT", "textData": {"text": "Big & <bold>", "decorations": []}}]},
                  {"type": "PARAGRAPH", "paragraphData": {},
                   "nodes": [{"type": "TEXT", "id": "", "nodes": [], "textData": {"text": "one\\ntwo"}}]}]}}""");
        assertThat(command.product().description().value())
                .isEqualTo("<h2>Big &amp; &lt;bold&gt;</h2><p>one<br>two</p>");

        assertRefused(
                () -> create("""
                        {"name": "Mug", "description": {"nodes": [{"type": "PARAGRAPH", "nodes": [
                          {"type": "TEXT", "textData": {"text": "x", "decorations": [{"type": "BOLD"}]}}]}]}}"""),
                ErrorCodes.NOT_ALLOWED,
                "product.description.nodes[0].nodes[0].textData.decorations");
        assertRefused(
                () -> create("{\"name\": \"Mug\", \"description\": {\"nodes\": [{\"type\": \"IMAGE\"}]}}"),
                ErrorCodes.NOT_ALLOWED,
                "product.description.nodes[0].type");
    }

    @Test
    void aProductReadAndSentBackKeepsItsHtmlDescription() {
        String html = "<p>nice <b>summer</b> t-shirt</p>";
        V3ProductDto.RichContent document = RicosDocument.of(html);
        String documentJson;
        try (var jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            documentJson = jsonb.toJson(document);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        CreateProduct command = create("{\"name\": \"Mug\", \"plainDescription\": \"" + html.replace("\"", "\\\"")
                + "\", \"description\": " + documentJson + "}");
        assertThat(command.product().description().value()).isEqualTo(html);
    }

    @Test
    void anUpdateNeedsTheRevision() {
        assertRefused(
                () -> V3ProductRequests.readUpdate(json("{\"product\": {\"name\": \"x\"}}")),
                ErrorCodes.REQUIRED,
                "product.revision");
        assertThat(V3ProductRequests.readUpdate(json("{\"product\": {\"revision\": \"4\"}}"))
                        .revision())
                .isEqualTo(4);
    }

    @Test
    void withAFieldMaskOnlyTheFieldsNamedChange() {
        UpdateProduct masked = update("""
                {"product": {"revision": "2", "name": "New", "visible": false,
                  "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "3"}}}]}},
                 "fieldMask": {"paths": ["name", "variantsInfo.variants", "plainDescription", "options"]}}""");
        assertThat(masked.patch().name().value()).isEqualTo("New");
        assertThat(masked.patch().visible()).isNull();
        assertThat(masked.variants())
                .singleElement()
                .satisfies(v -> assertThat(v.price()).isEqualByComparingTo("3"));
        assertThat(masked.patch().discount())
                .as("the variants write the discount")
                .isNull();
        assertThat(masked.patch().manageVariants())
                .as("options removed: variants unmanaged")
                .isFalse();
        assertThat(masked.patch().description().value()).isEmpty();
        assertThat(masked.patch().options()).isEmpty();

        UpdateProduct unmasked = update("{\"product\": {\"revision\": \"2\", \"visible\": false}}");
        assertThat(unmasked.patch().visible()).isFalse();
        assertThat(unmasked.patch().name()).isNull();
        assertThat(unmasked.patch().options()).isNull();
        assertThat(unmasked.patch().price()).isNull();
        assertThat(unmasked.patch().discount()).isNull();

        assertRefused(
                () -> update("{\"product\": {\"revision\": \"2\"}, \"fieldMask\": {\"paths\": [\"name\"]}}"),
                ErrorCodes.REQUIRED,
                "product.name");
        assertRefused(
                () -> update(
                        "{\"product\": {\"revision\": \"2\"}, \"fieldMask\": {\"paths\": [\"slug\", \"notAField\"]}}"),
                ErrorCodes.UNSUPPORTED_FIELD,
                "fieldMask.paths[1]");
        assertRefused(
                () -> update("{\"product\": {\"revision\": \"2\", \"notAField\": [{\"id\": \"x\"}]},"
                        + " \"fieldMask\": {\"paths\": [\"name\"]}}"),
                ErrorCodes.UNSUPPORTED_FIELD,
                "product.notAField");
    }

    @Test
    void subscriptionsAreReadWithTheirShapeCheckedHereAndTheirLimitsByTheDomain() {
        CreateProduct command = create("""
                {"name": "Tea", "subscriptionDetails": {"allowOneTimePurchases": true, "subscriptions": [
                  {"title": "Monthly", "frequency": "MONTH", "interval": 2, "billingCycles": 6,
                   "discount": {"type": "PERCENT", "percentOff": 15}},
                  {"title": "Weekly", "description": "tea every week", "visible": false, "frequency": "WEEK",
                   "autoRenewal": true, "discount": {"type": "AMOUNT", "amountOff": "1.25"}}]}}""");
        assertThat(command.subscriptions().allowOneTimePurchases()).isTrue();
        assertThat(command.subscriptions().subscriptions()).hasSize(2);
        assertThat(command.subscriptions().subscriptions().get(1).amountOff()).isEqualByComparingTo("1.25");

        assertRefused(
                () -> create("""
                        {"name": "Tea", "subscriptionDetails": {"subscriptions": [
                          {"title": "T", "frequency": "HOUR"}]}}"""),
                ErrorCodes.UNKNOWN_ENUM_VALUE,
                "product.subscriptionDetails.subscriptions[0].frequency");
        assertRefused(
                () -> create("""
                        {"name": "Tea", "subscriptionDetails": {"subscriptions": [
                          {"title": "T", "frequency": "DAY", "discount": {"type": "FREE"}}]}}"""),
                ErrorCodes.UNKNOWN_ENUM_VALUE,
                "product.subscriptionDetails.subscriptions[0].discount.type");
        assertRefused(
                () -> create("""
                        {"name": "Tea", "subscriptionDetails": {"subscriptions": [
                          {"title": "T", "frequency": "DAY", "trial": 7}]}}"""), ErrorCodes.UNSUPPORTED_FIELD, "product.subscriptionDetails.subscriptions[0].trial");
        String tooLong = """
                {"name": "Tea", "subscriptionDetails": {"subscriptions": [
                  {"title": "%s", "frequency": "DAY"}]}}""".formatted("x".repeat(21));
        assertRefused(
                () -> V3Fields.PRODUCT.callIn("product", () -> {
                    CreateProduct tea = create(tooLong);
                    Product product = product(tea);
                    product.changeSubscriptions(tea.subscriptions().subscriptions(), false, Instant.now());
                    return product;
                }),
                ErrorCodes.TOO_LONG,
                "product.subscriptionDetails.subscriptions[0].title");
    }

    @Test
    void aFieldMaskClearsWhatItNamesWithoutAValue() {
        UpdateProduct cleared = update("""
                {"product": {"revision": "2", "subscriptionDetails": null, "brand": null,
                  "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "3"}, "compareAtPrice": null},
                                                 "sku": null, "revenueDetails": {"cost": null}}]}},
                 "fieldMask": {"paths": ["subscriptionDetails", "brand", "variantsInfo.variants.barcode"]}}""");
        assertThat(cleared.subscriptions().subscriptions()).isEmpty();
        assertThat(cleared.patch().merchandising().brand().value()).isNull();
        assertThat(cleared.variants())
                .singleElement()
                .satisfies(v -> assertThat(v.cleared())
                        .containsExactlyInAnyOrder(
                                VariantWrite.COMPARE_AT_PRICE,
                                VariantWrite.SKU,
                                VariantWrite.COST,
                                VariantWrite.BARCODE));

        UpdateProduct unmasked = update("""
                {"product": {"revision": "2", "subscriptionDetails": null,
                  "variantsInfo": {"variants": [{"sku": null, "barcode": null}]}}}""");
        assertThat(unmasked.subscriptions())
                .as("null is not sent without a field mask")
                .isNull();
        assertThat(unmasked.variants())
                .singleElement()
                .satisfies(v -> assertThat(v.cleared()).isEmpty());

        assertRefused(
                () -> update("{\"product\": {\"revision\": \"2\"},"
                        + " \"fieldMask\": {\"paths\": [\"variantsInfo.variants.revenueDetails.cost\"]}}"),
                ErrorCodes.REQUIRED,
                "product.variantsInfo");
    }
}
