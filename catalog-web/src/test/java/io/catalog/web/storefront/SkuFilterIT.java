package io.catalog.web.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code sku} filter matches the SKU a product answers, and every operator compares it exactly (case
 * included), so all of them agree on the same data. A product whose variants are managed answers no SKU (its
 * variants carry theirs), whatever SKU it keeps for its variants to default to: it matches as the empty SKU.
 */
class SkuFilterIT extends CatalogIT {

    private static final String QUERY = "/stores/v1/products/query";

    private static Api editor;
    private static Api storefront;

    @BeforeAll
    static void products() {
        String store = "store-" + UUID.randomUUID();
        editor = store(store, READ, MODIFY);
        storefront = store(store, READ);
        ApiChecks.createProduct(editor, ProductBody.named("Upper").sku("SH-1").json());
        ApiChecks.createProduct(editor, ProductBody.named("Lower").sku("sh-2").json());
        JsonObject managed = ApiChecks.createProduct(
                editor,
                ProductBody.named("Managed")
                        .sku("SH-KEPT")
                        .manageVariants()
                        .option("Size", "S", "M")
                        .json());
        ApiChecks.createProduct(editor, ProductBody.named("None").json());
        assertThat(managed.containsKey("sku"))
                .as("a product with managed variants answers no SKU")
                .isFalse();
    }

    @Test
    void everyOperatorComparesExactly() {
        matches("{\"sku\": {\"$eq\": \"SH-1\"}}", "Upper");
        matches("{\"sku\": {\"$hasSome\": [\"SH-1\", \"SH-2\"]}}", "Upper");
        matches("{\"sku\": {\"$contains\": \"SH-1\"}}", "Upper");
        matches("{\"sku\": {\"$startsWith\": \"SH-1\"}}", "Upper");

        matches("{\"sku\": {\"$eq\": \"sh-1\"}}");
        matches("{\"sku\": {\"$hasSome\": [\"sh-1\"]}}");
        matches("{\"sku\": {\"$contains\": \"sh-1\"}}");
        matches("{\"sku\": {\"$startsWith\": \"sh-1\"}}");

        matches("{\"sku\": {\"$contains\": \"H-\"}}", "Upper");
        matches("{\"sku\": {\"$startsWith\": \"sh\"}}", "Lower");
        matches("{\"sku\": {\"$ne\": \"SH-1\"}}", "Lower", "Managed", "None");
    }

    @Test
    void aProductWithManagedVariantsMatchesAsTheEmptySku() {
        matches("{\"sku\": {\"$eq\": \"SH-KEPT\"}}");
        matches("{\"sku\": {\"$hasSome\": [\"SH-KEPT\", \"SH-1\"]}}", "Upper");
        matches("{\"sku\": {\"$contains\": \"KEPT\"}}");
        matches("{\"sku\": {\"$startsWith\": \"SH-K\"}}");
        matches("{\"sku\": {\"$ne\": \"SH-KEPT\"}}", "Upper", "Lower", "Managed", "None");
        matches("{\"sku\": {\"$eq\": \"\"}}", "Managed", "None");
        matches("{\"sku\": {\"$hasSome\": [\"\", \"sh-2\"]}}", "Lower", "Managed", "None");
        matches("{\"$not\": {\"sku\": {\"$startsWith\": \"SH\"}}}", "Lower", "Managed", "None");
    }

    /** Both callers get exactly {@code expected} (every product here is visible), in creation order. */
    private static void matches(String filter, String... expected) {
        for (Api caller : List.of(editor, storefront)) {
            Api.Response answer = caller.post(
                    QUERY, "{\"query\": {\"filter\": " + filter + ", \"sort\": [{\"numericId\": \"asc\"}]}}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().getJsonArray("products").getValuesAs(JsonObject.class).stream()
                            .map(p -> p.getString("name"))
                            .toList())
                    .as(filter)
                    .containsExactly(expected);
        }
    }
}
