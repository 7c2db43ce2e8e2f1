package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aShirtWithOptions;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.Sku;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.VariantId;
import io.catalog.domain.product.VariantUpdate;
import io.catalog.domain.product.events.ProductChanged;
import io.catalog.domain.product.events.VariantsChanged;
import io.catalog.domain.product.events.VariantsChanged.VariantChange;
import io.catalog.domain.shared.ErrorCodes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateVariantsServiceTest {

    private final ProductUseCases app = new ProductUseCases("ILS");
    private final RecordingEventPublisher events = app.events;
    private final UpdateVariantsService service = app.variants;

    private Product shirtWithManagedVariants() {
        return app.creation.create(STORE, aShirtWithOptions(true).build());
    }

    @Test
    void updateVariantsPublishesTheChangedVariants() {
        Product product = shirtWithManagedVariants();
        events.clear();
        String mediumId = product.variants().at(1).id().value();

        List<Variant> changed = service.updateVariants(
                STORE,
                product.id(),
                List.of(new VariantUpdate(
                        List.of(VariantId.parse(mediumId)),
                        null,
                        new BigDecimal("60"),
                        new Sku("SH-M"),
                        null,
                        null,
                        null)));

        assertThat(changed).extracting(variant -> variant.sku().value()).containsExactly("SH-M");
        assertThat(events.published())
                .containsExactly(
                        new ProductChanged(STORE, product.id(), List.of("variants"), NOW),
                        new VariantsChanged(
                                STORE,
                                product.id(),
                                List.of(new VariantChange(
                                        VariantId.parse(mediumId),
                                        Map.of("Size", "M", "Color", "Green"),
                                        List.of("price", "sku"))),
                                NOW));
        assertThat(app.reading.get(STORE, product.id()).revision()).isEqualTo(2);
    }

    @Test
    void variantErrorsNameTheDomainField() {
        Product product = shirtWithManagedVariants();
        VariantId unknown = VariantId.parse("00000000-0000-0000-0000-000000000009");

        assertInvalid(
                () -> service.updateVariants(
                        STORE,
                        product.id(),
                        List.of(
                                new VariantUpdate(null, Map.of("Size", "S"), null, null, null, true, null),
                                new VariantUpdate(List.of(unknown), null, null, null, null, true, null))),
                "variants[1].variantIds[0]",
                ErrorCodes.UNKNOWN_VARIANT);
    }

    @Test
    void resetVariantsRestoresDefaults() {
        Product product = shirtWithManagedVariants();
        service.updateVariants(
                STORE,
                product.id(),
                List.of(new VariantUpdate(null, Map.of("Size", "S"), null, null, null, false, null)));

        service.resetVariants(STORE, product.id());

        assertThat(app.reading.get(STORE, product.id()).variants().page(0, 10)).allSatisfy(v -> {
            assertThat(v.visible()).isTrue();
            assertThat(v.sku().value()).as("the product's SKU").isEqualTo("SH");
        });
        assertThat(events.published()).last().isInstanceOf(VariantsChanged.class);
    }
}
