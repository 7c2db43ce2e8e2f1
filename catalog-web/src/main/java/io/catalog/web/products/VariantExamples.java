package io.catalog.web.products;

/** The Wix Stores v1 documentation's variant examples, shown in the OpenAPI document. */
final class VariantExamples {

    static final String QUERY_REQUEST = "{}";

    static final String QUERY_BY_CHOICES_REQUEST = """
            {"choices": {"Color": "Green"}, "paging": {"limit": 10, "offset": 0}}""";

    static final String QUERY_RESPONSE = """
            {
              "variants": [{
                "id": "00000000-0000-0001-0005-7c2f8071346c",
                "choices": {"Color": "Green"},
                "variant": {
                  "priceData": {"currency": "ILS", "price": 35.95, "discountedPrice": 35.95,
                                "formatted": {"price": "35.95 ₪", "discountedPrice": "35.95 ₪"}},
                  "weight": 0,
                  "sku": "K301",
                  "visible": true,
                  "stock": {"trackInventory": false, "inStock": true}
                }
              }],
              "metadata": {"items": 100, "offset": 0},
              "totalResults": 1
            }""";

    /** The seed's request, with the single quotes of its curl example made JSON. */
    static final String UPDATE_REQUEST = """
            {
              "variants": [{
                "choices": {"Size": "S", "Color": "Blue"},
                "price": 100
              }]
            }""";

    static final String UPDATE_RESPONSE = """
            {"variants": [{
              "id": "00000000-0000-0020-0005-92338aaf6c4a",
              "choices": {"Size": "S", "Color": "Blue"},
              "variant": {
                "priceData": {"currency": "USD", "price": 100, "discountedPrice": 100,
                              "formatted": {"price": "$100.00", "discountedPrice": "$100.00"}},
                "weight": 0,
                "sku": "",
                "visible": true,
                "stock": {"trackInventory": false, "inStock": true}
              }
            }]}""";

    static final String EMPTY = "{}";

    static final String AVAILABILITY_REQUEST = """
            {"options": {"Size": "S", "Color": "Green"}}""";

    static final String AVAILABILITY_RESPONSE = """
            {
              "productOptions": [{
                "optionType": "color",
                "name": "Color",
                "choices": [
                  {"value": "#008000", "description": "Green", "inStock": true, "visible": true},
                  {"value": "#800080", "description": "Purple", "inStock": true, "visible": true}
                ]
              }],
              "availableForPurchase": false
            }""";

    static final String UNKNOWN_CHOICE_ERROR = """
            {
              "code": "UNKNOWN_CHOICE",
              "message": "choices.Size has no choice \\"XXL\\"",
              "field": "choices.Size",
              "details": {"applicationError": {"code": "UNKNOWN_CHOICE",
                          "description": "choices.Size has no choice \\"XXL\\"",
                          "data": {"field": "choices.Size"}}}
            }""";

    static final String NOT_MANAGED_ERROR = """
            {
              "code": "VARIANTS_NOT_MANAGED",
              "message": "variant data can only be changed while manageVariants is true",
              "field": "manageVariants",
              "details": {"applicationError": {"code": "VARIANTS_NOT_MANAGED",
                          "description": "variant data can only be changed while manageVariants is true",
                          "data": {"field": "manageVariants"}}}
            }""";

    private VariantExamples() {}
}
