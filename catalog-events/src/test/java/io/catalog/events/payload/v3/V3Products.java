package io.catalog.events.payload.v3;

import io.catalog.domain.application.ProductView;
import io.catalog.domain.money.Discount;
import io.catalog.domain.product.Description;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products of the V3 payload tests, made through the domain as the use cases make them. */
final class V3Products {

    static final StoreId STORE = new StoreId("store-1");
    static final StoreSettings SETTINGS =
            new StoreSettings(STORE, Currency.getInstance("USD"), "https://my-website.com/");
    static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123Z");
    static final ProductId MUG_ID = new ProductId(UUID.fromString("a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4"));

    private V3Products() {}

    /** A mug without options: price 4 with a discount of 0.5, SKU M-1, a description of a paragraph and a heading. */
    static Product mug() {
        return Product.create(
                MUG_ID,
                STORE,
                1,
                new Slug("mug"),
                SETTINGS.currency(),
                new NewProduct(
                        new ProductName("Mug"),
                        null,
                        Description.of("<p>A <b>big</b> mug &amp; more</p><h2>Care</h2>"),
                        new Sku("M-1"),
                        null,
                        true,
                        new BigDecimal("4"),
                        Discount.amount(new BigDecimal("0.5")),
                        null,
                        false,
                        List.of(),
                        null,
                        null),
                NOW);
    }

    /** A T-shirt with a size option (S, L), its variants not managed. */
    static Product shirt() {
        return Product.create(
                ProductId.random(),
                STORE,
                2,
                new Slug("t-shirt"),
                SETTINGS.currency(),
                new NewProduct(
                        new ProductName("T-shirt"),
                        null,
                        null,
                        new Sku("TS"),
                        null,
                        false,
                        new BigDecimal("10.5"),
                        null,
                        null,
                        false,
                        List.of(new OptionSpec(
                                "Size",
                                OptionType.DROP_DOWN,
                                List.of(new OptionSpec.ChoiceSpec("S", "S"), new OptionSpec.ChoiceSpec("L", "L")))),
                        null,
                        null),
                NOW);
    }

    static ProductView view(Product product) {
        return new ProductView(product.summary(), Optional.of(product), List.of(), SETTINGS);
    }
}
