package io.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.EventTypes;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /**
     * A generated client names its methods after the operation ids: every operation has one, unique, and the seeds'
     * calls have the seeds' names.
     */
    @Test
    void everyOperationHasAnIdAsTheSeedsNameTheCall() {
        JsonObject paths = anonymous()
                .withHeader("Accept", "application/json")
                .get("/openapi")
                .json()
                .getJsonObject("paths");
        List<String> missing = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                String id = operation.asJsonObject().getString("operationId", null);
                if (id == null) {
                    missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
                } else {
                    ids.add(id);
                }
            }
        }));

        assertThat(missing).as("operations without an operationId").isEmpty();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids)
                .contains(
                        "createProduct",
                        "getProduct",
                        "updateProduct",
                        "deleteProduct",
                        "queryProducts",
                        "deleteProductOptions",
                        "queryVariants",
                        "updateVariants",
                        "resetAllVariantData",
                        "addProductMedia",
                        "removeProductMedia",
                        "addProductMediaToChoices",
                        "removeProductMediaFromChoices",
                        "createCollection",
                        "queryCollections",
                        "addProductsToCollection",
                        "removeProductsFromCollection",
                        "getProductV3",
                        "queryProductsV3",
                        "countProductsV3",
                        "searchProductsV3",
                        "createProductV3",
                        "updateProductV3",
                        "deleteProductV3",
                        "bulkCreateProductsV3",
                        "bulkUpdateProductsV3",
                        "bulkDeleteProductsV3",
                        "createCategory",
                        "getCategory",
                        "updateCategory",
                        "deleteCategory",
                        "queryCategories",
                        "bulkAddItemsToCategory",
                        "bulkRemoveItemsFromCategory",
                        "moveItemInCategory",
                        "listItemsInCategory",
                        "listCategoriesForItem");
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    @Test
    void theDocumentCanBeBrowsed() {
        assertThat(anonymous().get("/openapi/ui/").status()).isEqualTo(200);
    }
}
