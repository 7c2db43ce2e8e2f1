package io.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.EventTypes;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every endpoint, its schemas and its error answers, with the seed's examples. */
class OpenApiIT extends CatalogIT {

    @Test
    void theDocumentDescribesTheProductsApi() {
        Api.Response document =
                anonymous().withHeader("Accept", "application/json").get("/openapi");

        assertThat(document.status()).isEqualTo(200);
        String body = document.body();
        assertThat(body)
                .contains(
                        "\"/stores/v1/products\"",
                        "\"/stores/v1/products/{id}\"",
                        "\"/stores/v1/products/{id}/options\"")
                .contains("\"ProductEnvelope\"", "\"Product\"", "\"Variant\"", "\"PriceData\"", "\"Error\"")
                .contains("\"bearer\"")
                .contains("nice summer t-shirt")
                .contains("\"409\"", "\"412\"", "\"401\"", "\"403\"");
    }

    @Test
    void theDocumentNamesTheEventTypesOfTheEventMappers() {
        String body = anonymous()
                .withHeader("Accept", "application/json")
                .get("/openapi")
                .body();

        assertThat(body).contains("\"WebhookSubscription\"").contains("\"" + EventTypes.openApiDescription() + "\"");
    }

    @Test
    void theDocumentCanBeBrowsed() {
        assertThat(anonymous().get("/openapi/ui/").status()).isEqualTo(200);
    }
}
