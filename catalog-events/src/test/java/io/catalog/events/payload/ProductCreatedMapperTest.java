package io.catalog.events.payload;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.money.Discount;
import io.catalog.domain.product.NewProduct;
import io.catalog.domain.product.OptionSpec;
import io.catalog.domain.product.OptionType;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.ProductName;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Slug;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductCreatedMapperTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final StoreSettings SETTINGS =
            new StoreSettings(STORE, Currency.getInstance("USD"), "https://my-website.com");
    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void payloadHasTheSeedShape() {
        Product product = Product.create(
                ProductId.random(),
                STORE,
                1,
                new Slug("my-product"),
                SETTINGS.currency(),
                new NewProduct(
                        new ProductName("my product"),
                        null,
                        null,
                        new Sku("38473"),
                        null,
                        true,
                        new BigDecimal("32"),
                        Discount.percent(new BigDecimal("5")),
                        null,
                        false,
                        null),
                NOW);

        JsonObject payload = ProductCreatedMapper.payload(product, SETTINGS);

        assertThat(payload).isEqualTo(parse("""
                {"productId": "%s", "name": "my product", "sku": "38473", "visible": true,
                 "price": {"currency": "USD", "price": 32, "discountedPrice": 30.4,
                           "formatted": {"price": "%s", "discountedPrice": "%s"}},
                 "media": {"items": []},
                 "productPageUrl": {"base": "https://my-website.com", "path": "/product-page/my-product"}}""".formatted(
                        product.id(),
                        product.priceData().formattedPrice(),
                        product.priceData().formattedDiscountedPrice())));
    }

    @Test
    void theSkuIsEmptyWhenVariantsAreManaged() {
        Product product = Product.create(
                ProductId.random(),
                STORE,
                2,
                new Slug("t-shirt"),
                SETTINGS.currency(),
                new NewProduct(
                        new ProductName("T-shirt"),
                        null,
                        null,
                        new Sku("123df"),
                        null,
                        false,
                        null,
                        null,
                        null,
                        true,
                        List.of(new OptionSpec(
                                "Size",
                                OptionType.DROP_DOWN,
                                List.of(new OptionSpec.ChoiceSpec("S", "S"), new OptionSpec.ChoiceSpec("L", "L"))))),
                NOW);

        JsonObject payload = ProductCreatedMapper.payload(product, SETTINGS);

        assertThat(payload.getString("sku")).isEmpty();
        assertThat(payload.getBoolean("visible")).isFalse();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
