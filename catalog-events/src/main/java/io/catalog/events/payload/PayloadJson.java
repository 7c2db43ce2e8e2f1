package io.catalog.events.payload;

import io.catalog.domain.money.PriceData;
import io.catalog.domain.shared.Decimals;
import io.catalog.events.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.Map;

/** JSON pieces the payloads share, in the shapes of the REST API. */
final class PayloadJson {

    private PayloadJson() {}

    /** {@code {currency, price, discountedPrice, formatted: {price, discountedPrice}}}, as in the API's priceData. */
    static JsonObject price(PriceData price) {
        return Jsons.createObjectBuilder()
                .add("currency", price.currency().getCurrencyCode())
                .add("price", Decimals.normalize(price.price()))
                .add("discountedPrice", Decimals.normalize(price.discountedPrice()))
                .add(
                        "formatted",
                        Jsons.createObjectBuilder()
                                .add("price", price.formattedPrice())
                                .add("discountedPrice", price.formattedDiscountedPrice()))
                .build();
    }

    static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    static JsonObject strings(Map<String, String> values) {
        JsonObjectBuilder object = Jsons.createObjectBuilder();
        values.forEach(object::add);
        return object.build();
    }
}
