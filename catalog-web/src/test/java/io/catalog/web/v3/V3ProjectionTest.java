package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.application.ProductView;
import io.catalog.domain.money.DiscountType;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.ProductType;
import io.catalog.domain.product.Slug;
import io.catalog.domain.product.VariantWrite;
import io.catalog.domain.product.subscription.NewSubscription;
import io.catalog.domain.product.subscription.SubscriptionFrequency;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import jakarta.json.Json;
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

/** What {@code fields} adds to a V3 answer, who sees merchant data, and how subscriptions answer. */
class V3ProjectionTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant T0 = Instant.parse("2026-11-22T10:15:30.123Z");
    private static final StoreSettings SETTINGS =
            new StoreSettings(STORE, Currency.getInstance("USD"), "https://www.example.com/");
    private static final String WEEKLY = "0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11";
    private static final String HIDDEN = "1f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11";

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    /** A mug in two sizes at 10 and 12, costing 4, with a weekly subscription at 10% off and a hidden one. */
    private static Product mug() {
        NewProduct spec = new NewProduct(
                new ProductName("Mug"),
                ProductType.PHYSICAL,
                null,
                null,
                null,
                true,
                new BigDecimal("10"),
                null,
                null,
                false,
                List.of(new OptionSpec(
                        "Size", OptionType.DROP_DOWN, List.of(new ChoiceSpec("S"), new ChoiceSpec("L")))));
        Product product = Product.create(
                ProductId.random(), STORE, 1, Slug.fromName("Mug"), Currency.getInstance("USD"), spec, T0);
        product.writeVariants(
                List.of(
                        new VariantWrite(
                                Map.of("Size", "S"),
                                new BigDecimal("10"),
                                null,
                                null,
                                null,
                                null,
                                new BigDecimal("4"),
                                null),
                        new VariantWrite(
                                Map.of("Size", "L"),
                                new BigDecimal("12"),
                                null,
                                null,
                                null,
                                null,
                                new BigDecimal("4"),
                                null)),
                T0);
        product.changeSubscriptions(
                List.of(
                        new NewSubscription(
                                WEEKLY,
                                "Weekly",
                                null,
                                null,
                                SubscriptionFrequency.WEEK,
                                null,
                                null,
                                8,
                                DiscountType.PERCENT,
                                null,
                                new BigDecimal("10")),
                        new NewSubscription(
                                HIDDEN,
                                "Staff",
                                "Staff only",
                                false,
                                SubscriptionFrequency.MONTH,
                                3,
                                null,
                                null,
                                DiscountType.AMOUNT,
                                new BigDecimal("1.5"),
                                null)),
                true,
                T0);
        product.requireSubscriptionDiscountsWithinPrices();
        return product;
    }

    private static JsonObject render(Product product, V3Projection projection) {
        ProductView view = new ProductView(product.summary(), Optional.of(product), List.of(), SETTINGS);
        String json = jsonb.toJson(new V3ProductResource.ProductEnvelope(V3Products.of(view, projection)));
        return Json.createReader(new StringReader(json)).readObject().getJsonObject("product");
    }

    private static V3Projection asked(boolean canModify, String... names) {
        return V3Projection.of(List.of(names), "fields", canModify);
    }

    @Test
    void theDefaultAnswerLeavesOutWhatWixAnswersOnlyWhenAsked() {
        JsonObject v3 = render(mug(), asked(true));

        assertThat(v3.keySet())
                .doesNotContain(
                        "url",
                        "description",
                        "plainDescription",
                        "currency",
                        "media",
                        "directCategoriesInfo",
                        "allCategoriesInfo",
                        "breadcrumbsInfo",
                        "costRange")
                .contains("id", "name", "actualPriceRange", "variantsInfo", "subscriptionDetails");
        JsonObject variant =
                v3.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(0);
        assertThat(variant.keySet()).doesNotContain("revenueDetails", "subscriptionPricesInfo");
        assertThat(variant.getJsonObject("price").toString()).isEqualTo("{\"actualPrice\":{\"amount\":\"10.00\"}}");
    }

    @Test
    void eachFieldAskedForIsAnswered() {
        JsonObject v3 = render(
                mug(),
                asked(
                        true,
                        "URL",
                        "CURRENCY",
                        "PLAIN_DESCRIPTION",
                        "DESCRIPTION",
                        "MEDIA_ITEMS_INFO",
                        "DIRECT_CATEGORIES_INFO",
                        "ALL_CATEGORIES_INFO",
                        "BREADCRUMBS_INFO",
                        "MERCHANT_DATA",
                        "INFO_SECTION",
                        "THUMBNAIL"));

        assertThat(v3.getJsonObject("url").getString("relativePath")).isEqualTo("/product-page/mug");
        assertThat(v3.getString("currency")).isEqualTo("USD");
        assertThat(v3.getString("plainDescription")).isEmpty();
        assertThat(v3.getJsonObject("description").getJsonArray("nodes")).isEmpty();
        assertThat(v3.getJsonObject("media").toString()).isEqualTo("{\"itemsInfo\":{\"items\":[]}}");
        assertThat(v3.getJsonObject("breadcrumbsInfo").toString()).isEqualTo("{\"breadcrumbs\":[]}");
        assertThat(v3.getJsonObject("costRange").getJsonObject("minValue").toString())
                .isEqualTo("{\"amount\":\"4.00\",\"formattedAmount\":\"$4.00\"}");
        JsonObject variant =
                v3.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(1);
        assertThat(variant.getJsonObject("revenueDetails")
                        .getJsonObject("profit")
                        .toString())
                .isEqualTo("{\"amount\":\"8.00\",\"formattedAmount\":\"$8.00\"}");
        assertThat(variant.getJsonObject("price").getJsonObject("actualPrice").getString("formattedAmount"))
                .isEqualTo("$12.00");
    }

    @Test
    void aCallerThatMayOnlyReadIsNotAnsweredMerchantDataNorHiddenSubscriptions() {
        JsonObject v3 = render(mug(), asked(false, "MERCHANT_DATA", "SUBSCRIPTION_PRICES_INFO"));

        assertThat(v3.keySet()).doesNotContain("costRange");
        JsonObject variant =
                v3.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(0);
        assertThat(variant.keySet()).doesNotContain("revenueDetails");
        assertThat(v3.getJsonObject("subscriptionDetails").getJsonArray("subscriptions"))
                .extracting(s -> s.asJsonObject().getString("id"))
                .containsExactly(WEEKLY);
        assertThat(variant.getJsonObject("subscriptionPricesInfo").getJsonArray("subscriptionPrices"))
                .hasSize(1);
    }

    @Test
    void subscriptionsAnswerInTheV3ShapeWithEachVariantsPrices() {
        JsonObject v3 = render(mug(), asked(true, "SUBSCRIPTION_PRICES_INFO"));

        assertThat(v3.getJsonObject("subscriptionDetails").toString())
                .isEqualTo("{\"subscriptions\":["
                        + "{\"id\":\"" + WEEKLY + "\",\"title\":\"Weekly\",\"visible\":true,\"frequency\":\"WEEK\","
                        + "\"interval\":1,\"discount\":{\"type\":\"PERCENT\",\"percentOff\":10},\"billingCycles\":8},"
                        + "{\"id\":\"" + HIDDEN + "\",\"title\":\"Staff\",\"description\":\"Staff only\","
                        + "\"visible\":false,\"frequency\":\"MONTH\",\"interval\":3,"
                        + "\"discount\":{\"type\":\"AMOUNT\",\"amountOff\":\"1.50\"},\"autoRenewal\":true}],"
                        + "\"allowOneTimePurchases\":true}");
        JsonObject large =
                v3.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(1);
        assertThat(large.getJsonObject("subscriptionPricesInfo").toString())
                .isEqualTo("{\"subscriptionPrices\":["
                        + "{\"subscriptionId\":\"" + WEEKLY + "\",\"price\":{\"amount\":\"10.80\"}},"
                        + "{\"subscriptionId\":\"" + HIDDEN + "\",\"price\":{\"amount\":\"10.50\"}}]}");
    }

    @Test
    void aProductWithoutSubscriptionsAnswersNone() {
        Product product = mug();
        product.changeSubscriptions(List.of(), true, T0);

        JsonObject v3 = render(product, asked(true, "SUBSCRIPTION_PRICES_INFO"));

        assertThat(v3.keySet()).doesNotContain("subscriptionDetails");
        assertThat(v3.getJsonObject("variantsInfo")
                        .getJsonArray("variants")
                        .getJsonObject(0)
                        .keySet())
                .doesNotContain("subscriptionPricesInfo");
    }

    @Test
    void anUnknownFieldIsRefusedByItsIndex() {
        assertThatThrownBy(() -> asked(true, "URL", "PRICE"))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "fields[1]")
                .hasFieldOrPropertyWithValue("code", ErrorCodes.UNKNOWN_ENUM_VALUE)
                .hasMessageContaining("PRICE");
        String[] many = new String[V3Projection.MAX_NAMES + 1];
        java.util.Arrays.fill(many, "URL");
        assertThatThrownBy(() -> asked(true, many))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("field", "fields")
                .hasFieldOrPropertyWithValue("code", ErrorCodes.OUT_OF_RANGE);
    }
}
