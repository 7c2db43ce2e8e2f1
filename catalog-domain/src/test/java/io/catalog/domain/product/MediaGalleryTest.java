package io.catalog.domain.product;

import static io.catalog.domain.product.ProductBuilder.dropDown;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static io.catalog.domain.shared.CatalogAssertions.assertRuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.shared.ErrorCodes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MediaGalleryTest {

    private static final String BASE = "https://static.wixstatic.com/media/";
    private static final ProductId PRODUCT = ProductId.random();
    /** Size S, M (keys 1, 2); Color Red, Blue (keys 3, 4). */
    private static final OptionSet OPTIONS =
            OptionSet.built(List.of(dropDown("Size", "S", "M"), dropDown("Color", "Red", "Blue")));

    private static MediaItem item(String mediaId) {
        return MediaItem.ofMediaId(mediaId, BASE, null);
    }

    private static NewMedia added(String mediaId, String option, String choice) {
        return new NewMedia(item(mediaId), option, choice);
    }

    private static List<String> ids(List<MediaItem> items) {
        return items.stream().map(MediaItem::id).toList();
    }

    /** a.jpg linked to Red, b.jpg linked to Blue, c.jpg unlinked. */
    private static MediaGallery gallery() {
        return MediaGallery.EMPTY.withAdded(
                List.of(added("a.jpg", "Color", "Red"), added("b.jpg", "Color", "Blue"), added("c.jpg", null, null)),
                OPTIONS,
                PRODUCT);
    }

    @Test
    void addedItemsAreAppendedAndLinkedToTheirChoices() {
        MediaGallery gallery = gallery();

        assertThat(ids(gallery.items())).containsExactly("a.jpg", "b.jpg", "c.jpg");
        assertThat(ids(gallery.mediaOf(new ChoiceKey(3)))).containsExactly("a.jpg");
        assertThat(ids(gallery.mediaOfAny(Set.of(new ChoiceKey(3), new ChoiceKey(4)))))
                .containsExactly("a.jpg", "b.jpg");
        assertThat(gallery.linksOf("b.jpg")).containsExactly(new ChoiceKey(4));
        assertThat(gallery.linksOf("c.jpg")).isEmpty();
        assertThat(MediaGallery.EMPTY.items()).isEmpty();
    }

    @Test
    void anEditLeavesTheGalleryItCameFromAsItWas() {
        MediaGallery gallery = gallery();

        MediaGallery fewer = gallery.withRemoved(List.of("a.jpg"));

        assertThat(ids(fewer.items())).containsExactly("b.jpg", "c.jpg");
        assertThat(fewer.mediaOf(new ChoiceKey(3))).isEmpty();
        assertThat(ids(gallery.items())).containsExactly("a.jpg", "b.jpg", "c.jpg");
        assertThat(fewer.sameItemsAs(gallery)).isFalse();
        assertThat(fewer.sameLinksAs(gallery)).isFalse();
    }

    @Test
    void removingNothingAnswersTheSameGallery() {
        assertThat(MediaGallery.EMPTY.withRemoved(List.of())).isSameAs(MediaGallery.EMPTY);
        assertThat(gallery().withRemoved(List.of()).items()).isEmpty();
        assertInvalid(() -> gallery().withRemoved(List.of("a.jpg", "x.jpg")), "mediaIds[1]", ErrorCodes.UNKNOWN_MEDIA);
    }

    @Test
    void theLimitsOfARequestAreInvalidAndThoseReachedWithTheStoredItemsAConflict() {
        List<NewMedia> sixteen =
                IntStream.range(0, 16).mapToObj(i -> added("m" + i, null, null)).toList();
        assertInvalid(
                () -> MediaGallery.EMPTY.withAdded(sixteen, OPTIONS, PRODUCT), "media", ErrorCodes.TOO_MANY_MEDIA);
        assertInvalid(
                () -> MediaGallery.EMPTY.withAdded(
                        List.of(added("a", null, null), added("a", null, null)), OPTIONS, PRODUCT),
                "media[1].mediaId",
                ErrorCodes.MEDIA_ALREADY_ADDED);

        assertRuleViolation(
                        () -> gallery().withAdded(sixteen.subList(0, 13), OPTIONS, PRODUCT), ErrorCodes.TOO_MANY_MEDIA)
                .hasMessageContaining("product " + PRODUCT + " has 3 and 13 were sent");
        assertRuleViolation(
                () -> gallery().withAdded(List.of(added("c.jpg", null, null)), OPTIONS, PRODUCT),
                ErrorCodes.MEDIA_ALREADY_ADDED);
    }

    @Test
    void onlyTheChoicesOfOneOptionHaveMedia() {
        assertRuleViolation(
                        () -> gallery().withAdded(List.of(added("d.jpg", "Size", "S")), OPTIONS, PRODUCT),
                        ErrorCodes.CHOICE_MEDIA_OTHER_OPTION)
                .hasMessageContaining("\"Color\"");
        assertRuleViolation(
                () -> gallery().withLinked(List.of(new ChoiceMedia("Size", "M", List.of("c.jpg"))), OPTIONS),
                ErrorCodes.CHOICE_MEDIA_OTHER_OPTION);

        MediaGallery unlinked = gallery().withUnlinked(List.of(), OPTIONS);
        MediaGallery bySize =
                unlinked.withLinked(List.of(new ChoiceMedia("Size", "M", List.of("c.jpg", "a.jpg"))), OPTIONS);
        assertThat(ids(bySize.mediaOf(new ChoiceKey(2)))).containsExactly("a.jpg", "c.jpg");
    }

    @Test
    void unlinkingTakesTheListedItemsOrAllOfTheChoices() {
        MediaGallery gallery =
                gallery().withLinked(List.of(new ChoiceMedia("Color", "Red", List.of("c.jpg"))), OPTIONS);

        MediaGallery one = gallery.withUnlinked(List.of(new ChoiceMedia("Color", "Red", List.of("a.jpg"))), OPTIONS);
        assertThat(ids(one.mediaOf(new ChoiceKey(3)))).containsExactly("c.jpg");
        MediaGallery all = gallery.withUnlinked(List.of(new ChoiceMedia("Color", "Red", List.of())), OPTIONS);
        assertThat(all.mediaOf(new ChoiceKey(3))).isEmpty();
        assertThat(ids(all.mediaOf(new ChoiceKey(4)))).containsExactly("b.jpg");
        assertThat(all.sameItemsAs(gallery)).isTrue();
        assertThat(gallery.withLinked(List.of(new ChoiceMedia("Color", "Red", List.of("a.jpg"))), OPTIONS)
                        .sameLinksAs(gallery))
                .isTrue();
    }

    @Test
    void linksToChoicesTheOptionsNoLongerHaveGo() {
        OptionSet withoutBlue = OPTIONS.replacedBy(List.of(dropDown("Size", "S", "M"), dropDown("Color", "Red")));

        MediaGallery kept = gallery().keepingLinksOf(withoutBlue);

        assertThat(ids(kept.items())).containsExactly("a.jpg", "b.jpg", "c.jpg");
        assertThat(kept.linksOf("a.jpg")).containsExactly(new ChoiceKey(3));
        assertThat(kept.linksOf("b.jpg")).isEmpty();
    }

    @Test
    void storedMediaAreChecked() {
        MediaGallery stored = MediaGallery.stored(
                List.of(item("a"), item("b")), Map.of("a", Set.of(new ChoiceKey(2), new ChoiceKey(1))), OPTIONS);
        assertThat(stored.linksOf("a")).containsExactly(new ChoiceKey(1), new ChoiceKey(2));

        assertThatThrownBy(() -> MediaGallery.stored(List.of(item("a"), item("a")), Map.of(), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("media item a is stored twice");
        assertThatThrownBy(
                        () -> MediaGallery.stored(List.of(item("a")), Map.of("b", Set.of(new ChoiceKey(1))), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("links of unknown media item b");
        assertThatThrownBy(
                        () -> MediaGallery.stored(List.of(item("a")), Map.of("a", Set.of(new ChoiceKey(9))), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown choice");
        assertThatThrownBy(() -> MediaGallery.stored(
                        List.of(item("a")), Map.of("a", Set.of(new ChoiceKey(1), new ChoiceKey(3))), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("choices of options");
        assertThatThrownBy(() -> MediaGallery.stored(
                        IntStream.range(0, 16).mapToObj(i -> item("m" + i)).toList(), Map.of(), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("16 media items, more than 15");
    }
}
