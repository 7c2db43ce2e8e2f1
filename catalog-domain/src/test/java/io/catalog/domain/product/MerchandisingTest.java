package io.catalog.domain.product;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.product.MerchandisingChange.LabelRef;
import io.catalog.domain.product.MerchandisingChange.Replace;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MerchandisingTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Merchandising INITIAL = Merchandising.initial(new Handle("mug"));

    private static MerchandisingChange ribbons(LabelRef main, List<LabelRef> more) {
        return new MerchandisingChange(
                null, null, main == null ? null : new Replace<>(main), more, null, null, null, null, null);
    }

    private static MerchandisingChange brand(String name, String id) {
        return new MerchandisingChange(
                null, new Replace<>(new LabelRef(name, id)), null, null, null, null, null, null, null);
    }

    private static LabelRef named(String name) {
        return new LabelRef(name, null);
    }

    @Test
    void aNewProductHasItsHandleAndIsVisibleInPointOfSaleUnlessDigital() {
        assertThat(INITIAL.visibleInPos()).isTrue();
        assertThat(INITIAL.brand()).isNull();
        assertThat(INITIAL.ribbons()).isEmpty();
        assertThat(INITIAL.tags()).isEqualTo(ProductTags.NONE);
        assertThat(INITIAL.forType(ProductType.DIGITAL).visibleInPos()).isFalse();
        MerchandisingChange visible = new MerchandisingChange(null, null, null, null, true, null, null, null, null);
        assertThat(INITIAL.with(visible, STORE, ProductType.DIGITAL).visibleInPos())
                .as("always false for digital products")
                .isFalse();
    }

    @Test
    void theHandleCannotChange() {
        MerchandisingChange same =
                new MerchandisingChange(new Handle("mug"), null, null, null, null, null, null, null, null);
        assertThat(INITIAL.with(same, STORE, ProductType.PHYSICAL)).isEqualTo(INITIAL);

        MerchandisingChange other =
                new MerchandisingChange(new Handle("cup"), null, null, null, null, null, null, null, null);
        assertInvalid(() -> INITIAL.with(other, STORE, ProductType.PHYSICAL), "handle", ErrorCodes.NOT_ALLOWED);
    }

    @Test
    void brandIdsAreDerivedFromTheStoreAndTheNormalisedName() {
        Merchandising acme = INITIAL.with(brand("Acme  Tools", null), STORE, ProductType.PHYSICAL);
        Merchandising same = INITIAL.with(brand(" acme tools ", null), STORE, ProductType.PHYSICAL);
        String id = acme.brand().id(Label.Kind.BRAND, STORE);

        assertThat(acme.brand().name()).isEqualTo("Acme  Tools");
        assertThat(same.brand().id(Label.Kind.BRAND, STORE)).isEqualTo(id);
        assertThat(acme.brand().id(Label.Kind.BRAND, new StoreId("store-2"))).isNotEqualTo(id);
        assertThat(acme.brand().id(Label.Kind.RIBBON, STORE)).isNotEqualTo(id);
        assertThat(INITIAL.with(brand("Acme  Tools", id.toUpperCase()), STORE, ProductType.PHYSICAL))
                .isEqualTo(acme);
    }

    @Test
    void anIdSentMustBeTheOneOfTheNameAndTheNameIsRequired() {
        String otherId = new Label("Other").id(Label.Kind.BRAND, STORE);
        assertInvalid(
                () -> INITIAL.with(brand("Acme", otherId), STORE, ProductType.PHYSICAL),
                "brand.id",
                ErrorCodes.INVALID_ID);
        assertInvalid(
                () -> INITIAL.with(brand(null, otherId), STORE, ProductType.PHYSICAL),
                "brand.name",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> INITIAL.with(brand("x".repeat(Label.MAX_LENGTH + 1), null), STORE, ProductType.PHYSICAL),
                "brand.name",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> INITIAL.with(brand("a\u0007b", null), STORE, ProductType.PHYSICAL),
                "brand.name",
                ErrorCodes.INVALID_FORMAT);
    }

    @Test
    void atMostFourAdditionalRibbonsNoneTwiceAndNotTheMainOne() {
        Merchandising four = INITIAL.with(
                ribbons(named("Sale"), List.of(named("New"), named("Hot"), named("Eco"), named("Last"))),
                STORE,
                ProductType.PHYSICAL);
        assertThat(four.ribbons()).extracting(Label::name).containsExactly("Sale", "New", "Hot", "Eco", "Last");

        assertInvalid(
                () -> INITIAL.with(
                        ribbons(null, List.of(named("A"), named("B"), named("C"), named("D"), named("E"))),
                        STORE,
                        ProductType.PHYSICAL),
                "additionalRibbons",
                ErrorCodes.TOO_MANY_RIBBONS);
        assertInvalid(
                () -> INITIAL.with(ribbons(null, List.of(named("New"), named(" new"))), STORE, ProductType.PHYSICAL),
                "additionalRibbons[1].name",
                ErrorCodes.DUPLICATE_RIBBON);
        assertInvalid(
                () -> INITIAL.with(ribbons(named("Sale"), List.of(named("SALE"))), STORE, ProductType.PHYSICAL),
                "additionalRibbons[0].name",
                ErrorCodes.DUPLICATE_RIBBON);
        assertInvalid(
                () -> INITIAL.with(
                        ribbons(null, List.of(named("A"), new LabelRef("B", "nope"))), STORE, ProductType.PHYSICAL),
                "additionalRibbons[1].id",
                ErrorCodes.INVALID_ID);
    }

    @Test
    void aReplaceOfNullRemovesAndChangedFieldsAreNamed() {
        Merchandising set = INITIAL.with(
                new MerchandisingChange(
                        null,
                        new Replace<>(named("Acme")),
                        new Replace<>(named("Sale")),
                        List.of(named("New")),
                        false,
                        new Replace<>("3F2504E0-4F89-11D3-9A0C-0305E82C3301"),
                        new Replace<>(SeoData.NONE),
                        new Replace<>(new JsonText("{\"@acme/app\":{\"a\":1}}")),
                        new ProductTags(List.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), List.of())),
                STORE,
                ProductType.PHYSICAL);
        assertThat(set.taxGroupId()).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertThat(set.changedFrom(INITIAL))
                .containsExactly(
                        "brand",
                        "ribbon",
                        "additionalRibbons",
                        "visibleInPos",
                        "taxGroupId",
                        "seoData",
                        "extendedFields",
                        "tags");

        Merchandising cleared = set.with(
                new MerchandisingChange(
                        null,
                        new Replace<>(null),
                        new Replace<>(null),
                        List.of(),
                        true,
                        new Replace<>(null),
                        new Replace<>(null),
                        new Replace<>(null),
                        ProductTags.NONE),
                STORE,
                ProductType.PHYSICAL);
        assertThat(cleared).isEqualTo(INITIAL);
        assertThat(set.with(MerchandisingChange.NONE, STORE, ProductType.PHYSICAL)
                        .changedFrom(set))
                .isEmpty();
    }

    @Test
    void theTaxGroupIsAGuid() {
        assertInvalid(
                () -> INITIAL.with(
                        new MerchandisingChange(null, null, null, null, null, new Replace<>("tax-1"), null, null, null),
                        STORE,
                        ProductType.PHYSICAL),
                "taxGroupId",
                ErrorCodes.INVALID_ID);
    }

    @Test
    void extendedFieldsAreBounded() {
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i <= Merchandising.MAX_NAMESPACES; i++) {
            many.append(i == 0 ? "" : ",").append("\"ns").append(i).append("\":{}");
        }
        assertInvalid(
                () -> extended(many.append('}').toString()), "extendedFields.namespaces", ErrorCodes.OUT_OF_RANGE);
        String deep = "{\"ns\":" + "[".repeat(10) + "]".repeat(10) + "}";
        assertInvalid(() -> extended(deep), "extendedFields.namespaces", ErrorCodes.OUT_OF_RANGE);
        String big = "{\"ns\":{\"a\":\"" + "x".repeat(Merchandising.MAX_EXTENDED_FIELDS_CHARS) + "\"}}";
        assertInvalid(() -> extended(big), "extendedFields.namespaces", ErrorCodes.TOO_LONG);
        String braces = "{\"ns\":{\"a\":\"{{{{{{{{{{{{[[[[[[[[:::\"}}";
        assertThat(extended(braces).extendedFields().value())
                .as("brackets and colons inside strings do not count")
                .isEqualTo(braces);
    }

    private static Merchandising extended(String json) {
        return INITIAL.with(
                new MerchandisingChange(
                        null, null, null, null, null, null, null, new Replace<>(new JsonText(json)), null),
                STORE,
                ProductType.PHYSICAL);
    }

    @Test
    void jsonTextIsAnObject() {
        assertThatThrownBy(() -> new JsonText("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JsonText("{\"a\":[}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(JsonText.EMPTY_OBJECT.isEmpty()).isTrue();
        assertThat(new JsonText("{\"a\":{\"b\":1}}").isEmpty()).isFalse();
    }

    @Test
    void seoDataIsBounded() {
        SeoData.Tag title = new SeoData.Tag("title", Map.of(), null, "Mug", false, false);
        assertThat(new SeoData(List.of(title), null).settings()).isEqualTo(SeoData.Settings.DEFAULT);
        assertInvalid(
                () -> new SeoData(List.of(title, new SeoData.Tag("style", Map.of(), null, null, false, false)), null),
                "seoData.tags[1].type",
                ErrorCodes.UNKNOWN_ENUM_VALUE);
        assertInvalid(
                () -> new SeoData(java.util.Collections.nCopies(SeoData.MAX_TAGS + 1, title), null),
                "seoData.tags",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> new SeoData(
                        List.of(new SeoData.Tag(
                                "meta",
                                Map.of("content", "x".repeat(SeoData.MAX_PROP_VALUE + 1)),
                                null,
                                null,
                                false,
                                false)),
                        null),
                "seoData.tags[0].props.content",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> new SeoData(
                        List.of(new SeoData.Tag(
                                "meta",
                                Map.of(),
                                new JsonText("{\"a\":" + "[".repeat(6) + "]".repeat(6) + "}"),
                                null,
                                false,
                                false)),
                        null),
                "seoData.tags[0].meta",
                ErrorCodes.OUT_OF_RANGE);
        SeoData.Keyword main = new SeoData.Keyword("mug", true, "USER");
        assertInvalid(
                () -> new SeoData(List.of(), new SeoData.Settings(false, List.of(main, main))),
                "seoData.settings.keywords[1].isMain",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> new SeoData(
                        List.of(), new SeoData.Settings(false, List.of(new SeoData.Keyword("", false, null)))),
                "seoData.settings.keywords[0].term",
                ErrorCodes.REQUIRED);
    }

    @Test
    void tagsAreDistinctGuidsBounded() {
        String id = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        assertThat(new ProductTags(List.of(id.toUpperCase()), null).privateTagIds())
                .containsExactly(id);
        assertInvalid(
                () -> new ProductTags(List.of(id, id), List.of()),
                "tags.privateTags.tagIds[1]",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> new ProductTags(List.of(), List.of("not-a-guid")),
                "tags.publicTags.tagIds[0]",
                ErrorCodes.INVALID_ID);
        List<String> tooMany = java.util.stream.IntStream.rangeClosed(0, ProductTags.MAX_TAG_IDS)
                .mapToObj(i -> String.format("00000000-0000-0000-0000-%012d", i))
                .toList();
        assertInvalid(() -> new ProductTags(tooMany, List.of()), "tags.privateTags.tagIds", ErrorCodes.OUT_OF_RANGE);
    }

    @Test
    void handlesAreStableHumanIds() {
        assertThat(Handle.fromSlug(Slug.parse("t-shirt")).value()).isEqualTo("t-shirt");
        assertThat(new Handle("SKU_12.a-b").value()).isEqualTo("SKU_12.a-b");
        assertThat(new Handle("x".repeat(100)).withSuffix(12).value())
                .hasSize(100)
                .endsWith("x-12");
        assertInvalid(() -> new Handle("-mug"), "handle", ErrorCodes.INVALID_FORMAT);
        assertInvalid(() -> new Handle("mug cup"), "handle", ErrorCodes.INVALID_FORMAT);
        assertInvalid(() -> new Handle(""), "handle", ErrorCodes.REQUIRED);
        assertInvalid(() -> new Handle("x".repeat(101)), "handle", ErrorCodes.TOO_LONG);
    }
}
