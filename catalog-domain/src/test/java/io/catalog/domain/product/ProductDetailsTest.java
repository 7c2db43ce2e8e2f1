package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.STORE;
import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.SaleStatus.PreorderAvailability;
import io.catalog.domain.product.SaleStatus.PreorderStatus;
import io.catalog.domain.product.VariantDetailWrite.MediaRef;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A product's details: media written whole, info sections, the variants' media, digital files and preorder. */
class ProductDetailsTest {

    private static final String A = "https://example.com/a.jpg";
    private static final String B = "https://example.com/b.jpg";

    private static ProductDetailsChange media(MediaWrite... items) {
        return new ProductDetailsChange(List.of(items), null, null);
    }

    private static ProductDetailsChange sections(InfoSectionWrite... sections) {
        return new ProductDetailsChange(null, List.of(sections), null);
    }

    private static ProductDetailsChange variants(VariantDetailWrite... writes) {
        return new ProductDetailsChange(null, null, List.of(writes));
    }

    private static VariantDetailWrite preorder(Map<String, String> choices, boolean enabled) {
        return new VariantDetailWrite(choices, null, null, false, enabled);
    }

    private static Product sizes() {
        return aProduct().withOption(dropDown("Size", "S", "M")).build();
    }

    private static Product reloaded(Product product) {
        return Product.reconstitute(product.state());
    }

    // ------------------------------------------------------------------------------------------------ media

    @Test
    void mediaWrittenWholeKeepsNamedItemsWithTheirLinksAndAddsNewOnesByUrl() {
        Product product = aProduct().withSizesAndColors().build();
        product.addMedia(List.of(new NewMedia(MediaItem.ofUrl(A, null), "Color", "Red")), T1);
        String a = product.media().get(0).id();

        product.changeDetails(
                media(
                        new MediaWrite(null, B, null, "alt b", "Back", "up-1"),
                        new MediaWrite(a, null, null, "alt a", "Front", null)),
                T1);

        assertThat(product.media()).extracting(MediaItem::url).containsExactly(B, A);
        MediaItem kept = product.media().get(1);
        assertThat(kept.id()).isEqualTo(a);
        assertThat(kept.altText()).isEqualTo("alt a");
        assertThat(kept.title()).isEqualTo("Front");
        assertThat(product.media().get(0).uploadId()).isEqualTo("up-1");
        assertThat(product.mainMedia()).map(MediaItem::url).contains(B);
        assertThat(product.variants().optionViews().get(1).choices().get(0).media())
                .extracting(MediaItem::id)
                .containsExactly(a);
        assertThat(product.changedFields()).contains("media");
    }

    @Test
    void anItemLeftOutGoesWithItsLinks() {
        Product product = aProduct().withSizesAndColors().build();
        product.addMedia(List.of(new NewMedia(MediaItem.ofUrl(A, null), "Color", "Red")), T1);

        product.changeDetails(media(new MediaWrite(null, B, null, null, null, null)), T1);

        assertThat(product.media()).extracting(MediaItem::url).containsExactly(B);
        assertThat(product.variants().optionViews().get(1).choices().get(0).media())
                .isEmpty();
    }

    @Test
    void aV1MediaWriteKeepsWhatV3SetOnTheItemsItKeeps() {
        Product product = aProduct().build();
        product.changeDetails(media(new MediaWrite(null, A, null, "a red mug", "Mug", "u1")), T1);

        product.addMedia(List.of(new NewMedia(MediaItem.ofUrl(B, null), null, null)), T1);
        Product loaded = reloaded(product);

        MediaItem first = loaded.media().get(0);
        assertThat(first.altText()).isEqualTo("a red mug");
        assertThat(first.title()).isEqualTo("Mug");
        assertThat(first.uploadId()).isEqualTo("u1");
        assertThat(loaded.media()).hasSize(2);
    }

    @Test
    void mediaWritesAreBoundedAndChecked() {
        Product product = aProduct().build();
        product.changeDetails(media(new MediaWrite("a.jpg", A, null, null, null, null)), T1);

        assertInvalid(
                () -> product.changeDetails(
                        new ProductDetailsChange(
                                IntStream.range(0, 16)
                                        .mapToObj(i -> new MediaWrite(null, A + i, null, null, null, null))
                                        .toList(),
                                null,
                                null),
                        T1),
                "media",
                ErrorCodes.TOO_MANY_MEDIA);
        assertInvalid(
                () -> product.changeDetails(
                        media(
                                new MediaWrite("a.jpg", null, null, null, null, null),
                                new MediaWrite("a.jpg", null, null, null, null, null)),
                        T1),
                "media[1].id",
                ErrorCodes.MEDIA_ALREADY_ADDED);
        assertInvalid(
                () -> product.changeDetails(media(new MediaWrite("a.jpg", B, null, null, null, null)), T1),
                "media[0].url",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> product.changeDetails(media(new MediaWrite("other.jpg", null, null, null, null, null)), T1),
                "media[0].url",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> product.changeDetails(
                        media(new MediaWrite(null, "javascript:alert(1)", null, null, null, null)), T1),
                "media[0].url",
                ErrorCodes.INVALID_FORMAT);
        assertInvalid(
                () -> product.changeDetails(media(new MediaWrite(null, A, null, "x".repeat(1001), null, null)), T1),
                "media[0].altText",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> product.changeDetails(media(new MediaWrite(null, A, null, "a\u0000b", null, null)), T1),
                "media[0].altText",
                ErrorCodes.INVALID_FORMAT);
        assertThat(product.media()).extracting(MediaItem::id).containsExactly("a.jpg");
    }

    // ------------------------------------------------------------------------------------------------ info sections

    @Test
    void infoSectionsAreOneOrderedListWithIdsDerivedFromTheStoreAndTheUniqueName() {
        Product product = aProduct().build();

        product.changeDetails(
                sections(
                        new InfoSectionWrite(null, "returns", "Returns", "<p>30 days</p><script>x()</script>"),
                        new InfoSectionWrite(null, null, "Shipping & Care", null)),
                T1);

        List<InfoSection> held = product.details().infoSections();
        assertThat(held).extracting(InfoSection::uniqueName).containsExactly("returns", "shipping-care");
        assertThat(held.get(0).description().value()).isEqualTo("<p>30 days</p>");
        assertThat(held.get(0).id(STORE)).isEqualTo(InfoSection.idOf(STORE, "RETURNS"));
        assertThat(held.get(0).id(STORE)).isNotEqualTo(held.get(0).id(new StoreId("store-2")));
        assertThat(product.changedFields()).contains("infoSections");
        assertThat(reloaded(product).details().infoSections()).isEqualTo(held);
    }

    @Test
    void aSectionIsNamedByIdOrUniqueNameOrTitleAndKeepsItsUniqueName() {
        Product product = aProduct().build();
        product.changeDetails(sections(new InfoSectionWrite(null, "returns", "Returns", "<p>30 days</p>")), T1);
        String id = product.details().infoSections().get(0).id(STORE);

        product.changeDetails(sections(new InfoSectionWrite(id, null, "Refunds", null)), T1);
        assertThat(product.details().infoSections().get(0))
                .isEqualTo(new InfoSection("returns", "Refunds", Description.of("<p>30 days</p>")));

        // v1 writes sections by title: the same title keeps the section
        product.changeDetails(
                sections(
                        new InfoSectionWrite(null, null, "Size guide", "<p>S M</p>"),
                        new InfoSectionWrite(null, null, "Refunds", "<p>14 days</p>")),
                T1);
        assertThat(product.details().infoSections())
                .extracting(InfoSection::uniqueName)
                .containsExactly("size-guide", "returns");
        assertThat(product.details().infoSections().get(1).description().value())
                .isEqualTo("<p>14 days</p>");

        product.changeDetails(sections(), T1);
        assertThat(product.details().infoSections()).isEmpty();
    }

    @Test
    void infoSectionsAreBoundedAndChecked() {
        Product product = aProduct().build();

        assertInvalid(
                () -> product.changeDetails(
                        new ProductDetailsChange(
                                null,
                                IntStream.range(0, 11)
                                        .mapToObj(i -> new InfoSectionWrite(null, null, "T" + i, null))
                                        .toList(),
                                null),
                        T1),
                "infoSections",
                ErrorCodes.OUT_OF_RANGE);
        assertInvalid(
                () -> product.changeDetails(
                        sections(new InfoSectionWrite("0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11", null, "T", null)), T1),
                "infoSections[0].id",
                ErrorCodes.INVALID_ID);
        assertInvalid(
                () -> product.changeDetails(sections(new InfoSectionWrite(null, "new-one", null, null)), T1),
                "infoSections[0].title",
                ErrorCodes.REQUIRED);
        assertInvalid(
                () -> product.changeDetails(sections(new InfoSectionWrite(null, "a b", "T", null)), T1),
                "infoSections[0].uniqueName",
                ErrorCodes.INVALID_FORMAT);
        assertInvalid(
                () -> product.changeDetails(
                        sections(
                                new InfoSectionWrite(null, "a", "T", null), new InfoSectionWrite(null, "A", "U", null)),
                        T1),
                "infoSections[1].uniqueName",
                ErrorCodes.NOT_ALLOWED);
        assertInvalid(
                () -> product.changeDetails(sections(new InfoSectionWrite(null, null, "x".repeat(101), null)), T1),
                "infoSections[0].title",
                ErrorCodes.TOO_LONG);
        assertInvalid(
                () -> product.changeDetails(
                        sections(new InfoSectionWrite(null, null, "T", "x".repeat(Description.MAX_LENGTH + 1))), T1),
                "infoSections[0].description",
                ErrorCodes.TOO_LONG);
        assertThat(product.details().infoSections()).isEmpty();
        assertThat(product.hasChanges()).isFalse();
    }

    // ------------------------------------------------------------------------------------------------ digital files

    @Test
    void digitalFilesAreForDigitalProductsAndGoWhenTheProductBecomesPhysical() {
        Product product =
                aProduct().withOption(dropDown("Format", "PDF", "EPUB")).build();
        DigitalFile pdf = new DigitalFile("f1.pdf", "guide.pdf", DigitalFile.FileType.SECURE_DOCUMENT, 2048L);
        VariantDetailWrite write = new VariantDetailWrite(Map.of("Format", "PDF"), null, pdf, false, null);

        assertInvalid(
                () -> product.changeDetails(variants(write), T1),
                "variants[0].digitalProperties",
                ErrorCodes.NOT_ALLOWED);

        product.changeProductType(ProductType.DIGITAL, T1);
        product.changeDetails(variants(write), T1);
        Variant variantPdf =
                product.variants().matching(Map.of("Format", "PDF"), 0, 1).get(0);
        assertThat(reloaded(product).details().digitalFileOf(variantPdf.id(), ProductType.DIGITAL))
                .contains(pdf);
        assertThat(product.changedFields()).contains("variantsInfo");

        product.changeProductType(ProductType.PHYSICAL, T1);
        assertThat(product.details().variants()).isEmpty();
    }

    @Test
    void aDigitalFileIsChecked() {
        assertInvalid(() -> new DigitalFile("f 1", "a.pdf", null, null), "id", ErrorCodes.INVALID_FORMAT);
        assertInvalid(() -> new DigitalFile("f1", "../a.pdf", null, null), "fileName", ErrorCodes.INVALID_FORMAT);
        assertInvalid(() -> new DigitalFile("f1", "", null, null), "fileName", ErrorCodes.REQUIRED);
        assertInvalid(() -> new DigitalFile("f1", "a".repeat(256), null, null), "fileName", ErrorCodes.TOO_LONG);
        assertInvalid(() -> new DigitalFile("f1", "a.pdf", null, -1L), "fileSize", ErrorCodes.OUT_OF_RANGE);
        assertThat(new DigitalFile("f1", " a.pdf ", null, null).fileType()).isEqualTo(DigitalFile.FileType.UNSPECIFIED);
    }

    // ------------------------------------------------------------------------------------------------ variant media

    @Test
    void aVariantShowsItsOwnMediaElseTheFirstMediaOfItsChoices() {
        Product product = aProduct().withSizesAndColors().build();
        product.changeDetails(
                media(
                        new MediaWrite("red.jpg", A, null, null, null, null),
                        new MediaWrite("own.jpg", B, null, null, null, null)),
                T1);
        product.linkChoiceMedia(List.of(new ChoiceMedia("Color", "Red", List.of("red.jpg"))), T1);
        product.changeDetails(
                variants(new VariantDetailWrite(
                        Map.of("Size", "M", "Color", "Red"), new MediaRef(null, B), null, false, null)),
                T1);

        Variant sRed = product.variants()
                .matching(Map.of("Size", "S", "Color", "Red"), 0, 1)
                .get(0);
        Variant mRed = product.variants()
                .matching(Map.of("Size", "M", "Color", "Red"), 0, 1)
                .get(0);
        Variant sGreen = product.variants()
                .matching(Map.of("Size", "S", "Color", "Green"), 0, 1)
                .get(0);
        assertThat(product.details().mediaOf(sRed, product)).map(MediaItem::id).contains("red.jpg");
        assertThat(product.details().mediaOf(mRed, product)).map(MediaItem::id).contains("own.jpg");
        assertThat(product.details().mediaOf(sGreen, product)).isEmpty();

        product.removeMedia(List.of("own.jpg"), T1);
        Product loaded = reloaded(product);
        assertThat(loaded.details().variants()).isEmpty();
        assertThat(loaded.details().mediaOf(mRed, loaded)).map(MediaItem::id).contains("red.jpg");
    }

    @Test
    void aVariantsMediaIsOneOfTheProductsItems() {
        Product product = sizes();

        assertInvalid(
                () -> product.changeDetails(
                        variants(new VariantDetailWrite(
                                Map.of("Size", "S"), new MediaRef("nope.jpg", null), null, false, null)),
                        T1),
                "variants[0].media",
                ErrorCodes.UNKNOWN_MEDIA);
        assertInvalid(
                () -> product.changeDetails(variants(preorder(Map.of("Size", "XL"), true)), T1),
                "variants[0].choices",
                ErrorCodes.UNKNOWN_CHOICE);
    }

    @Test
    void detailsOfCombinationsThatGoAreDroppedWhenStored() {
        Product product = sizes();
        product.changeDetails(variants(preorder(Map.of("Size", "S"), true), preorder(Map.of("Size", "M"), true)), T1);

        product.replaceOptions(List.of(dropDown("Size", "M", "L")), T1);

        assertThat(reloaded(product).details().variants()).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------ preorder

    @Test
    void preorderStatusAndAvailabilityAreDerivedFromTheVisibleVariants() {
        Product product = sizes();
        List<Variant> all = product.variants().page(0, 10);

        SaleStatus none = product.details().saleStatus(all, true);
        assertThat(none)
                .isEqualTo(new SaleStatus(PreorderStatus.DISABLED, PreorderAvailability.NO_VARIANTS, true, false));

        product.changeDetails(variants(preorder(Map.of("Size", "S"), true)), T1);
        assertThat(product.details().saleStatus(all, true).preorderStatus())
                .isEqualTo(PreorderStatus.PARTIALLY_ENABLED);
        assertThat(product.details().saleStatus(all, true).preorderAvailability())
                .as("in stock: bought, not preordered")
                .isEqualTo(PreorderAvailability.NO_VARIANTS);

        product.changeStock(Stock.untracked(false), T1);
        all = product.variants().page(0, 10);
        SaleStatus some = product.details().saleStatus(all, true);
        assertThat(some)
                .isEqualTo(new SaleStatus(
                        PreorderStatus.PARTIALLY_ENABLED, PreorderAvailability.SOME_VARIANTS, true, true));

        product.changeDetails(variants(preorder(Map.of("Size", "M"), true)), T1);
        SaleStatus every = product.details().saleStatus(all, true);
        assertThat(every)
                .isEqualTo(new SaleStatus(PreorderStatus.ENABLED, PreorderAvailability.ALL_VARIANTS, true, true));
        assertThat(product.details().saleStatus(all, false))
                .as("a hidden product is eligible for nothing")
                .isEqualTo(new SaleStatus(PreorderStatus.ENABLED, PreorderAvailability.ALL_VARIANTS, false, false));

        product.changeDetails(variants(preorder(Map.of("Size", "S"), false), preorder(Map.of("Size", "M"), false)), T1);
        assertThat(product.details().saleStatus(all, true))
                .isEqualTo(new SaleStatus(PreorderStatus.DISABLED, PreorderAvailability.NO_VARIANTS, false, false));
    }

    @Test
    void hiddenVariantsDoNotCount() {
        Product product = aProduct()
                .withOption(dropDown("Size", "S", "M"))
                .managingVariants()
                .build();
        product.changeStock(Stock.untracked(false), T1);
        product.writeVariants(
                List.of(
                        new VariantWrite(Map.of("Size", "S"), null, null, null, true),
                        new VariantWrite(Map.of("Size", "M"), null, null, null, false)),
                T1);
        product.changeDetails(variants(preorder(Map.of("Size", "S"), true)), T1);

        assertThat(product.details().saleStatus(product.variants().page(0, 10), true))
                .isEqualTo(new SaleStatus(PreorderStatus.ENABLED, PreorderAvailability.ALL_VARIANTS, true, true));
    }

    @Test
    void aVariantOnPreorderIsAvailableForPurchaseWhenOutOfStock() {
        Product product = sizes();
        product.changeStock(Stock.untracked(false), T1);

        assertThat(product.variants().availability(Map.of("Size", "S")).availableForPurchase())
                .isFalse();

        product.changeDetails(variants(preorder(Map.of("Size", "S"), true)), T1);

        assertThat(product.variants().availability(Map.of("Size", "S")).availableForPurchase())
                .isTrue();
        assertThat(product.variants().availability(Map.of("Size", "M")).availableForPurchase())
                .isFalse();
        assertThat(reloaded(product)
                        .details()
                        .preorderEnabled(product.variants()
                                .matching(Map.of("Size", "S"), 0, 1)
                                .get(0)
                                .id()))
                .isTrue();
    }

    @Test
    void aProductWithoutOptionsKeepsTheDetailsOfItsOneVariant() {
        Product product = aProduct().build();

        product.changeDetails(variants(preorder(Map.of(), true)), T1);

        assertThat(product.details().preorderEnabled(VariantId.DEFAULT)).isTrue();
        assertThat(product.changedFields()).containsExactly("variantsInfo");
    }

    @Test
    void aChangeOfNothingRecordsNothing() {
        Product product = aProduct().build();

        product.changeDetails(ProductDetailsChange.NONE, T1);
        product.changeDetails(variants(new VariantDetailWrite(Map.of(), null, null, false, null)), T1);

        assertThat(product.hasChanges()).isFalse();
    }
}
