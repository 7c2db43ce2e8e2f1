package io.catalog.domain.application;

import static io.catalog.domain.application.ProductCommandTestData.aShirtWithOptions;
import static io.catalog.domain.application.ProductUseCases.NOW;
import static io.catalog.domain.application.ProductUseCases.STORE;
import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.Product;
import io.catalog.domain.product.Variant;
import io.catalog.domain.product.VariantId;
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
        String mediumId = product.variantAt(1).id().value();

        List<Variant> changed = service.updateVariants(
                STORE,
                product.id(),
                List.of(new VariantUpdateCommand(List.of(mediumId), null, new BigDecimal("60"), "SH-M", null, null)));

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
    void variantCommandErrorsNameTheApiField() {
        Product product = shirtWithManagedVariants();

        assertInvalid(
                () -> service.updateVariants(
                        STORE,
                        product.id(),
                        List.of(new VariantUpdateCommand(List.of("nope"), null, null, null, null, true))),
                "variants[0].variantIds[0]",
                ErrorCodes.INVALID_ID);
    }

    @Test
    void resetVariantsRestoresDefaults() {
        Product product = shirtWithManagedVariants();
        service.updateVariants(
                STORE,
                product.id(),
                List.of(new VariantUpdateCommand(null, Map.of("Size", "S"), null, null, null, false)));

        service.resetVariants(STORE, product.id());

        assertThat(app.reading.get(STORE, product.id()).variants(0, 10)).allSatisfy(v -> {
            assertThat(v.visible()).isTrue();
            assertThat(v.sku().value()).as("the product's SKU").isEqualTo("SH");
        });
        assertThat(events.published()).last().isInstanceOf(VariantsChanged.class);
    }
}
