package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.T1;
import static io.catalog.domain.product.ProductBuilder.aProduct;
import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ProductMediaTest {

    private static final String BASE = "https://static.wixstatic.com/media/";

    private static NewMedia byId(String mediaId) {
        return new NewMedia(MediaItem.ofMediaId(mediaId, BASE, null), null, null);
    }

    private static NewMedia byUrl(String url, String option, String choice) {
        return new NewMedia(MediaItem.ofUrl(url, null), option, choice);
    }

    private static Product withOptions() {
        return aProduct().withSizesAndColors().build();
    }

    private static List<String> ids(List<MediaItem> items) {
        return items.stream().map(MediaItem::id).toList();
    }

    @Test
    void itemsAreAppendedInOrderAndTheFirstIsTheMainMedia() {
        Product product = aProduct().build();

        product.addMedia(List.of(byId("a.jpg"), byId("b.mp4")), T1);
        product.addMedia(List.of(byUrl("https://example.com/c.png", null, null)), T1);

        assertThat(product.media()).hasSize(3);
        assertThat(product.mainMedia()).map(MediaItem::id).contains("a.jpg");
        assertThat(product.media().get(0).url()).isEqualTo(BASE + "a.jpg");
        assertThat(product.media().get(1).type()).isEqualTo(MediaType.VIDEO);
        assertThat(product.media().get(2).id()).matches("[0-9a-f]{32}");
        assertThat(product.media().get(2).type()).isEqualTo(MediaType.IMAGE);
        assertThat(product.changedFields()).containsExactly("media");
    }

    @Test
    void noMainMediaWithoutMedia() {
        assertThat(aProduct().build().mainMedia()).isEmpty();
    }

    @Test
    void atMostFifteenItemsAndMoreIsRefusedWhole() {
        Product product = aProduct().build();
        product.addMedia(IntStream.range(0, 14).mapToObj(i -> byId("m" + i)).toList(), T1);

        assertRuleViolation(() -> product.addMedia(List.of(byId("x"), byId("y")), T1), ErrorCodes.TOO_MANY_MEDIA);
        assertThat(product.media()).hasSize(14);

        product.addMedia(List.of(byId("x")), T1);
        assertThat(product.media()).hasSize(Product.MAX_MEDIA);
    }

    @Test
    void sixteenItemsInOneRequestAreInvalidWhateverTheProductHas() {
        Product product = aProduct().build();

        assertInvalid(
                        () -> product.addMedia(
                                IntStream.range(0, 16)
                                        .mapToObj(i -> byId("m" + i))
                                        .toList(),
                                T1),
                        "media",
                        ErrorCodes.TOO_MANY_MEDIA)
                .hasMessage("media must contain at most 15 items, the most a product can have (was 16)");
        assertThat(product.media()).isEmpty();
        assertThat(product.hasChanges()).isFalse();
    }

    @Test
    void aMediaIdIsAddedOnce() {
        Product product = aProduct().build();
        product.addMedia(List.of(byId("a")), T1);

        assertRuleViolation(() -> product.addMedia(List.of(byId("b"), byId("a")), T1), ErrorCodes.MEDIA_ALREADY_ADDED);
        assertThat(ids(product.media())).containsExactly("a");
    }

    @Test
    void aMediaIdListedTwiceInOneRequestIsInvalid() {
        Product product = aProduct().build();

        assertInvalid(
                () -> product.addMedia(List.of(byId("a"), byId("b"), byId("a")), T1),
                "media[2].mediaId",
                ErrorCodes.MEDIA_ALREADY_ADDED);
        assertThat(product.media()).isEmpty();
    }

    @Test
    void urlsAreAbsoluteHttpAndLimited() {
        assertInvalid(() -> MediaItem.ofUrl("ftp://example.com/a.jpg", null), "url", ErrorCodes.INVALID_FORMAT);
        assertInvalid(() -> MediaItem.ofUrl("/a.jpg", null), "url", ErrorCodes.INVALID_FORMAT);
        assertInvalid(
                () -> MediaItem.ofUrl("https://example.com/" + "a".repeat(2000), null), "url", ErrorCodes.TOO_LONG);
        assertInvalid(() -> MediaItem.ofMediaId("a b", BASE, null), "mediaId", ErrorCodes.INVALID_FORMAT);
        assertThat(MediaItem.ofUrl("HTTPS://example.com/v.MOV?x=1", null).type())
                .isEqualTo(MediaType.VIDEO);
    }

    @Test
    void anItemCanBeLinkedToAChoiceWhenAdded() {
        Product product = withOptions();

        product.addMedia(List.of(byId("a"), byUrl("https://example.com/b.jpg", "Color", "Green")), T1);

        assertThat(product.changedFields()).containsExactly("media", "productOptions");
        assertThat(product.variants().optionViews().get(1).choices().get(1).media())
                .hasSize(1);
        assertThat(product.variants().optionViews().get(1).choices().get(0).media())
                .isEmpty();
    }

    @Test
    void linksNameKnownOptionsChoicesAndMedia() {
        Product product = withOptions();
        product.addMedia(List.of(byId("a")), T1);

        assertInvalid(
                () -> product.linkChoiceMedia(List.of(new ChoiceMedia("Fit", "S", List.of("a"))), T1),
                "media[0].option",
                ErrorCodes.UNKNOWN_OPTION);
        assertInvalid(
                () -> product.linkChoiceMedia(List.of(new ChoiceMedia("Size", "XL", List.of("a"))), T1),
                "media[0].choice",
                ErrorCodes.UNKNOWN_CHOICE);
        assertInvalid(
                () -> product.linkChoiceMedia(List.of(new ChoiceMedia("Size", "S", List.of("a", "z"))), T1),
                "media[0].mediaIds[1]",
                ErrorCodes.UNKNOWN_MEDIA);
    }

    @Test
    void mediaIsSetOnTheChoicesOfOneOptionAtATime() {
        Product product = withOptions();
        product.addMedia(List.of(byId("a"), byId("b")), T1);
        product.linkChoiceMedia(
                List.of(
                        new ChoiceMedia("color", "red", List.of("a")),
                        new ChoiceMedia("Color", "Green", List.of("a", "b"))),
                T1);

        assertRuleViolation(
                        () -> product.linkChoiceMedia(List.of(new ChoiceMedia("Size", "S", List.of("b"))), T1),
                        ErrorCodes.CHOICE_MEDIA_OTHER_OPTION)
                .hasMessageContaining("\"Color\"");
        assertRuleViolation(
                () -> product.addMedia(List.of(byUrl("https://e.com/c.jpg", "Size", "M")), T1),
                ErrorCodes.CHOICE_MEDIA_OTHER_OPTION);
        assertThat(product.media()).hasSize(2);

        product.unlinkChoiceMedia(List.of(), T1);
        product.linkChoiceMedia(List.of(new ChoiceMedia("Size", "S", List.of("b"))), T1);
        assertThat(ids(product.variants().optionViews().get(0).choices().get(0).media()))
                .containsExactly("b");
    }

    @Test
    void unlinkingRemovesListedOrAllMediaOfAChoice() {
        Product product = withOptions();
        product.addMedia(List.of(byId("a"), byId("b")), T1);
        product.linkChoiceMedia(
                List.of(
                        new ChoiceMedia("Color", "Red", List.of("a", "b")),
                        new ChoiceMedia("Color", "Green", List.of("b"))),
                T1);

        product.unlinkChoiceMedia(List.of(new ChoiceMedia("Color", "Red", List.of("a"))), T1);
        assertThat(ids(product.variants().optionViews().get(1).choices().get(0).media()))
                .containsExactly("b");

        product.unlinkChoiceMedia(List.of(new ChoiceMedia("Color", "Red", List.of())), T1);
        assertThat(product.variants().optionViews().get(1).choices().get(0).media())
                .isEmpty();
        assertThat(ids(product.variants().optionViews().get(1).choices().get(1).media()))
                .containsExactly("b");
        assertThat(product.media()).hasSize(2);
    }

    @Test
    void removingAnItemRemovesItFromChoices() {
        Product product = withOptions();
        product.addMedia(List.of(byId("a"), byId("b")), T1);
        product.linkChoiceMedia(List.of(new ChoiceMedia("Color", "Red", List.of("a", "b"))), T1);

        product.removeMedia(List.of("a"), T1);

        assertThat(ids(product.media())).containsExactly("b");
        assertThat(product.mainMedia()).map(MediaItem::id).contains("b");
        assertThat(ids(product.variants().optionViews().get(1).choices().get(0).media()))
                .containsExactly("b");

        assertInvalid(() -> product.removeMedia(List.of("b", "zz"), T1), "mediaIds[1]", ErrorCodes.UNKNOWN_MEDIA);
        assertThat(product.media()).hasSize(1);

        product.removeMedia(List.of(), T1);
        assertThat(product.media()).isEmpty();
        assertThat(product.variants().optionViews().get(1).choices().get(0).media())
                .isEmpty();
    }

    @Test
    void linksFollowChoiceKeysThroughOptionEditsAndGoWithTheirChoice() {
        Product product = withOptions();
        product.addMedia(List.of(byId("a"), byId("b")), T1);
        product.linkChoiceMedia(
                List.of(
                        new ChoiceMedia("Color", "#ff0000", List.of("a")),
                        new ChoiceMedia("Color", "Green", List.of("b"))),
                T1);

        product.replaceOptions(
                List.of(ProductBuilder.color("Color", "#008000", "Green (dark)"), dropDown("Size", "S")), T1);

        assertThat(ids(product.variants().optionViews().get(0).choices().get(0).media()))
                .containsExactly("b");
        Product reloaded = Product.reconstitute(product.state());
        assertThat(ids(reloaded.variants().optionViews().get(0).choices().get(0).media()))
                .containsExactly("b");
        assertThat(reloaded.state().media().get(0).choiceKeys()).isEmpty();

        product.replaceOptions(List.of(dropDown("Size", "S")), T1);
        assertThat(Product.reconstitute(product.state()).state().media())
                .allSatisfy(item -> assertThat(item.choiceKeys()).isEmpty());
    }

    @Test
    void availabilityAnswersTheMediaOfTheSelectedChoices() {
        Product product = withOptions();
        product.addMedia(List.of(byId("a"), byId("b"), byId("c")), T1);
        product.linkChoiceMedia(
                List.of(
                        new ChoiceMedia("Color", "Red", List.of("c", "a")),
                        new ChoiceMedia("Color", "Green", List.of("b"))),
                T1);

        assertThat(ids(product.variants()
                        .availability(java.util.Map.of("Color", "Red"))
                        .media()))
                .containsExactly("a", "c");
        assertThat(product.variants()
                        .availability(java.util.Map.of("Size", "S"))
                        .media())
                .isEmpty();
    }

    @Test
    void mediaSurvivesTheStoredState() {
        Product product = withOptions();
        product.addMedia(List.of(byId("a"), byUrl("https://example.com/v.webm", "Color", "Red")), T1);

        Product reloaded = Product.reconstitute(product.state());

        assertThat(reloaded.media()).isEqualTo(product.media());
        assertThat(reloaded.variants().optionViews())
                .isEqualTo(product.variants().optionViews());
        assertThat(reloaded.hasChanges()).isFalse();
    }
}
