package io.catalog.web.products;

/** The Wix Stores v1 documentation's examples, shown in the OpenAPI document. */
final class ProductExamples {

    static final String CREATE_REQUEST = """
            {
              "product": {
                "name": "T-shirt",
                "productType": "physical",
                "priceData": {"price": 10.5},
                "description": "nice summer t-shirt",
                "sku": "123df",
                "visible": false,
                "weight": 0.2,
                "discount": {"type": "AMOUNT", "value": 1},
                "manageVariants": true,
                "productOptions": [
                  {"name": "Size", "choices": [{"value": "S", "description": "S"}, {"value": "L", "description": "L"}]}
                ]
              }
            }""";

    static final String UPDATE_REQUEST = """
            {
              "product": {
                "name": "T-shirt",
                "productType": "physical",
                "price": {"price": 10.5},
                "description": "nice summer t-shirt",
                "sku": "123df",
                "visible": false,
                "weight": 0.2,
                "discount": {"type": "AMOUNT", "value": 1},
                "productOptions": [
                  {"name": "Size", "choices": [{"value": "S", "description": "S"}, {"value": "L", "description": "L"}]}
                ]
              }
            }""";

    static final String PRODUCT_RESPONSE = """
            {
              "product": {
                "id": "e28e4ddd-6ed0-4098-a5e5-cf4bd9c4f7b5",
                "name": "T-shirt",
                "slug": "t-shirt",
                "visible": false,
                "productType": "physical",
                "description": "nice summer t-shirt",
                "stock": {"trackInventory": false, "inStock": true},
                "price": {"currency": "USD", "price": 10.5, "discountedPrice": 9.5,
                          "formatted": {"price": "$10.50", "discountedPrice": "$9.50"}},
                "priceData": {"currency": "USD", "price": 10.5, "discountedPrice": 9.5,
                              "formatted": {"price": "$10.50", "discountedPrice": "$9.50"}},
                "additionalInfoSections": [],
                "ribbons": [],
                "media": {"items": []},
                "customTextFields": [],
                "manageVariants": true,
                "productOptions": [{
                  "optionType": "drop_down",
                  "name": "Size",
                  "choices": [
                    {"value": "S", "description": "S", "inStock": true, "visible": true},
                    {"value": "L", "description": "L", "inStock": true, "visible": true}
                  ]
                }],
                "productPageUrl": {"base": "https://www.example.com/", "path": "/product-page/t-shirt"},
                "numericId": "1",
                "inventoryItemId": "1d71b222-912f-bf67-5a1a-30b4263b084a",
                "discount": {"type": "AMOUNT", "value": 1},
                "collectionIds": [],
                "variants": [
                  {"id": "00000000-0000-0000-0000-000000000001", "choices": {"Size": "S"},
                   "variant": {"priceData": {"currency": "USD", "price": 10.5, "discountedPrice": 9.5,
                               "formatted": {"price": "$10.50", "discountedPrice": "$9.50"}},
                               "weight": 0.2, "sku": "", "visible": true,
                               "stock": {"trackInventory": false, "inStock": true}}},
                  {"id": "00000000-0000-0000-0000-000000000002", "choices": {"Size": "L"},
                   "variant": {"priceData": {"currency": "USD", "price": 10.5, "discountedPrice": 9.5,
                               "formatted": {"price": "$10.50", "discountedPrice": "$9.50"}},
                               "weight": 0.2, "sku": "", "visible": true,
                               "stock": {"trackInventory": false, "inStock": true}}}
                ],
                "lastUpdated": "2026-11-22T10:15:30.123Z",
                "createdDate": "2026-11-22T10:15:30.123Z",
                "revision": "1"
              }
            }""";

    static final String VALIDATION_ERROR = """
            {
              "code": "TOO_LONG",
              "message": "product.name must be at most 80 characters (was 93)",
              "field": "product.name",
              "details": {"applicationError": {"code": "TOO_LONG",
                          "description": "product.name must be at most 80 characters (was 93)",
                          "data": {"field": "product.name"}}}
            }""";

    private ProductExamples() {}
}
