package io.catalog.web.products;

import io.catalog.web.products.dto.CustomTextFieldDto;
import io.catalog.web.products.dto.DiscountDto;
import io.catalog.web.products.dto.MediaItemDto;
import io.catalog.web.products.dto.OptionDto;
import io.catalog.web.products.dto.PriceDataDto;
import io.catalog.web.products.dto.ProductDto;
import io.catalog.web.products.dto.StockDto;
import io.catalog.web.products.dto.VariantDto;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ProductDto} as JSON with a JSON-P streaming generator: the same bytes JSON-B writes for it (the
 * properties in each record's {@code @JsonbPropertyOrder}, null properties left out), without JSON-B's per-property
 * reflection. Product answers are the bulk of every product read and query page; in a crawl's profile JSON-B took 13%
 * of the samples, this writer about two thirds of that. {@code ProductJsonTest} holds this writer to JSON-B's output
 * for products of every shape; a property added to a product DTO must be added here too, and that test fails until it
 * is.
 */
public final class ProductJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private ProductJson() {}

    /** The product as UTF-8 JSON. */
    public static byte[] toJson(ProductDto product) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            product(json, product);
        }
        return out.toByteArray();
    }

    private static void product(JsonGenerator json, ProductDto p) {
        json.writeStartObject();
        string(json, "id", p.id());
        string(json, "name", p.name());
        string(json, "slug", p.slug());
        bool(json, "visible", p.visible());
        string(json, "productType", p.productType());
        string(json, "description", p.description());
        string(json, "sku", p.sku());
        number(json, "weight", p.weight());
        stock(json, "stock", p.stock());
        integer(json, "warningLimit", p.warningLimit());
        integer(json, "inventoryDelta", p.inventoryDelta());
        priceData(json, "price", p.price());
        priceData(json, "priceData", p.priceData());
        if (p.additionalInfoSections() != null) {
            json.writeStartArray("additionalInfoSections");
            for (ProductDto.InfoSectionDto section : p.additionalInfoSections()) {
                json.writeStartObject();
                string(json, "title", section.title());
                string(json, "description", section.description());
                json.writeEnd();
            }
            json.writeEnd();
        }
        if (p.ribbons() != null) {
            json.writeStartArray("ribbons");
            for (ProductDto.RibbonDto ribbon : p.ribbons()) {
                json.writeStartObject();
                string(json, "text", ribbon.text());
                json.writeEnd();
            }
            json.writeEnd();
        }
        media(json, "media", p.media());
        if (p.customTextFields() != null) {
            json.writeStartArray("customTextFields");
            for (CustomTextFieldDto field : p.customTextFields()) {
                json.writeStartObject();
                string(json, "title", field.title());
                integer(json, "maxLength", field.maxLength());
                bool(json, "mandatory", field.mandatory());
                json.writeEnd();
            }
            json.writeEnd();
        }
        bool(json, "manageVariants", p.manageVariants());
        if (p.productOptions() != null) {
            json.writeStartArray("productOptions");
            for (OptionDto option : p.productOptions()) {
                option(json, option);
            }
            json.writeEnd();
        }
        if (p.productPageUrl() != null) {
            json.writeStartObject("productPageUrl");
            string(json, "base", p.productPageUrl().base());
            string(json, "path", p.productPageUrl().path());
            json.writeEnd();
        }
        string(json, "numericId", p.numericId());
        string(json, "inventoryItemId", p.inventoryItemId());
        discount(json, p.discount());
        strings(json, "collectionIds", p.collectionIds());
        if (p.variants() != null) {
            json.writeStartArray("variants");
            for (VariantDto variant : p.variants()) {
                variant(json, variant);
            }
            json.writeEnd();
        }
        string(json, "lastUpdated", p.lastUpdated());
        string(json, "createdDate", p.createdDate());
        string(json, "revision", p.revision());
        json.writeEnd();
    }

    private static void stock(JsonGenerator json, String name, StockDto stock) {
        if (stock == null) {
            return;
        }
        json.writeStartObject(name);
        bool(json, "trackInventory", stock.trackInventory());
        integer(json, "quantity", stock.quantity());
        bool(json, "inStock", stock.inStock());
        json.writeEnd();
    }

    private static void priceData(JsonGenerator json, String name, PriceDataDto price) {
        if (price == null) {
            return;
        }
        json.writeStartObject(name);
        string(json, "currency", price.currency());
        number(json, "price", price.price());
        number(json, "discountedPrice", price.discountedPrice());
        if (price.formatted() != null) {
            json.writeStartObject("formatted");
            string(json, "price", price.formatted().price());
            string(json, "discountedPrice", price.formatted().discountedPrice());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void media(JsonGenerator json, String name, ProductDto.MediaDto media) {
        if (media == null) {
            return;
        }
        json.writeStartObject(name);
        if (media.mainMedia() != null) {
            json.writeKey("mainMedia");
            mediaItem(json, media.mainMedia());
        }
        if (media.items() != null) {
            json.writeStartArray("items");
            for (MediaItemDto item : media.items()) {
                mediaItem(json, item);
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void mediaItem(JsonGenerator json, MediaItemDto item) {
        json.writeStartObject();
        string(json, "id", item.id());
        string(json, "mediaType", item.mediaType());
        string(json, "title", item.title());
        if (item.image() != null) {
            json.writeStartObject("image");
            string(json, "url", item.image().url());
            json.writeEnd();
        }
        if (item.video() != null) {
            json.writeStartObject("video");
            if (item.video().files() != null) {
                json.writeStartArray("files");
                for (MediaItemDto.FileDto file : item.video().files()) {
                    json.writeStartObject();
                    string(json, "url", file.url());
                    json.writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void option(JsonGenerator json, OptionDto option) {
        json.writeStartObject();
        string(json, "optionType", option.optionType());
        string(json, "name", option.name());
        if (option.choices() != null) {
            json.writeStartArray("choices");
            for (OptionDto.ChoiceDto choice : option.choices()) {
                json.writeStartObject();
                string(json, "value", choice.value());
                string(json, "description", choice.description());
                media(json, "media", choice.media());
                bool(json, "inStock", choice.inStock());
                bool(json, "visible", choice.visible());
                json.writeEnd();
            }
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void discount(JsonGenerator json, DiscountDto discount) {
        if (discount == null) {
            return;
        }
        json.writeStartObject("discount");
        string(json, "type", discount.type());
        number(json, "value", discount.value());
        json.writeEnd();
    }

    private static void variant(JsonGenerator json, VariantDto variant) {
        json.writeStartObject();
        string(json, "id", variant.id());
        if (variant.choices() != null) {
            json.writeStartObject("choices");
            for (Map.Entry<String, String> choice : variant.choices().entrySet()) {
                if (choice.getValue() == null) {
                    json.writeNull(choice.getKey());
                } else {
                    json.write(choice.getKey(), choice.getValue());
                }
            }
            json.writeEnd();
        }
        VariantDto.VariantDataDto data = variant.variant();
        if (data != null) {
            json.writeStartObject("variant");
            priceData(json, "priceData", data.priceData());
            number(json, "weight", data.weight());
            string(json, "sku", data.sku());
            bool(json, "visible", data.visible());
            stock(json, "stock", data.stock());
            json.writeEnd();
        }
        json.writeEnd();
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void bool(JsonGenerator json, String name, Boolean value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void integer(JsonGenerator json, String name, Integer value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void number(JsonGenerator json, String name, BigDecimal value) {
        if (value != null) {
            json.write(name, value);
        }
    }

    private static void strings(JsonGenerator json, String name, List<String> values) {
        if (values != null) {
            json.writeStartArray(name);
            for (String value : values) {
                if (value == null) {
                    json.writeNull();
                } else {
                    json.write(value);
                }
            }
            json.writeEnd();
        }
    }
}
