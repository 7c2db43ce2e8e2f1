package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aShirtWithOptions;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.ChoiceMedia;
import io.catalog.domain.product.MediaItem;
import io.catalog.domain.product.NewMedia;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.shared.ErrorCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductMediaServiceTest {

    private final ProductUseCases app = new ProductUseCases("ILS");
    private final RecordingEventPublisher events = app.events;
    private final ProductMediaService service = app.media;

    @Test
    void mediaChangesPublishMediaAndChoiceLinksAsProductOptions() {
        Product product = app.creation.create(STORE, aShirtWithOptions(false).build());
        events.clear();

        Product added = service.addMedia(
                STORE,
                product.id(),
                List.of(
                        new NewMedia(MediaItem.ofMediaId("a.jpg", "https://media.example/", null), null, null),
                        new NewMedia(MediaItem.ofUrl("https://example.com/b.mp4", null), "Size", "M")));
        service.linkChoiceMedia(STORE, product.id(), List.of(new ChoiceMedia("Size", "S", List.of("a.jpg"))));
        service.removeMedia(STORE, product.id(), List.of());

        assertThat(added.media())
                .extracting(MediaItem::url)
                .containsExactly("https://media.example/a.jpg", "https://example.com/b.mp4");
        assertThat(events.published())
                .containsExactly(
                        new ProductChanged(STORE, product.id(), List.of("media", "productOptions"), NOW),
                        new ProductChanged(STORE, product.id(), List.of("productOptions"), NOW),
                        new ProductChanged(STORE, product.id(), List.of("media", "productOptions"), NOW));
        assertThat(app.reading.get(STORE, product.id()).media()).isEmpty();
        assertInvalid(
                () -> service.addMedia(
                        STORE,
                        product.id(),
                        List.of(new NewMedia(MediaItem.ofUrl("https://example.com/c.jpg", null), "Size", "XL"))),
                "media[0].choice.choice",
                ErrorCodes.UNKNOWN_CHOICE);
    }
}
