package io.catalog.web.products;

import io.catalog.web.error.FieldPaths;

/**
 * Where the Wix Stores v1 requests carry the domain's fields, for the errors that name them: a product's options are
 * its {@code productOptions}, its price is {@code priceData.price} and its info sections its
 * {@code additionalInfoSections}; the items of a stock decrement or increment are
 * its {@code productOptions} and its price is {@code priceData.price}; its free-text modifiers are its
 * {@code customTextFields} (a modifier's name and free-text title its {@code title}, its {@code maxCharCount} its
 * {@code maxLength}; the domain names them by their index among the fields sent); the items of a stock decrement or increment are
 * its {@code decrementData} or {@code incrementData}, each item's amount its {@code decrementBy} or
 * {@code incrementBy}. Every other field the v1 requests name as the domain does. The readers of the v1 requests name
 * the v1 paths themselves for the values they build.
 */
final class V1Fields {

    /** A product's fields, in a {@code product} object (Create Product, Update Product, the items of a bulk). */
    static final FieldPaths PRODUCT = FieldPaths.SAME
            .rename("options", "productOptions")
            .rename("price", "priceData.price")
            .rename("infoSections", "additionalInfoSections")
            .rename("modifiers[].name", "customTextFields[].title")
            .rename("modifiers[].freeTextSettings.title", "customTextFields[].title")
            .rename("modifiers[].freeTextSettings.maxCharCount", "customTextFields[].maxLength")
            .rename("modifiers", "customTextFields");

    /** The items of Decrement Inventory. */
    static final FieldPaths DECREMENT = adjustments("decrementData", "decrementBy");

    /** The items of Increment Inventory. */
    static final FieldPaths INCREMENT = adjustments("incrementData", "incrementBy");

    private V1Fields() {}

    private static FieldPaths adjustments(String listField, String amountField) {
        return FieldPaths.SAME
                .rename("items[].amount", listField + "[]." + amountField)
                .rename("items", listField);
    }
}
