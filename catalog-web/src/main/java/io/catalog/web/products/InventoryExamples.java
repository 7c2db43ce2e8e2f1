package io.catalog.web.products;

/** Examples of the inventory endpoints (Wix Stores Inventory API v2 shapes), shown in the OpenAPI document. */
final class InventoryExamples {

    static final String ITEM_RESPONSE = """
            {"inventoryItem": {
              "id": "4b1e1a1e-9c1c-4c8f-8a5e-2f8a0e6b1d11",
              "productId": "0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b",
              "trackQuantity": true,
              "variants": [
                {"variantId": "00000000-0000-0000-0000-000000000001", "inStock": true, "quantity": 10},
                {"variantId": "00000000-0000-0000-0000-000000000002", "inStock": false, "quantity": 0}
              ],
              "lastUpdated": "2026-11-22T10:15:30.123Z",
              "numericId": "1"
            }}""";

    static final String UPDATE_REQUEST = """
            {"inventoryItem": {
              "trackQuantity": true,
              "variants": [{"variantId": "00000000-0000-0000-0000-000000000001", "quantity": 10}]
            }}""";

    static final String UNTRACKED_REQUEST = """
            {"inventoryItem": {
              "trackQuantity": false,
              "variants": [{"variantId": "00000000-0000-0000-0000-000000000000", "inStock": false}]
            }}""";

    static final String DECREMENT_REQUEST = """
            {"decrementData": [{
              "productId": "0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b",
              "variantId": "00000000-0000-0000-0000-000000000001",
              "decrementBy": 1
            }]}""";

    static final String INCREMENT_REQUEST = """
            {"incrementData": [{
              "productId": "0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b",
              "variantId": "00000000-0000-0000-0000-000000000001",
              "incrementBy": 5
            }]}""";

    static final String ADJUSTED_RESPONSE = """
            {"inventoryItems": [{
              "id": "4b1e1a1e-9c1c-4c8f-8a5e-2f8a0e6b1d11",
              "productId": "0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b",
              "trackQuantity": true,
              "variants": [{"variantId": "00000000-0000-0000-0000-000000000001", "inStock": true, "quantity": 9}],
              "lastUpdated": "2026-11-22T10:16:02.481Z",
              "numericId": "1"
            }]}""";

    static final String INSUFFICIENT_STOCK_ERROR = """
            {
              "code": "INSUFFICIENT_STOCK",
              "message": "variant 00000000-0000-0000-0000-000000000001 of product 0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b has 0 in stock, fewer than the 1 requested",
              "field": "decrementData[0].decrementBy",
              "details": {"applicationError": {"code": "INSUFFICIENT_STOCK",
                          "description": "variant 00000000-0000-0000-0000-000000000001 of product 0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b has 0 in stock, fewer than the 1 requested",
                          "data": {"field": "decrementData[0].decrementBy"}}}
            }""";

    static final String NOT_TRACKED_ERROR = """
            {
              "code": "INVENTORY_NOT_TRACKED",
              "message": "the quantity of variant 00000000-0000-0000-0000-000000000000 of product 0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b is not tracked, so it cannot be adjusted; turn trackQuantity on first",
              "field": "incrementData[0].variantId",
              "details": {"applicationError": {"code": "INVENTORY_NOT_TRACKED",
                          "description": "the quantity of variant 00000000-0000-0000-0000-000000000000 of product 0f6c5a4e-1d2b-4f0e-9a3c-7b8d9e0f1a2b is not tracked, so it cannot be adjusted; turn trackQuantity on first",
                          "data": {"field": "incrementData[0].variantId"}}}
            }""";

    private InventoryExamples() {}
}
