package io.catalog.web.v3;

import static io.catalog.web.support.ApiChecks.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.CatalogIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Catalog V3 subscriptions written and read over HTTP, the {@code fields} projection of get, query and search, who
 * sees merchant data, and values cleared through a field mask.
 */
class V3SubscriptionsIT extends CatalogIT {

    private static final String PRODUCTS = "/stores/v3/products";
    private static final String MONTHLY = "4b9c3f0e-3c1a-4e8b-9a51-5d0f6f7d2a10";

    private static final String TEA = """
            {"product": {"name": "Tea", "productType": "PHYSICAL",
              "options": [{"name": "Size", "choicesSettings": {"choices": [{"name": "S"}, {"name": "L"}]}}],
              "variantsInfo": {"variants": [
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "S"}}],
                 "price": {"actualPrice": {"amount": "10"}, "compareAtPrice": {"amount": "12"}},
                 "revenueDetails": {"cost": {"amount": "4"}}, "barcode": "TEA-S", "sku": "TEA-S"},
                {"choices": [{"optionChoiceNames": {"optionName": "Size", "choiceName": "L"}}],
                 "price": {"actualPrice": {"amount": "15.99"}}, "revenueDetails": {"cost": {"amount": "5"}}}]},
              "subscriptionDetails": {"allowOneTimePurchases": true, "subscriptions": [
                {"id": "%s", "title": "Monthly", "description": "A box a month", "frequency": "MONTH",
                 "billingCycles": 12, "discount": {"type": "PERCENT", "percentOff": 12.5}},
                {"title": "Weekly", "frequency": "WEEK", "interval": 2, "visible": false,
                 "discount": {"type": "AMOUNT", "amountOff": "2"}}]}},
             "fields": ["SUBSCRIPTION_PRICES_INFO"]}""".formatted(MONTHLY);

    private record Store(Api modify, Api read) {}

    private static Store store() {
        String id = "store-" + UUID.randomUUID();
        return new Store(store(id, READ, MODIFY), store(id, READ));
    }

    private static JsonObject created(Api store, String body) {
        Api.Response response = store.post(PRODUCTS, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonObject get(Api store, String id, String query) {
        Api.Response response = store.get(PRODUCTS + "/" + id + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static JsonArray variants(JsonObject product) {
        return product.getJsonObject("variantsInfo").getJsonArray("variants");
    }

    private static JsonObject update(Api store, JsonObject product, String fields, String mask) {
        String body = "{\"product\": {\"revision\": \"" + product.getString("revision") + "\"" + fields + "}"
                + (mask == null ? "" : ", \"fieldMask\": {\"paths\": " + mask + "}") + "}";
        Api.Response response = store.patch(PRODUCTS + "/" + product.getString("id"), body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    @Test
    void subscriptionsAreWrittenAndReadWithEachVariantsPrices() {
        Store store = store();

        JsonObject tea = created(store.modify(), TEA);

        JsonArray subscriptions = tea.getJsonObject("subscriptionDetails").getJsonArray("subscriptions");
        assertThat(subscriptions).hasSize(2);
        assertThat(subscriptions.getJsonObject(0).getString("id")).isEqualTo(MONTHLY);
        assertThat(subscriptions.getJsonObject(0).getInt("billingCycles")).isEqualTo(12);
        assertThat(subscriptions.getJsonObject(1).getBoolean("autoRenewal")).isTrue();
        assertThat(subscriptions.getJsonObject(1).getString("id")).matches("[0-9a-f-]{36}");
        assertThat(tea.getJsonObject("subscriptionDetails").getBoolean("allowOneTimePurchases"))
                .isTrue();
        JsonArray large = variants(tea)
                .getJsonObject(1)
                .getJsonObject("subscriptionPricesInfo")
                .getJsonArray("subscriptionPrices");
        // 15.99 * 0.875 = 13.99125 -> 13.99; 15.99 - 2 = 13.99
        assertThat(large.getJsonObject(0).getJsonObject("price").getString("amount"))
                .isEqualTo("13.99");
        assertThat(large.getJsonObject(1).getJsonObject("price").getString("amount"))
                .isEqualTo("13.99");

        String id = tea.getString("id");
        JsonObject read = get(store.read(), id, "?fields=SUBSCRIPTION_PRICES_INFO");
        assertThat(read.getJsonObject("subscriptionDetails").getJsonArray("subscriptions"))
                .as("a caller that may only read sees the visible subscriptions")
                .hasSize(1);
        assertThat(variants(get(store.modify(), id, "")).getJsonObject(0).keySet())
                .doesNotContain("subscriptionPricesInfo");

        // a v1 update keeps them
        Api.Response v1 = store.modify().patch("/stores/v1/products/" + id, "{\"product\": {\"name\": \"Green tea\"}}");
        assertThat(v1.status()).as(v1.body()).isEqualTo(200);
        JsonObject after = get(store.modify(), id, "");
        assertThat(after.getString("name")).isEqualTo("Green tea");
        assertThat(after.getJsonObject("subscriptionDetails")).isEqualTo(tea.getJsonObject("subscriptionDetails"));

        // replaced without a mask, removed with one
        JsonObject replaced = update(
                store.modify(),
                after,
                ", \"subscriptionDetails\": {\"subscriptions\": [{\"id\": \"" + MONTHLY + "\", \"title\": \"Yearly\","
                        + " \"frequency\": \"YEAR\"}]}",
                null);
        assertThat(replaced.getJsonObject("subscriptionDetails").toString())
                .isEqualTo("{\"subscriptions\":[{\"id\":\"" + MONTHLY + "\",\"title\":\"Yearly\",\"visible\":true,"
                        + "\"frequency\":\"YEAR\",\"interval\":1,\"autoRenewal\":true}],"
                        + "\"allowOneTimePurchases\":false}");
        JsonObject removed = update(store.modify(), replaced, "", "[\"subscriptionDetails\"]");
        assertThat(removed.keySet()).doesNotContain("subscriptionDetails");
        assertThat(get(store.modify(), id, "").keySet()).doesNotContain("subscriptionDetails");
    }

    @Test
    void subscriptionsBreakingARuleAreRefusedByTheirPathAndNothingIsWritten() {
        Store store = store();
        JsonObject tea = created(store.modify(), TEA);

        Api.Response tooMuchOff = store.modify()
                .patch(
                        PRODUCTS + "/" + tea.getString("id"),
                        "{\"product\": {\"revision\": \"" + tea.getString("revision") + "\", \"subscriptionDetails\":"
                                + " {\"subscriptions\": [{\"title\": \"T\", \"frequency\": \"DAY\", \"discount\":"
                                + " {\"type\": \"AMOUNT\", \"amountOff\": \"10.01\"}}]}}}");
        assertError(tooMuchOff, 400, "OUT_OF_RANGE", "product.subscriptionDetails.subscriptions[0].discount.amountOff");
        Api.Response cheaper = store.modify()
                .patch(
                        PRODUCTS + "/" + tea.getString("id"),
                        "{\"product\": {\"revision\": \"" + tea.getString("revision") + "\", \"variantsInfo\":"
                                + " {\"variants\": [{\"choices\": [{\"optionChoiceNames\": {\"optionName\": \"Size\","
                                + " \"choiceName\": \"S\"}}], \"price\": {\"actualPrice\": {\"amount\": \"1.99\"}}},"
                                + " {\"choices\": [{\"optionChoiceNames\": {\"optionName\": \"Size\", \"choiceName\":"
                                + " \"L\"}}]}]}}}");
        assertError(cheaper, 400, "OUT_OF_RANGE", "product.subscriptionDetails.subscriptions[1].discount.amountOff");
        assertError(
                store.modify().post(PRODUCTS, TEA.replace("\"interval\": 2", "\"interval\": 51")),
                400,
                "OUT_OF_RANGE",
                "product.subscriptionDetails.subscriptions[1].interval");
        assertThat(get(store.modify(), tea.getString("id"), "").getString("revision"))
                .isEqualTo(tea.getString("revision"));
    }

    @Test
    void fieldsAddWhatIsAnsweredOnlyWhenAskedAndMerchantDataOnlyToWhoMayModify() {
        Store store = store();
        String id = created(store.modify(), TEA).getString("id");

        JsonObject plain = get(store.modify(), id, "");
        assertThat(plain.keySet())
                .doesNotContain("url", "plainDescription", "description", "currency", "costRange", "media");
        assertThat(variants(plain).getJsonObject(0).keySet()).doesNotContain("revenueDetails");
        assertThat(variants(plain)
                        .getJsonObject(0)
                        .getJsonObject("price")
                        .getJsonObject("actualPrice")
                        .keySet())
                .containsExactly("amount");

        String all = "?fields=MERCHANT_DATA&fields=CURRENCY&fields=URL&fields=MEDIA_ITEMS_INFO";
        JsonObject merchant = get(store.modify(), id, all);
        assertThat(merchant.getJsonObject("costRange").getJsonObject("maxValue").getString("formattedAmount"))
                .isEqualTo("$5.00");
        assertThat(variants(merchant)
                        .getJsonObject(0)
                        .getJsonObject("revenueDetails")
                        .getJsonObject("profit")
                        .getString("amount"))
                .isEqualTo("6.00");
        assertThat(merchant.getString("currency")).isEqualTo("USD");
        assertThat(merchant.getJsonObject("media").getJsonObject("itemsInfo").getJsonArray("items"))
                .isEmpty();

        JsonObject reader = get(store.read(), id, all);
        assertThat(reader.keySet()).contains("currency", "url").doesNotContain("costRange");
        assertThat(variants(reader).getJsonObject(0).keySet()).doesNotContain("revenueDetails");

        Api.Response query = store.read()
                .post(PRODUCTS + "/query", "{\"query\": {}, \"fields\": [\"PLAIN_DESCRIPTION\", \"MERCHANT_DATA\"]}");
        assertThat(query.status()).as(query.body()).isEqualTo(200);
        JsonObject queried = query.json().getJsonArray("products").getJsonObject(0);
        assertThat(queried.getString("plainDescription")).isEmpty();
        assertThat(queried.keySet()).doesNotContain("costRange");

        Api.Response search =
                store.modify().post(PRODUCTS + "/search", "{\"search\": {}, \"fields\": [\"MERCHANT_DATA\"]}");
        assertThat(search.status()).as(search.body()).isEqualTo(200);
        assertThat(search.json().getJsonArray("products").getJsonObject(0).keySet())
                .contains("costRange");

        assertError(
                store.read().get(PRODUCTS + "/" + id + "?fields=URL&fields=PRICE"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "fields[1]");
        assertError(
                store.read().post(PRODUCTS + "/query", "{\"fields\": [\"url\"]}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "fields[0]");
        assertError(store.read().post(PRODUCTS + "/search", "{\"fields\": \"URL\"}"), 400, "INVALID_TYPE", "fields");
    }

    @Test
    void aFieldMaskClearsCostBarcodeSkuAndCompareAtPriceAndMerchandising() {
        Store store = store();
        JsonObject tea = created(store.modify(), TEA);
        tea = update(
                store.modify(),
                tea,
                ", \"brand\": {\"name\": \"Leafy\"}, \"taxGroupId\": \"" + UUID.randomUUID() + "\"",
                null);
        String both = "[{\"choices\": [{\"optionChoiceNames\": {\"optionName\": \"Size\", \"choiceName\": \"S\"}}],"
                + " \"barcode\": null, \"revenueDetails\": null},"
                + " {\"choices\": [{\"optionChoiceNames\": {\"optionName\": \"Size\", \"choiceName\": \"L\"}}]}]";

        JsonObject unmasked = update(store.modify(), tea, ", \"variantsInfo\": {\"variants\": " + both + "}", null);
        assertThat(variants(unmasked).getJsonObject(0).getString("barcode"))
                .as("without a mask, null is not sent")
                .isEqualTo("TEA-S");

        JsonObject cleared = update(
                store.modify(),
                unmasked,
                ", \"variantsInfo\": {\"variants\": " + both + "}, \"brand\": null",
                "[\"variantsInfo.variants\", \"variantsInfo.variants.price.compareAtPrice\","
                        + " \"variantsInfo.variants.sku\", \"brand\", \"taxGroupId\"]");

        JsonObject small = get(store.modify(), cleared.getString("id"), "?fields=MERCHANT_DATA");
        JsonObject s = variants(small).getJsonObject(0);
        assertThat(s.keySet()).doesNotContain("barcode", "revenueDetails", "sku");
        assertThat(s.getJsonObject("price").toString()).isEqualTo("{\"actualPrice\":{\"amount\":\"10.00\"}}");
        JsonObject l = variants(small).getJsonObject(1);
        assertThat(l.getJsonObject("revenueDetails").getJsonObject("cost").getString("amount"))
                .as("the other variant keeps its cost")
                .isEqualTo("5.00");
        assertThat(small.keySet()).doesNotContain("brand", "taxGroupId");
    }
}
