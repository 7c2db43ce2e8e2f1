package io.catalog.web.storefront;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.CollectionBody;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a storefront (a READ_PRODUCTS-only token) sees of a visible product's hidden parts, next to what an editor
 * (MODIFY_PRODUCTS) of the same store sees: hidden collections in {@code collectionIds}, hidden choices in
 * {@code productOptionsAvailability} and in {@code options.<name>} filters, hidden variants in the inventory item.
 */
class StorefrontVisibilityIT extends CatalogIT {

    private static final String QUERY = "/stores/v1/products/query";

    private final String store = "store-" + UUID.randomUUID();
    private final Api editor = store(store, READ, MODIFY);
    private final Api storefront = store(store, READ);

    @Test
    void hiddenCollectionsAreNotListedInCollectionIdsOfReadsAndQueries() {
        String product = ApiChecks.createProduct(
                        editor, ProductBody.named("Sandal").json())
                .getString("id");
        String summer = collection("Summer", true, product);
        String secret = collection("Secret", false, product);

        assertThat(collectionIds(editor, product)).containsExactlyInAnyOrder(summer, secret);
        assertThat(collectionIds(storefront, product)).containsExactly(summer);

        // showing and hiding collections changes what storefronts see at once, kept answers included
        patchCollection(summer, CollectionBody.changes().visible(false));
        assertThat(collectionIds(storefront, product)).isEmpty();
        patchCollection(secret, CollectionBody.changes().visible(true));
        assertThat(collectionIds(storefront, product)).containsExactly(secret);
        assertThat(collectionIds(editor, product)).containsExactlyInAnyOrder(summer, secret);
        // a rename changes nothing products show
        String revision = editor.get("/stores/v1/products/" + product)
                .json()
                .getJsonObject("product")
                .getString("revision");
        patchCollection(secret, CollectionBody.changes().name("No longer secret"));
        assertThat(editor.get("/stores/v1/products/" + product)
                        .json()
                        .getJsonObject("product")
                        .getString("revision"))
                .isEqualTo(revision);
    }

    @Test
    void hiddenChoicesAreNotListedByOptionsAvailabilityNorMatchedByOptionFilters() {
        JsonObject shirt = shirtWithBlueHidden();
        String availability = "/stores/v1/products/" + shirt.getString("id") + "/productOptionsAvailability";

        JsonObject edited = ok(editor.post(availability, "{\"options\": {}}"));
        JsonObject shown = ok(storefront.post(availability, "{\"options\": {}}"));
        JsonObject shownForS = ok(storefront.post(availability, "{\"options\": {\"Size\": \"S\"}}"));

        assertThat(choices(edited, "Color")).containsExactly("Red", "Blue");
        assertThat(choices(shown, "Color"))
                .as("as the product's answer lists them")
                .containsExactly("Red")
                .containsExactlyElementsOf(choices(
                        storefront
                                .get("/stores/v1/products/" + shirt.getString("id"))
                                .json()
                                .getJsonObject("product"),
                        "Color"));
        assertThat(choices(shownForS, "Color")).containsExactly("Red");
        assertThat(choices(shown, "Size")).containsExactly("S", "M");
        assertThat(editor.post(availability, "{\"options\": {\"Size\": \"S\", \"Color\": \"Blue\"}}")
                        .status())
                .isEqualTo(200);
        ApiChecks.assertError(
                storefront.post(availability, "{\"options\": {\"Size\": \"S\", \"Color\": \"Blue\"}}"),
                400,
                "UNKNOWN_CHOICE",
                "options.Color");

        String blue = "{\"query\": {\"filter\": {\"options.Color\": \"Blue\"}}}";
        assertThat(names(editor, blue)).containsExactly("Shirt");
        assertThat(names(storefront, blue)).isEmpty();
        String red = "{\"query\": {\"filter\": {\"options.Color\": {\"$hasAll\": [\"Red\"]}}}}";
        assertThat(names(storefront, red)).containsExactly("Shirt");
    }

    @Test
    void hiddenVariantsAreNotListedInTheInventoryItem() {
        JsonObject shirt = shirtWithBlueHidden();
        String item = "/stores/v2/inventoryItems/product/" + shirt.getString("id");
        List<String> redVariants = shirt.getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonObject("choices").getString("Color").equals("Red"))
                .map(v -> v.getString("id"))
                .toList();

        List<String> edited = variantIds(ok(editor.get(item)));
        List<String> shown = variantIds(ok(storefront.get(item)));

        assertThat(edited).hasSize(4);
        assertThat(shown).containsExactlyInAnyOrderElementsOf(redVariants);
        assertThat(ok(storefront.get("/stores/v1/products/" + shirt.getString("id") + "?includeVariants=true"))
                        .getJsonObject("product")
                        .getJsonArray("variants")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(v -> v.getString("id"))
                        .toList())
                .as("the variants the product's answer lists")
                .containsExactlyInAnyOrderElementsOf(shown);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Shirt: Size S, M and Color Red, Blue, managed, tracked; its Blue variants hidden (so is the Blue choice). */
    private JsonObject shirtWithBlueHidden() {
        JsonObject shirt = ApiChecks.createProduct(
                editor,
                ProductBody.named("Shirt")
                        .manageVariants()
                        .trackedStock(3)
                        .option("Size", "S", "M")
                        .option("Color", "Red", "Blue")
                        .json());
        Api.Response hidden = editor.patch(
                "/stores/v1/products/" + shirt.getString("id") + "/variants",
                "{\"variants\": [{\"choices\": {\"Color\": \"Blue\"}, \"visible\": false}]}");
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        return shirt;
    }

    private String collection(String name, boolean visible, String product) {
        Api.Response created = editor.post(
                "/stores/v1/collections",
                CollectionBody.named(name).visible(visible).json());
        String id = ok(created).getJsonObject("collection").getString("id");
        ok(editor.post("/stores/v1/collections/" + id + "/productIds", CollectionBody.productIds(product)));
        return id;
    }

    private void patchCollection(String id, CollectionBody changes) {
        ok(editor.patch("/stores/v1/collections/" + id, changes.json()));
    }

    /** The collectionIds of the product, read alone and in a query: both must agree. */
    private static List<String> collectionIds(Api caller, String product) {
        List<String> read =
                strings(ok(caller.get("/stores/v1/products/" + product)).getJsonObject("product"));
        JsonObject queried = ok(caller.post(QUERY, "{\"query\": {\"filter\": {\"id\": \"" + product + "\"}}}"))
                .getJsonArray("products")
                .getJsonObject(0);
        assertThat(strings(queried)).as("collectionIds in a query").isEqualTo(read);
        return read;
    }

    private static List<String> strings(JsonObject product) {
        return product.getJsonArray("collectionIds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    private static List<String> choices(JsonObject availability, String option) {
        return availability.getJsonArray("productOptions").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(option))
                .flatMap(o -> o.getJsonArray("choices").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getString("value"))
                .toList();
    }

    private static List<String> variantIds(JsonObject item) {
        return item.getJsonObject("inventoryItem").getJsonArray("variants").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("variantId"))
                .toList();
    }

    private static List<String> names(Api caller, String body) {
        return ok(caller.post(QUERY, body)).getJsonArray("products").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name"))
                .toList();
    }

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
