package io.catalog.domain.product;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ApiEnum;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SimpleValueObjectsTest {

    @Test
    void productIdIsParsedFromAUuid() {
        UUID uuid = UUID.randomUUID();
        assertThat(ProductId.parse(uuid.toString())).isEqualTo(new ProductId(uuid));
        assertThat(ProductId.random()).isNotEqualTo(ProductId.random());
        assertInvalid(() -> ProductId.parse("not-a-uuid"), "id", ErrorCodes.INVALID_ID);
        assertInvalid(() -> ProductId.parse("1-1-1-1-1"), "id", ErrorCodes.INVALID_ID);
        assertInvalid(() -> ProductId.parse("a".repeat(3_000)), "id", ErrorCodes.INVALID_ID)
                .hasMessage("id must be a UUID (was \"" + "a".repeat(40) + "...\")");
    }

    @Test
    void productNameIsTrimmedAndHasOneToEightyCharacters() {
        assertThat(new ProductName("  Mug  ").value()).isEqualTo("Mug");
        assertThat(new ProductName("n".repeat(80)).value()).hasSize(80);
        assertInvalid(() -> new ProductName("n".repeat(93)), "name", ErrorCodes.TOO_LONG)
                .hasMessage("name must be at most 80 characters (was 93)");
        assertInvalid(() -> new ProductName("   "), "name", ErrorCodes.REQUIRED).hasMessage("name must not be empty");
        assertInvalid(() -> new ProductName(null), "name", ErrorCodes.REQUIRED);
    }

    @Test
    void textLimitsCountCodePointsNotUtf16Units() {
        String emoji = "\uD83D\uDE00";
        assertThat(new ProductName(emoji.repeat(80)).value()).hasSize(160);
        assertInvalid(() -> new ProductName(emoji.repeat(81)), "name", ErrorCodes.TOO_LONG)
                .hasMessage("name must be at most 80 characters (was 81)");
        assertThat(new Sku(emoji.repeat(40)).value()).hasSize(80);
        assertInvalid(() -> new Sku(emoji.repeat(41)), "sku", ErrorCodes.TOO_LONG);
        assertThat(new io.catalog.domain.collection.CollectionName(emoji.repeat(80)).value())
                .hasSize(160);
    }

    @Test
    void descriptionAllowsRichTextUpToEightThousandCharacters() {
        assertThat(Description.of("<p>Soft <b>cotton</b></p>").value()).startsWith("<p>");
        assertThat(Description.of("")).isEqualTo(Description.EMPTY);
        assertThat(Description.of("d".repeat(8000)).value()).hasSize(8000);
        assertInvalid(() -> Description.of("d".repeat(8001)), "description", ErrorCodes.TOO_LONG);
    }

    @Test
    void skuIsTrimmedUpToFortyCharactersAndMayBeEmpty() {
        assertThat(new Sku(" AB-1 ").value()).isEqualTo("AB-1");
        assertThat(new Sku("   ")).isEqualTo(Sku.NONE);
        assertThat(Sku.NONE.isNone()).isTrue();
        assertThat(new Sku("s".repeat(40)).isNone()).isFalse();
        assertInvalid(() -> new Sku("s".repeat(41)), "sku", ErrorCodes.TOO_LONG);
    }

    @Test
    void weightIsNonNegativeWithAtMostThreeDecimals() {
        assertThat(new Weight(new BigDecimal("1.250"))).isEqualTo(new Weight(new BigDecimal("1.25")));
        assertThat(new Weight(new BigDecimal("0.125")).value()).isEqualByComparingTo("0.125");
        assertThat(new Weight(new BigDecimal("999999999.99")).value()).isEqualByComparingTo("999999999.99");
        assertInvalid(() -> new Weight(new BigDecimal("-0.1")), "weight", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> new Weight(new BigDecimal("1000000000")), "weight", ErrorCodes.OUT_OF_RANGE);
        assertInvalid(() -> new Weight(new BigDecimal("0.1234")), "weight", ErrorCodes.TOO_MANY_DECIMALS);
    }

    @Test
    void productTypeIsParsedFromItsApiName() {
        assertThat(ProductType.fromApiName("digital")).isEqualTo(ProductType.DIGITAL);
        assertThat(ProductType.PHYSICAL.apiName()).isEqualTo("physical");
        assertThat(ProductType.fromApiName("unspecified_product_type"))
                .as("the seed's third value")
                .isEqualTo(ProductType.UNSPECIFIED);
        assertInvalid(() -> ProductType.fromApiName("service"), "productType", ErrorCodes.UNKNOWN_ENUM_VALUE)
                .hasMessage("productType must be one of unspecified_product_type, physical, digital (was \"service\")");
    }

    @Test
    void optionTypeKeepsItsApiName() {
        assertThat(OptionType.DROP_DOWN.apiName()).isEqualTo("drop_down");
        assertThat(OptionType.COLOR.apiName()).isEqualTo("color");
        assertThat(ApiEnum.fromApiName(OptionType.class, "type", "drop_down")).isEqualTo(OptionType.DROP_DOWN);
        assertInvalid(
                () -> ApiEnum.fromApiName(OptionType.class, "type", "radio"), "type", ErrorCodes.UNKNOWN_ENUM_VALUE);
    }
}
