package io.catalog.events.payload;

import java.util.Collection;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.catalog.domain.money.PriceData;
import io.catalog.domain.shared.Decimals;

/** JSON pieces the payloads share, in the shapes of the REST API. */
final class PayloadJson {

    private PayloadJson() {
    }

    /** {@code {currency, price, discountedPrice, formatted: {price, discountedPrice}}}, as in the API's priceData. */
    static JsonObject price(PriceData price) {
        return Json.createObjectBuilder()
                .add("currency", price.currency().getCurrencyCode())
                .add("price", Decimals.normalize(price.price()))
                .add("discountedPrice", Decimals.normalize(price.discountedPrice()))
                .add("formatted", Json.createObjectBuilder()
                        .add("price", price.formattedPrice())
                        .add("discountedPrice", price.formattedDiscountedPrice()))
                .build();
    }

    static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    static JsonObject strings(Map<String, String> values) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        values.forEach(object::add);
        return object.build();
    }
}
