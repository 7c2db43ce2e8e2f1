package io.catalog.domain.product;

import io.catalog.domain.money.Discount;
import io.catalog.domain.product.OptionSpec.ChoiceSpec;
import io.catalog.domain.store.StoreId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/** Test-data builder for {@link Product}: a visible physical "T-Shirt" at USD 10.00 without options by default. */
public final class ProductBuilder {

    public static final Instant T0 = Instant.parse("2024-01-01T10:00:00Z");
    public static final Instant T1 = Instant.parse("2024-01-02T10:00:00Z");
    public static final StoreId STORE = new StoreId("store-1");

    private ProductId id = ProductId.random();
    private StoreId store = STORE;
    private String name = "T-Shirt";
    private Currency currency = Currency.getInstance("USD");
    private BigDecimal price = new BigDecimal("10.00");
    private Discount discount = Discount.NONE;
    private Stock stock = Stock.IN_STOCK;
    private Sku sku = Sku.NONE;
    private Weight weight = Weight.ZERO;
    private boolean manageVariants;
    private final List<OptionSpec> options = new ArrayList<>();

    private ProductBuilder() {}

    public static ProductBuilder aProduct() {
        return new ProductBuilder();
    }

    /** Option specs named "Option 1".."Option n", each with choices "c1".."cm". */
    public static List<OptionSpec> optionSpecs(int optionCount, int choicesEach) {
        return IntStream.rangeClosed(1, optionCount)
                .mapToObj(o -> new OptionSpec(
                        "Option " + o,
                        OptionType.DROP_DOWN,
                        IntStream.rangeClosed(1, choicesEach)
                                .mapToObj(c -> new ChoiceSpec("c" + c))
                                .toList()))
                .toList();
    }

    public static OptionSpec dropDown(String name, String... values) {
        return new OptionSpec(
                name,
                OptionType.DROP_DOWN,
                Arrays.stream(values).map(ChoiceSpec::new).toList());
    }

    /** A colour option from alternating value/description pairs: "#ff0000", "Red", "#008000", "Green". */
    public static OptionSpec color(String name, String... valueDescriptionPairs) {
        List<ChoiceSpec> choices = new ArrayList<>();
        for (int i = 0; i < valueDescriptionPairs.length; i += 2) {
            choices.add(new ChoiceSpec(valueDescriptionPairs[i], valueDescriptionPairs[i + 1]));
        }
        return new OptionSpec(name, OptionType.COLOR, choices);
    }

    public ProductBuilder withId(ProductId value) {
        id = value;
        return this;
    }

    public ProductBuilder inStore(StoreId value) {
        store = value;
        return this;
    }

    public ProductBuilder named(String value) {
        name = value;
        return this;
    }

    public ProductBuilder inCurrency(String code) {
        currency = Currency.getInstance(code);
        return this;
    }

    public ProductBuilder pricedAt(String value) {
        price = new BigDecimal(value);
        return this;
    }

    public ProductBuilder withDiscount(Discount value) {
        discount = value;
        return this;
    }

    public ProductBuilder withStock(Stock value) {
        stock = value;
        return this;
    }

    public ProductBuilder withSku(String value) {
        sku = new Sku(value);
        return this;
    }

    public ProductBuilder weighing(String value) {
        weight = new Weight(new BigDecimal(value));
        return this;
    }

    public ProductBuilder withOption(OptionSpec option) {
        options.add(option);
        return this;
    }

    public ProductBuilder withOptions(List<OptionSpec> specs) {
        options.addAll(specs);
        return this;
    }

    /** Adds "Size" (S, M, L) and "Color" (#ff0000 Red, #008000 Green). */
    public ProductBuilder withSizesAndColors() {
        return withOption(dropDown("Size", "S", "M", "L"))
                .withOption(color("Color", "#ff0000", "Red", "#008000", "Green"));
    }

    public ProductBuilder managingVariants() {
        manageVariants = true;
        return this;
    }

    public NewProduct spec() {
        return new NewProduct(
                new ProductName(name),
                ProductType.PHYSICAL,
                Description.EMPTY,
                sku,
                weight,
                true,
                price,
                discount,
                stock,
                manageVariants,
                options);
    }

    public Product build() {
        return Product.create(id, store, 1, Slug.fromName(name), currency, spec(), T0);
    }
}
