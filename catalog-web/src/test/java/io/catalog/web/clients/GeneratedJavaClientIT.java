package io.catalog.web.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.catalog.client.ApiClient;
import io.catalog.client.ApiException;
import io.catalog.client.api.ProductsApi;
import io.catalog.client.api.ProductsV3Api;
import io.catalog.client.api.WebhooksApi;
import io.catalog.client.model.Choice;
import io.catalog.client.model.PriceData;
import io.catalog.client.model.Product;
import io.catalog.client.model.ProductEnvelope;
import io.catalog.client.model.ProductOption;
import io.catalog.client.model.ProductsQuery;
import io.catalog.client.model.QueryPaging;
import io.catalog.client.model.QueryProductsRequest;
import io.catalog.client.model.QueryProductsResponse;
import io.catalog.client.model.V3Product;
import io.catalog.client.model.V3ProductEnvelope;
import io.catalog.client.model.WebhookSubscription;
import io.catalog.client.model.WebhookSubscriptionEnvelope;
import io.catalog.web.support.CatalogIT;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * An integrator's scenario through the Java client the build generates from the committed contract (io.catalog.client,
 * java.net.http + Jackson) and nothing else: a v1 product with options, a query, the V3 read and an update at the read
 * revision, and a webhook subscription. It holds the contract to what the server does with a client made from it. The
 * calls do not depend on the database: the embedded-database run only.
 */
@EnabledIfSystemProperty(named = "catalog.it.database", matches = "h2")
class GeneratedJavaClientIT extends CatalogIT {

    @Test
    void anIntegratorsScenarioRunsThroughTheGeneratedClient() throws ApiException {
        ApiClient client = client(token("store-" + UUID.randomUUID(), READ, MODIFY));
        ProductsApi products = new ProductsApi(client);
        ProductsV3Api productsV3 = new ProductsV3Api(client);
        WebhooksApi webhooks = new WebhooksApi(client);
        String name = "Client shirt " + UUID.randomUUID();

        Product created = products.createProduct(new ProductEnvelope()
                        .product(new Product()
                                .name(name)
                                .productType(Product.ProductTypeEnum.PHYSICAL)
                                .priceData(new PriceData().price(new BigDecimal("12.5")))
                                .manageVariants(true)
                                .productOptions(List.of(new ProductOption()
                                        .name("Size")
                                        .optionType(ProductOption.OptionTypeEnum.DROP_DOWN)
                                        .choices(List.of(
                                                new Choice().value("S").description("Small"),
                                                new Choice().value("M").description("Medium")))))))
                .getProduct();
        assertThat(created.getId()).isNotBlank();
        assertThat(created.getProductOptions())
                .singleElement()
                .satisfies(option -> assertThat(option.getChoices())
                        .extracting(Choice::getDescription)
                        .containsExactly("Small", "Medium"));
        assertThat(created.getVariants()).hasSize(2);

        QueryProductsResponse found = products.queryProducts(new QueryProductsRequest()
                .query(new ProductsQuery()
                        .filter(Map.of("name", name))
                        .sort(List.of(Map.of("numericId", "asc")))
                        .paging(new QueryPaging().limit(10).offset(0))));
        assertThat(found.getProducts()).extracting(Product::getId).containsExactly(created.getId());
        assertThat(found.getTotalResults()).isEqualTo(1L);

        V3Product read = productsV3.getProductV3(created.getId(), null).getProduct();
        assertThat(read.getName()).isEqualTo(name);
        assertThat(read.getOptions())
                .singleElement()
                .satisfies(option -> assertThat(option.getName()).isEqualTo("Size"));
        String revision = read.getRevision();

        V3Product updated = productsV3
                .updateProductV3(
                        created.getId(),
                        new V3ProductEnvelope()
                                .product(new V3Product().revision(revision).name(name + " (v3)")))
                .getProduct();
        assertThat(updated.getName()).isEqualTo(name + " (v3)");
        assertThat(updated.getRevision()).isNotEqualTo(revision);
        assertThat(updated.getOptions())
                .as("a partial update keeps the options")
                .hasSize(1);

        ApiException stale = catchThrowableOfType(
                ApiException.class,
                () -> productsV3.updateProductV3(
                        created.getId(),
                        new V3ProductEnvelope()
                                .product(new V3Product().revision(revision).name("Stale"))));
        assertThat(stale.getCode()).isEqualTo(409);
        assertThat(stale.getResponseBody()).contains("STALE_REVISION");

        WebhookSubscription subscription = webhooks.createWebhookSubscription(new WebhookSubscriptionEnvelope()
                        .subscription(new WebhookSubscription()
                                // The test servers allow private targets; nothing is delivered (only ProductDeleted,
                                // never raised here).
                                .targetUrl("http://127.0.0.1:9/hooks/catalog")
                                .eventTypes(List.of("ProductDeleted"))
                                .format(WebhookSubscription.FormatEnum.STANDARD)))
                .getSubscription();
        assertThat(subscription.getId()).isNotBlank();
        assertThat(subscription.getSecret()).startsWith("whsec_");
        assertThat(webhooks.listWebhookSubscriptions().getSubscriptions())
                .extracting(WebhookSubscription::getId)
                .containsExactly(subscription.getId());
    }

    @Test
    void anErrorAnswerReachesTheCallerWithItsStatusAndBody() {
        ProductsApi reader = new ProductsApi(client(token("store-" + UUID.randomUUID(), READ)));

        ApiException missing = catchThrowableOfType(
                ApiException.class, () -> reader.getProduct(UUID.randomUUID().toString(), null));

        assertThat(missing.getCode()).isEqualTo(404);
        assertThat(missing.getResponseBody()).contains("PRODUCT_NOT_FOUND");
    }

    /** The generated client at this server, sending the token as integrators do: a request interceptor. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri().toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
