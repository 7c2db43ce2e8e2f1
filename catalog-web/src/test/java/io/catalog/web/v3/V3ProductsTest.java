package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.application.ProductView;
import io.catalog.domain.money.Discount;
import io.catalog.domain.product.Description;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.Stock;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.product.Weight;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Catalog V3 product shape, as JSON-B writes it, for products made the v1 way. */
class V3ProductsTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant T0 = Instant.parse("2026-11-22T10:15:30.123Z");
    private static final StoreSettings SETTINGS =
            new StoreSettings(STORE, Currency.getInstance("USD"), "https://www.example.com/");

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    private static Product product(NewProduct spec) {
        return Product.create(
                ProductId.random(),
                STORE,
                1,
                Slug.fromName(spec.name().value()),
                Currency.getInstance("USD"),
                spec,
                T0);
    }

    /** The seed's T-shirt: Size S and L, managed variants, a discount of 1. */
    private static Product tShirt() {
        return product(new NewProduct(
                new ProductName("T-shirt"),
                ProductType.PHYSICAL,
                Description.of("<p>nice <b>summer</b> t-shirt</p>"),
                new Sku("123df"),
                new Weight(new BigDecimal("0.2")),
                false,
                new BigDecimal("10.5"),
                Discount.amount(BigDecimal.ONE),
                Stock.IN_STOCK,
                true,
                List.of(
                        new OptionSpec("Size", OptionType.DROP_DOWN, List.of(new ChoiceSpec("S"), new ChoiceSpec("L"))),
                        new OptionSpec("Color", OptionType.COLOR, List.of(new ChoiceSpec("#008000", "Green"))))));
    }

    private static JsonObject render(Product product, boolean visibleOnly) {
        ProductView view = new ProductView(product.summary(), Optional.of(product), List.of(), SETTINGS);
        String json = jsonb.toJson(new V3ProductResource.ProductEnvelope(V3Products.of(view, visibleOnly)));
        return Json.createReader(new StringReader(json)).readObject().getJsonObject("product");
    }

    @Test
    void theProductsOwnFieldsAnswerInTheV3Shape() {
        Product product = tShirt();

        JsonObject v3 = render(product, false);

        assertThat(v3.getString("id")).isEqualTo(product.id().toString());
        assertThat(v3.getString("revision")).isEqualTo("1");
        assertThat(v3.getString("createdDate")).isEqualTo("2026-11-22T10:15:30.123Z");
        assertThat(v3.getString("updatedDate")).isEqualTo("2026-11-22T10:15:30.123Z");
        assertThat(v3.getString("name")).isEqualTo("T-shirt");
        assertThat(v3.getString("slug")).isEqualTo("t-shirt");
        assertThat(v3.getJsonObject("url").toString())
                .isEqualTo("{\"relativePath\":\"/product-page/t-shirt\","
                        + "\"url\":\"https://www.example.com/product-page/t-shirt\"}");
        assertThat(v3.getString("plainDescription")).isEqualTo("<p>nice <b>summer</b> t-shirt</p>");
        assertThat(v3.getJsonObject("description")
                        .getJsonArray("nodes")
                        .getJsonObject(0)
                        .toString())
                .isEqualTo("{\"type\":\"PARAGRAPH\",\"id\":\"1\",\"nodes\":[{\"type\":\"TEXT\",\"id\":\"\","
                        + "\"nodes\":[],\"textData\":{\"text\":\"nice summer t-shirt\",\"decorations\":[]}}],"
                        + "\"paragraphData\":{}}");
        assertThat(v3.getBoolean("visible")).isFalse();
        assertThat(v3.getString("productType")).isEqualTo("PHYSICAL");
        assertThat(v3.getString("currency")).isEqualTo("USD");
        assertThat(v3.getJsonObject("media").toString()).isEqualTo("{\"itemsInfo\":{\"items\":[]}}");
        assertThat(v3.getJsonObject("directCategoriesInfo").toString()).isEqualTo("{\"categories\":[]}");
        assertThat(v3.getJsonObject("allCategoriesInfo").toString()).isEqualTo("{\"categories\":[]}");
        assertThat(v3.getJsonObject("inventory").toString())
                .isEqualTo("{\"availabilityStatus\":\"IN_STOCK\",\"preorderStatus\":\"DISABLED\","
                        + "\"preorderAvailability\":\"NO_VARIANTS\"}");
        assertThat(v3.getJsonObject("actualPriceRange").toString())
                .isEqualTo("{\"minValue\":{\"amount\":\"9.50\",\"formattedAmount\":\"$9.50\"},"
                        + "\"maxValue\":{\"amount\":\"9.50\",\"formattedAmount\":\"$9.50\"}}");
        assertThat(v3.getJsonObject("physicalProperties").toString())
                .isEqualTo("{\"shippingWeightRange\":{\"minValue\":0.2,\"maxValue\":0.2}}");
        assertThat(v3.getJsonObject("variantSummary").getInt("variantCount")).isEqualTo(2);
        assertThat(v3.getJsonObject("compareAtPriceRange").toString())
                .as("the price before the discount of 1")
                .isEqualTo("{\"minValue\":{\"amount\":\"10.50\",\"formattedAmount\":\"$10.50\"},"
                        + "\"maxValue\":{\"amount\":\"10.50\",\"formattedAmount\":\"$10.50\"}}");
        assertThat(v3.keySet())
                .as("fields the catalog does not keep are absent")
                .doesNotContain("subscriptionDetails", "costRange");
        assertThat(v3.getJsonArray("infoSections"))
                .as("a product without info sections")
                .isEmpty();
        assertThat(v3.getJsonArray("modifiers")).as("none set").isEmpty();
        assertThat(v3.keySet())
                .as("merchandising not set is absent")
                .doesNotContain("brand", "ribbon", "seoData", "taxGroupId", "extendedFields");
        assertThat(v3.getBoolean("visibleInPos")).isTrue();
        assertThat(v3.getJsonArray("additionalRibbons")).isEmpty();
    }

    @Test
    void optionsAndManagedVariantsCarryIdsAndNames() {
        Product product = tShirt();
        product.updateVariants(
                List.of(new VariantUpdate(
                        null,
                        Map.of("Size", "L"),
                        new BigDecimal("20"),
                        new Sku("TS-L"),
                        new Weight(new BigDecimal("0.5")),
                        null,
                        Stock.untracked(false))),
                T0.plusSeconds(1));

        JsonObject v3 = render(product, false);

        JsonArray options = v3.getJsonArray("options");
        assertThat(options).hasSize(2);
        JsonObject size = options.getJsonObject(0);
        assertThat(size.getString("name")).isEqualTo("Size");
        assertThat(size.getString("optionRenderType")).isEqualTo("TEXT_CHOICES");
        JsonArray sizes = size.getJsonObject("choicesSettings").getJsonArray("choices");
        assertThat(sizes.getJsonObject(0).getString("name")).isEqualTo("S");
        assertThat(sizes.getJsonObject(0).getString("choiceType")).isEqualTo("CHOICE_TEXT");
        assertThat(sizes.getJsonObject(1).getBoolean("inStock")).isFalse();
        JsonObject color = options.getJsonObject(1);
        assertThat(color.getString("optionRenderType")).isEqualTo("SWATCH_CHOICES");
        JsonObject green =
                color.getJsonObject("choicesSettings").getJsonArray("choices").getJsonObject(0);
        assertThat(green.getString("name")).isEqualTo("Green");
        assertThat(green.getString("colorCode")).isEqualTo("#008000");
        assertThat(green.getString("choiceType")).isEqualTo("ONE_COLOR");

        JsonArray variants = v3.getJsonObject("variantsInfo").getJsonArray("variants");
        assertThat(variants).hasSize(2);
        JsonObject large = variants.getJsonObject(1);
        assertThat(large.getString("sku")).isEqualTo("TS-L");
        assertThat(large.getJsonObject("price").toString())
                .as("v1's price and discounted price")
                .isEqualTo("{\"actualPrice\":{\"amount\":\"19.00\",\"formattedAmount\":\"$19.00\"},"
                        + "\"compareAtPrice\":{\"amount\":\"20.00\",\"formattedAmount\":\"$20.00\"}}");
        assertThat(large.getJsonObject("physicalProperties").toString()).isEqualTo("{\"weight\":0.5}");
        assertThat(large.getJsonObject("inventoryStatus").toString())
                .isEqualTo("{\"inStock\":false,\"preorderEnabled\":false}");
        JsonObject largeSize = large.getJsonArray("choices").getJsonObject(0);
        assertThat(largeSize.getJsonObject("optionChoiceNames").toString())
                .isEqualTo("{\"optionName\":\"Size\",\"choiceName\":\"L\",\"renderType\":\"TEXT_CHOICES\"}");
        assertThat(largeSize.getJsonObject("optionChoiceIds").getString("optionId"))
                .isEqualTo(size.getString("id"));
        assertThat(largeSize.getJsonObject("optionChoiceIds").getString("choiceId"))
                .isEqualTo(sizes.getJsonObject(1).getString("choiceId"));
        assertThat(large.getJsonArray("choices")
                        .getJsonObject(1)
                        .getJsonObject("optionChoiceNames")
                        .getString("choiceName"))
                .isEqualTo("Green");
        assertThat(variants.getJsonObject(0).containsKey("sku"))
                .as("a managed variant without a SKU answers none")
                .isFalse();

        assertThat(v3.getJsonObject("actualPriceRange")
                        .getJsonObject("maxValue")
                        .getString("amount"))
                .isEqualTo("19.00");
        assertThat(v3.getJsonObject("inventory").getString("availabilityStatus"))
                .isEqualTo("PARTIALLY_OUT_OF_STOCK");
        assertThat(v3.getJsonObject("physicalProperties").toString())
                .isEqualTo("{\"shippingWeightRange\":{\"minValue\":0.2,\"maxValue\":0.5}}");
        assertThat(render(product, false).getJsonArray("options"))
                .as("ids are stable from read to read")
                .isEqualTo(options);
    }

    @Test
    void readOnlyCallersSeeNeitherHiddenVariantsNorHiddenChoices() {
        Product product = tShirt();
        product.updateVariants(
                List.of(new VariantUpdate(null, Map.of("Size", "L"), null, null, null, false, null)),
                T0.plusSeconds(1));

        JsonObject admin = render(product, false);
        JsonObject reader = render(product, true);

        assertThat(admin.getJsonObject("variantsInfo").getJsonArray("variants")).hasSize(2);
        assertThat(reader.getJsonObject("variantsInfo").getJsonArray("variants"))
                .hasSize(1);
        assertThat(reader.getJsonObject("variantSummary").getInt("variantCount"))
                .isEqualTo(1);
        assertThat(reader.getJsonArray("options")
                        .getJsonObject(0)
                        .getJsonObject("choicesSettings")
                        .getJsonArray("choices"))
                .hasSize(1);
    }

    @Test
    void aSimpleProductHasOneDefaultVariantAtItsOwnValues() {
        Product simple = product(new NewProduct(
                new ProductName("E-book"),
                ProductType.DIGITAL,
                null,
                new Sku("BOOK-1"),
                null,
                true,
                new BigDecimal("5.5"),
                null,
                Stock.tracked(0),
                false,
                List.of()));

        JsonObject v3 = render(simple, true);

        assertThat(v3.getString("productType")).isEqualTo("DIGITAL");
        assertThat(v3.containsKey("physicalProperties")).isFalse();
        assertThat(v3.getJsonArray("options")).isEmpty();
        assertThat(v3.getJsonObject("description").getJsonArray("nodes")).isEmpty();
        JsonArray variants = v3.getJsonObject("variantsInfo").getJsonArray("variants");
        assertThat(variants).hasSize(1);
        assertThat(variants.getJsonObject(0).toString())
                .isEqualTo("{\"id\":\"00000000-0000-0000-0000-000000000000\",\"visible\":true,\"sku\":\"BOOK-1\","
                        + "\"choices\":[],\"price\":{\"actualPrice\":{\"amount\":\"5.50\",\"formattedAmount\":\"$5.50\"}},"
                        + "\"inventoryStatus\":{\"inStock\":false,\"preorderEnabled\":false}}");
        assertThat(v3.getJsonObject("inventory").getString("availabilityStatus"))
                .isEqualTo("OUT_OF_STOCK");
    }

    @Test
    void anUnspecifiedTypeIsPhysical() {
        Product product = product(new NewProduct(
                new ProductName("Thing"),
                ProductType.UNSPECIFIED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                List.of()));

        assertThat(render(product, false).getString("productType")).isEqualTo("PHYSICAL");
    }

    @Test
    void unmanagedOptionsAnswerTheirCombinationsAsTheProduct() {
        Product product = product(new NewProduct(
                new ProductName("Mug"),
                null,
                null,
                new Sku("MUG"),
                null,
                null,
                new BigDecimal("8"),
                null,
                null,
                false,
                List.of(new OptionSpec(
                        "Size", OptionType.DROP_DOWN, List.of(new ChoiceSpec("S"), new ChoiceSpec("M"))))));

        JsonArray variants =
                render(product, false).getJsonObject("variantsInfo").getJsonArray("variants");

        assertThat(variants).hasSize(2);
        assertThat(variants.getJsonObject(1).getString("sku")).isEqualTo("MUG");
        assertThat(variants.getJsonObject(1)
                        .getJsonObject("price")
                        .getJsonObject("actualPrice")
                        .getString("amount"))
                .isEqualTo("8.00");
    }

    @Test
    void thePageUrlJoinsWithOneSlash() {
        assertThat(V3Products.pageUrl("https://shop.example", "/product-page/a"))
                .isEqualTo("https://shop.example/product-page/a");
        assertThat(V3Products.pageUrl("https://shop.example/", "/product-page/a"))
                .isEqualTo("https://shop.example/product-page/a");
    }
}
