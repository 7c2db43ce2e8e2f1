package io.catalog.events.payload.v3;

import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.product.Product;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class V3ProductJsonTest {

    @Test
    void aProductWithoutOptionsHasItsOneDefaultVariantAndTheDerivedFields() {
        JsonObject product = V3ProductJson.of(V3Products.view(V3Products.mug()));

        assertThat(product).isEqualTo(parse("""
                {"id": "a60fef92-ee29-070f-a7ed-9bbc3cc1c2f4", "revision": "1",
                 "createdDate": "2026-11-22T10:15:30.123Z", "updatedDate": "2026-11-22T10:15:30.123Z",
                 "name": "Mug", "slug": "mug",
                 "url": {"relativePath": "/product-page/mug", "url": "https://my-website.com/product-page/mug"},
                 "description": {"nodes": [
                   {"type": "PARAGRAPH", "id": "1", "paragraphData": {}, "nodes": [{"type": "TEXT", "id": "",
                     "nodes": [], "textData": {"text": "A big mug & more", "decorations": []}}]},
                   {"type": "HEADING", "id": "2", "headingData": {"level": 2}, "nodes": [{"type": "TEXT", "id": "",
                     "nodes": [], "textData": {"text": "Care", "decorations": []}}]}]},
                 "plainDescription": "<p>A <b>big</b> mug &amp; more</p><h2>Care</h2>",
                 "visible": true, "productType": "PHYSICAL",
                 "physicalProperties": {"shippingWeightRange": {"minValue": 0, "maxValue": 0}},
                 "currency": "USD", "media": {"itemsInfo": {"items": []}}, "options": [],
                 "directCategoriesInfo": {"categories": []}, "allCategoriesInfo": {"categories": []},
                 "actualPriceRange": {"minValue": {"amount": "3.50", "formattedAmount": "$3.50"},
                                      "maxValue": {"amount": "3.50", "formattedAmount": "$3.50"}},
                 "compareAtPriceRange": {"minValue": {"amount": "4.00", "formattedAmount": "$4.00"},
                                         "maxValue": {"amount": "4.00", "formattedAmount": "$4.00"}},
                 "inventory": {"availabilityStatus": "IN_STOCK", "preorderStatus": "DISABLED"},
                 "variantsInfo": {"variants": [{"id": "00000000-0000-0000-0000-000000000000", "visible": true,
                   "sku": "M-1", "choices": [],
                   "price": {"actualPrice": {"amount": "3.50", "formattedAmount": "$3.50"},
                             "compareAtPrice": {"amount": "4.00", "formattedAmount": "$4.00"}},
                   "physicalProperties": {"weight": 0},
                   "inventoryStatus": {"inStock": true, "preorderEnabled": false}}]},
                 "variantSummary": {"variantCount": 1},
                 "handle": "mug", "additionalRibbons": [], "visibleInPos": true,
                 "tags": {"privateTags": {"tagIds": []}, "publicTags": {"tagIds": []}}}"""));
    }

    @Test
    void optionsAndVariantsCarryTheIdsDerivedFromTheProductAndTheOptionsName() {
        Product shirt = V3Products.shirt();

        JsonObject product = V3ProductJson.of(V3Products.view(shirt));

        String optionId = nameUuid("option:" + shirt.id() + ":size");
        JsonObject option = product.getJsonArray("options").getJsonObject(0);
        assertThat(option.getString("id")).isEqualTo(optionId);
        assertThat(option.getString("optionRenderType")).isEqualTo("TEXT_CHOICES");
        List<JsonObject> choices =
                option.getJsonObject("choicesSettings").getJsonArray("choices").getValuesAs(JsonObject.class);
        assertThat(choices).extracting(c -> c.getString("name")).containsExactly("S", "L");
        assertThat(choices)
                .allSatisfy(c -> assertThat(c.containsKey("colorCode")).isFalse());
        List<JsonObject> variants =
                product.getJsonObject("variantsInfo").getJsonArray("variants").getValuesAs(JsonObject.class);
        assertThat(variants).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonObject ids =
                    variants.get(i).getJsonArray("choices").getJsonObject(0).getJsonObject("optionChoiceIds");
            assertThat(ids.getString("optionId")).isEqualTo(optionId);
            assertThat(ids.getString("choiceId")).isEqualTo(choices.get(i).getString("choiceId"));
            assertThat(variants.get(i).getJsonObject("price").containsKey("compareAtPrice"))
                    .isFalse();
        }
        assertThat(product.getBoolean("visible")).isFalse();
        assertThat(product.containsKey("compareAtPriceRange")).isFalse();
        assertThat(product.containsKey("costRange")).isFalse();
        assertThat(product.getJsonObject("description").getJsonArray("nodes")).isEmpty();
        assertThat(product.getJsonObject("variantSummary").getInt("variantCount"))
                .isEqualTo(2);
    }

    private static String nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
