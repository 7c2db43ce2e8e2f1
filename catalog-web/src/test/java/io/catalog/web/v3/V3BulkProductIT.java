package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Catalog V3 bulk create, update and delete: each item on its own, answered in the Wix bulk shape. */
class V3BulkProductIT extends CatalogIT {

    private static final String BULK = "/stores/v3/bulk/products/";
    private static final String PRODUCTS = "/stores/v3/products/";

    private static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonObject metadata(JsonObject answer, int index) {
        return answer.getJsonArray("results").getJsonObject(index).getJsonObject("itemMetadata");
    }

    @Test
    void itemsAreWrittenEachOnItsOwnAndRefusedItemsNamedInTheRequest() {
        Api store = newStore();
        JsonObject created = ok(store.post(BULK + "create", """
                {"products": [
                  {"name": "Mug", "variantsInfo": {"variants": [{"price": {"actualPrice": {"amount": "7"}}}]}},
                  {"name": ""},
                  {"name": "Cap", "options": [{"name": "Size", "choicesSettings": {"choices": [{"name": "S"}, {"name": "M"}]}}],
                   "variantsInfo": {"variants": [
                     {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}}],
                      "price": {"actualPrice": {"amount": "5"}}},
                     {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "M"}}],
                      "price": {"actualPrice": {"amount": "6"}}}]}}],
                 "returnEntity": true}"""));
        assertThat(created.getJsonObject("bulkActionMetadata").getInt("totalSuccesses"))
                .isEqualTo(2);
        assertThat(created.getJsonObject("bulkActionMetadata").getInt("totalFailures"))
                .isEqualTo(1);
        JsonObject refused = metadata(created, 1);
        assertThat(refused.getBoolean("success")).isFalse();
        assertThat(refused.getInt("originalIndex")).isEqualTo(1);
        assertThat(refused.getJsonObject("error").getString("field"))
                .as(refused.toString())
                .isEqualTo("products[1].name");
        JsonObject cap = created.getJsonArray("results").getJsonObject(2).getJsonObject("item");
        assertThat(cap.getJsonObject("actualPriceRange")
                        .getJsonObject("maxValue")
                        .getString("amount"))
                .isEqualTo("6.00");
        String mugId = metadata(created, 0).getString("id");
        String capId = metadata(created, 2).getString("id");

        JsonObject updated = ok(store.post(BULK + "update", """
                {"products": [
                  {"product": {"id": "%s", "revision": "1", "name": "Big mug"}, "fieldMask": {"paths": ["name"]}},
                  {"product": {"id": "%s", "revision": "7", "name": "Stale"}},
                  {"product": {"id": "%s", "revision": "1", "name": ""}}]}""".formatted(mugId, capId, capId)));
        assertThat(updated.getJsonObject("bulkActionMetadata").getInt("totalSuccesses"))
                .isEqualTo(1);
        assertThat(metadata(updated, 0).getString("id")).isEqualTo(mugId);
        assertThat(updated.getJsonArray("results").getJsonObject(0).containsKey("item"))
                .isFalse();
        assertThat(metadata(updated, 1).getJsonObject("error").getString("code"))
                .isEqualTo("STALE_REVISION");
        assertThat(metadata(updated, 2).getJsonObject("error").getString("field"))
                .isEqualTo("products[2].product.name");
        assertThat(ok(store.get(PRODUCTS + mugId)).getJsonObject("product").getString("name"))
                .isEqualTo("Big mug");
        assertThat(ok(store.get(PRODUCTS + capId)).getJsonObject("product").getString("name"))
                .isEqualTo("Cap");

        String missing = UUID.randomUUID().toString();
        JsonObject deleted = ok(store.post(BULK + "delete", """
                {"productIds": ["%s", "%s", "nope"]}""".formatted(mugId, missing)));
        JsonArray results = deleted.getJsonArray("results");
        assertThat(results).hasSize(3);
        assertThat(metadata(deleted, 0).getBoolean("success")).isTrue();
        assertThat(metadata(deleted, 1).getJsonObject("error").getString("code"))
                .isEqualTo("PRODUCT_NOT_FOUND");
        assertThat(metadata(deleted, 2).getJsonObject("error").getString("field"))
                .isEqualTo("productIds[2]");
        assertThat(store.get(PRODUCTS + mugId).status()).isEqualTo(404);
        assertThat(store.get(PRODUCTS + capId).status()).isEqualTo(200);
    }

    @Test
    void aBulkCallNeedsOneToAHundredItemsAndThePermissionToModify() {
        Api store = newStore();
        assertThat(store.post(BULK + "create", "{\"products\": []}").status()).isEqualTo(400);
        assertThat(store.post(BULK + "delete", "{\"productIds\": []}").status()).isEqualTo(400);
        Api reader = store("store-" + UUID.randomUUID(), READ);
        assertThat(reader.post(BULK + "create", "{\"products\": [{\"name\": \"No\"}]}")
                        .status())
                .isEqualTo(403);
    }
}
