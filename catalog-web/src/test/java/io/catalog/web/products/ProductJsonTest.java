package io.catalog.web.products;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.products.dto.CustomTextFieldDto;
import io.catalog.web.products.dto.DiscountDto;
import io.catalog.web.products.dto.MediaItemDto;
import io.catalog.web.products.dto.OptionDto;
import io.catalog.web.products.dto.PriceDataDto;
import io.catalog.web.products.dto.ProductDto;
import io.catalog.web.products.dto.StockDto;
import io.catalog.web.products.dto.VariantDto;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The product writer writes exactly what JSON-B writes for the same product, for products of every shape. */
class ProductJsonTest {

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @Test
    void aProductWithEveryPropertySetIsWrittenAsJsonbWritesIt() {
        ProductDto full = full(new Random(1), () -> "x");
        assertEveryComponentSet(full);

        assertSameAsJsonb(full);
    }

    @Test
    void aProductWithEveryOptionalPropertyLeftOutIsWrittenAsJsonbWritesIt() {
        ProductDto sparse = new ProductDto(
                null, "Plain", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null);

        assertSameAsJsonb(sparse);
        assertThat(new String(ProductJson.toJson(sparse), StandardCharsets.UTF_8))
                .isEqualTo("{\"name\":\"Plain\"}");
    }

    @Test
    void stringsThatNeedEscapingAndNumbersOfEveryScaleAreWrittenAsJsonbWritesThem() {
        Random random = new Random(2);
        List<String> awkward = List.of(
                "quote \" and backslash \\",
                "tab\tnewline\ncr\r",
                "\u0000\u0001\u001f",
                "é ü 漢字 😀",
                "\u2028\u2029",
                "</script>",
                "");
        for (String text : awkward) {
            assertSameAsJsonb(full(random, () -> text));
        }
        for (String number :
                List.of("0", "0.1", "19.99", "1E+3", "1.50", "12345678901234567890.123", "-0.0001", "99999999.99")) {
            BigDecimal value = new BigDecimal(number);
            ProductDto product = full(random, () -> "v");
            assertSameAsJsonb(withPrice(product, value));
        }
    }

    @Test
    void randomProductsAreWrittenAsJsonbWritesThem() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            assertSameAsJsonb(randomProduct(random));
        }
    }

    private static void assertSameAsJsonb(ProductDto product) {
        assertThat(new String(ProductJson.toJson(product), StandardCharsets.UTF_8))
                .isEqualTo(jsonb.toJson(product));
    }

    /** Fails when a record (the product or one it holds) has a component left null, so the test covers it. */
    private static void assertEveryComponentSet(Object value) {
        if (value == null || !value.getClass().isRecord()) {
            if (value instanceof List<?> list) {
                assertThat(list).as("a list of the full product").isNotEmpty();
                list.forEach(ProductJsonTest::assertEveryComponentSet);
            }
            return;
        }
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object held;
            try {
                held = component.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
            if (component.getName().equals("video") || component.getName().equals("image")) {
                continue; // a media item is an image or a video; the full product has one of each
            }
            assertThat(held)
                    .as(value.getClass().getSimpleName() + "." + component.getName())
                    .isNotNull();
            assertEveryComponentSet(held);
        }
    }

    private static ProductDto full(Random random, Supplier<String> text) {
        MediaItemDto image = new MediaItemDto(
                text.get() + "1.jpg",
                "image",
                text.get(),
                new MediaItemDto.ImageDto("https://example.com/" + text.get()),
                null);
        MediaItemDto video = new MediaItemDto(
                text.get() + "2",
                "video",
                text.get(),
                null,
                new MediaItemDto.VideoDto(List.of(new MediaItemDto.FileDto("https://example.com/v.mp4"))));
        ProductDto.MediaDto media = new ProductDto.MediaDto(image, List.of(image, video));
        PriceDataDto price = price(random, text);
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("Size", text.get());
        choices.put("Color", "#ff0000");
        return new ProductDto(
                "e28e4ddd-6ed0-4098-a5e5-cf4bd9c4f7b5",
                text.get(),
                text.get(),
                true,
                "physical",
                text.get(),
                text.get(),
                new BigDecimal("0.2"),
                new StockDto(true, 10, true),
                5,
                -2,
                price,
                price,
                List.of(new ProductDto.InfoSectionDto(text.get(), "<p>" + text.get() + "</p>")),
                List.of(new ProductDto.RibbonDto(text.get()), new ProductDto.RibbonDto("New")),
                media,
                List.of(new CustomTextFieldDto(text.get(), 20, true)),
                false,
                List.of(
                        new OptionDto(
                                "drop_down",
                                text.get(),
                                List.of(new OptionDto.ChoiceDto(text.get(), text.get(), media, true, false))),
                        new OptionDto(
                                "color",
                                "Color",
                                List.of(new OptionDto.ChoiceDto("#ff0000", "Red", media, false, true)))),
                new ProductDto.PageUrlDto("https://www.example.com/", "/product-page/" + text.get()),
                "17",
                "0a1b2c3d-0000-0000-0000-000000000000",
                new DiscountDto("PERCENT", new BigDecimal("12.5")),
                List.of("c1", text.get()),
                List.of(new VariantDto(
                        "00000000-0000-0000-0000-000000000001",
                        choices,
                        new VariantDto.VariantDataDto(
                                price, new BigDecimal("1.25"), text.get(), true, new StockDto(false, 3, false)))),
                "2026-11-22T10:15:30.123Z",
                "2026-11-22T10:15:30.123Z",
                "3");
    }

    private static ProductDto withPrice(ProductDto p, BigDecimal value) {
        PriceDataDto price = new PriceDataDto("EUR", value, value, new PriceDataDto.Formatted("€1", "€2"));
        return new ProductDto(
                p.id(),
                p.name(),
                p.slug(),
                p.visible(),
                p.productType(),
                p.description(),
                p.sku(),
                value,
                p.stock(),
                p.warningLimit(),
                p.inventoryDelta(),
                price,
                price,
                p.additionalInfoSections(),
                p.ribbons(),
                p.media(),
                p.customTextFields(),
                p.manageVariants(),
                p.productOptions(),
                p.productPageUrl(),
                p.numericId(),
                p.inventoryItemId(),
                new DiscountDto("AMOUNT", value),
                p.collectionIds(),
                p.variants(),
                p.lastUpdated(),
                p.createdDate(),
                p.revision());
    }

    private static PriceDataDto price(Random random, Supplier<String> text) {
        return new PriceDataDto(
                "USD", decimal(random), decimal(random), new PriceDataDto.Formatted(text.get(), text.get()));
    }

    private static ProductDto randomProduct(Random random) {
        Supplier<String> text = () -> randomText(random);
        List<MediaItemDto> items = maybe(
                random,
                () -> IntStream.range(0, random.nextInt(4))
                        .mapToObj(i -> random.nextBoolean()
                                ? new MediaItemDto(
                                        text.get(),
                                        "image",
                                        maybe(random, text),
                                        new MediaItemDto.ImageDto(maybe(random, text)),
                                        null)
                                : new MediaItemDto(
                                        maybe(random, text),
                                        "video",
                                        text.get(),
                                        null,
                                        new MediaItemDto.VideoDto(maybe(
                                                random, () -> List.of(new MediaItemDto.FileDto(maybe(random, text)))))))
                        .toList());
        ProductDto.MediaDto media = maybe(
                random, () -> new ProductDto.MediaDto(items == null || items.isEmpty() ? null : items.get(0), items));
        List<OptionDto> options = maybe(
                random,
                () -> IntStream.range(0, random.nextInt(4))
                        .mapToObj(o -> new OptionDto(
                                maybe(random, text),
                                text.get(),
                                maybe(
                                        random,
                                        () -> IntStream.range(0, random.nextInt(5))
                                                .mapToObj(c -> new OptionDto.ChoiceDto(
                                                        text.get(),
                                                        maybe(random, text),
                                                        maybe(random, () -> media),
                                                        maybe(random, random::nextBoolean),
                                                        maybe(random, random::nextBoolean)))
                                                .toList())))
                        .toList());
        List<VariantDto> variants = maybe(
                random,
                () -> IntStream.range(0, random.nextInt(6))
                        .mapToObj(v -> {
                            Map<String, String> choices = new LinkedHashMap<>();
                            IntStream.range(0, random.nextInt(3)).forEach(c -> choices.put(text.get(), text.get()));
                            return new VariantDto(
                                    maybe(random, text),
                                    maybe(random, () -> choices),
                                    maybe(
                                            random,
                                            () -> new VariantDto.VariantDataDto(
                                                    maybe(random, () -> price(random, text)),
                                                    maybe(random, () -> decimal(random)),
                                                    maybe(random, text),
                                                    maybe(random, random::nextBoolean),
                                                    maybe(random, () -> stock(random)))));
                        })
                        .toList());
        List<String> collections = maybe(random, () -> {
            List<String> ids = new ArrayList<>();
            IntStream.range(0, random.nextInt(4)).forEach(i -> ids.add(text.get()));
            return ids;
        });
        PriceDataDto price = maybe(
                random,
                () -> new PriceDataDto(
                        maybe(random, text),
                        maybe(random, () -> decimal(random)),
                        maybe(random, () -> decimal(random)),
                        maybe(random, () -> new PriceDataDto.Formatted(maybe(random, text), maybe(random, text)))));
        return new ProductDto(
                maybe(random, text),
                maybe(random, text),
                maybe(random, text),
                maybe(random, random::nextBoolean),
                maybe(random, text),
                maybe(random, text),
                maybe(random, text),
                maybe(random, () -> decimal(random)),
                maybe(random, () -> stock(random)),
                maybe(random, () -> random.nextInt(100_000)),
                maybe(random, () -> random.nextInt() / 2),
                price,
                maybe(random, () -> price),
                maybe(random, List::of),
                maybe(random, List::of),
                media,
                maybe(
                        random,
                        () -> IntStream.range(0, random.nextInt(3))
                                .mapToObj(f -> new CustomTextFieldDto(
                                        maybe(random, text),
                                        maybe(random, () -> random.nextInt(500)),
                                        maybe(random, random::nextBoolean)))
                                .toList()),
                maybe(random, random::nextBoolean),
                options,
                maybe(random, () -> new ProductDto.PageUrlDto(maybe(random, text), maybe(random, text))),
                maybe(random, text),
                maybe(random, text),
                maybe(random, () -> new DiscountDto(maybe(random, text), maybe(random, () -> decimal(random)))),
                collections,
                variants,
                maybe(random, text),
                maybe(random, text),
                maybe(random, text));
    }

    private static StockDto stock(Random random) {
        return new StockDto(
                maybe(random, random::nextBoolean),
                maybe(random, () -> random.nextInt(1_000_000)),
                maybe(random, random::nextBoolean));
    }

    private static BigDecimal decimal(Random random) {
        return BigDecimal.valueOf(random.nextLong() % 100_000_000L, random.nextInt(6) - 1);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(
                    switch (kind) {
                        case 0 -> random.nextInt(0x20);
                        case 1 -> "\"\\/<>&'".charAt(random.nextInt(7));
                        case 2 -> 0x80 + random.nextInt(0x700);
                        case 3 -> 0x1F600 + random.nextInt(0x40);
                        case 4 -> 0x2028 + random.nextInt(2);
                        default -> 'a' + random.nextInt(26);
                    });
        }
        return text.toString();
    }

    /** The value, or null one time in four. */
    private static <T> T maybe(Random random, Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }
}
