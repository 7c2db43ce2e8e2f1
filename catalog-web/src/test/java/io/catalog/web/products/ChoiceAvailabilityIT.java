package io.catalog.web.products;

import static io.catalog.web.products.InventoryApiIT.DECREMENT;
import static io.catalog.web.products.InventoryApiIT.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.catalog.web.products.probe.ChoiceRowsResource;
import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.InventoryItemBody;
import io.catalog.web.support.ProductBody;
import io.catalog.web.support.StockAdjustment;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * A page of products without variants answers each choice's {@code inStock} and {@code visible} from the values
 * stored with the choice at every change, without reading the variants; they are the values the whole product
 * (read with its variants) shows. Choices stored without them (rows written before they were kept) are answered
 * from the variants. A test-only application deployed beside the catalog reads and clears the stored values.
 */
class ChoiceAvailabilityIT extends CatalogIT {

    private static final String HEADER = "X-Catalog-Sql-Statements";

    @Deployment(name = "rows-probe", testable = false, order = 2)
    static WebArchive rowsProbe() {
        return ShrinkWrap.create(WebArchive.class, "rows-probe.war").addPackage(ChoiceRowsResource.class.getPackage());
    }

    @Test
    void theChoicesOfAPageWithoutVariantsFollowEveryChangeOfTheVariants() {
        String storeId = "store-" + UUID.randomUUID();
        Api admin = store(storeId, READ, MODIFY);
        Api reader = store(storeId, READ);
        JsonObject shirt = createShirt(admin);
        String id = shirt.getString("id");
        Map<String, String> variants = variantIds(shirt);

        patched(admin.patch(
                "/stores/v1/products/" + id + "/variants",
                "{\"variants\": [{\"choices\": {\"Size\": \"S\"}, \"visible\": false}]}"));
        patched(admin.patch(
                item(id),
                InventoryItemBody.update()
                        .trackQuantity(true)
                        .quantity(variants.get("S/Slim"), 3)
                        .quantity(variants.get("S/Wide"), 3)
                        .quantity(variants.get("M/Slim"), 1)
                        .quantity(variants.get("M/Wide"), 0)
                        .quantity(variants.get("L/Slim"), 5)
                        .quantity(variants.get("L/Wide"), 5)
                        .json()));

        assertThat(choices(pageOptions(admin, id), "Size"))
                .containsExactly(tuple("S", false, false), tuple("M", true, true), tuple("L", true, true));
        assertThat(pageOptions(admin, id)).isEqualTo(wholeOptions(admin, id));
        assertThat(choices(pageOptions(reader, id), "Size"))
                .containsExactly(tuple("M", true, true), tuple("L", true, true));
        assertThat(pageOptions(reader, id)).isEqualTo(wholeOptions(reader, id));

        // The last medium in stock is sold: the choice is still shown, no longer in stock.
        Api.Response sold = admin.post(DECREMENT, StockAdjustment.decrement(id, variants.get("M/Slim"), 1));
        assertThat(sold.status()).as(sold.body()).isEqualTo(200);

        assertThat(choices(pageOptions(admin, id), "Size"))
                .containsExactly(tuple("S", false, false), tuple("M", false, true), tuple("L", true, true));
        assertThat(pageOptions(admin, id)).isEqualTo(wholeOptions(admin, id));
        assertThat(storedRows(id))
                .extracting(r -> r.getString("value"), r -> r.get("inStock"), r -> r.get("visible"))
                .containsExactly(
                        tuple("S", JsonValue.FALSE, JsonValue.FALSE),
                        tuple("M", JsonValue.FALSE, JsonValue.TRUE),
                        tuple("L", JsonValue.TRUE, JsonValue.TRUE),
                        tuple("Slim", JsonValue.TRUE, JsonValue.TRUE),
                        tuple("Wide", JsonValue.TRUE, JsonValue.TRUE));
    }

    @Test
    void choicesStoredWithoutTheirAvailabilityAreAnsweredFromTheVariantsUntilTheNextChange() {
        Api admin = newStore();
        String stored = createShirt(admin).getString("id");
        JsonObject shirt = createShirt(admin);
        String id = shirt.getString("id");
        patched(admin.patch(
                "/stores/v1/products/" + id + "/variants",
                "{\"variants\": [{\"choices\": {\"Size\": \"S\"}, \"visible\": false}]}"));
        assertThat(probe().post("/rows-probe/choices/forget-availability?product=" + id, "")
                        .body()
                        .trim())
                .isEqualTo("5");

        Api.Response storedPage = page(admin, stored);
        Api.Response forgottenPage = page(admin, id);

        JsonArray options =
                forgottenPage.json().getJsonArray("products").getJsonObject(0).getJsonArray("productOptions");
        assertThat(choices(options, "Size"))
                .containsExactly(tuple("S", false, false), tuple("M", true, true), tuple("L", true, true));
        assertThat(options).isEqualTo(wholeOptions(admin, id));
        // The same page shape; only the product without stored values has its variants read.
        assertThat(Integer.parseInt(forgottenPage.header(HEADER)))
                .isEqualTo(Integer.parseInt(storedPage.header(HEADER)) + 1);

        patched(admin.patch(
                "/stores/v1/products/" + id,
                ProductBody.changes().name("Renamed").json()));
        assertThat(storedRows(id))
                .extracting(r -> r.get("visible"))
                .containsExactly(JsonValue.FALSE, JsonValue.TRUE, JsonValue.TRUE, JsonValue.TRUE, JsonValue.TRUE);
    }

    private static JsonObject createShirt(Api store) {
        return ApiChecks.createProduct(
                store,
                ProductBody.named("Shirt")
                        .manageVariants()
                        .option("Size", "S", "M", "L")
                        .option("Fit", "Slim", "Wide")
                        .json());
    }

    /** Variant ids by "Size/Fit". */
    private static Map<String, String> variantIds(JsonObject product) {
        return product.getJsonArray("variants").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(
                        v -> v.getJsonObject("choices").getString("Size") + "/"
                                + v.getJsonObject("choices").getString("Fit"),
                        v -> v.getString("id")));
    }

    private static void patched(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static Api.Response page(Api store, String productId) {
        Api.Response response =
                store.post("/stores/v1/products/query", "{\"query\": {\"filter\": {\"id\": \"" + productId + "\"}}}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().getJsonArray("products")).hasSize(1);
        return response;
    }

    /** The product's options as a page without variants answers them. */
    private static JsonArray pageOptions(Api store, String productId) {
        return page(store, productId)
                .json()
                .getJsonArray("products")
                .getJsonObject(0)
                .getJsonArray("productOptions");
    }

    /** The product's options as a read with its variants answers them. */
    private static JsonArray wholeOptions(Api store, String productId) {
        Api.Response response = store.get("/stores/v1/products/" + productId + "?includeVariants=true");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product").getJsonArray("productOptions");
    }

    /** (value, inStock, visible) of each choice of the option, in order. */
    private static List<org.assertj.core.groups.Tuple> choices(JsonArray options, String option) {
        return options.stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(option))
                .findFirst()
                .orElseThrow()
                .getJsonArray("choices")
                .stream()
                .map(JsonValue::asJsonObject)
                .map(c -> tuple(c.getString("value"), c.getBoolean("inStock"), c.getBoolean("visible")))
                .toList();
    }

    private static List<JsonObject> storedRows(String productId) {
        Api.Response response = probe().get("/rows-probe/choices?product=" + productId);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    private static Api probe() {
        return anonymous();
    }
}
