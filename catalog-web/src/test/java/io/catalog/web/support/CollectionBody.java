package io.catalog.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.List;

/**
 * Collection bodies: {@code {"collection": {"name": ..., "visible": ...}}} with only the fields set, and the
 * membership body {@code {"productIds": [...]}}.
 */
public final class CollectionBody {

    private String name;
    private Boolean visible;

    private CollectionBody() {}

    public static CollectionBody named(String name) {
        return new CollectionBody().name(name);
    }

    /** A collection without any field yet, for partial updates. */
    public static CollectionBody changes() {
        return new CollectionBody();
    }

    public CollectionBody name(String name) {
        this.name = name;
        return this;
    }

    public CollectionBody visible(boolean visible) {
        this.visible = visible;
        return this;
    }

    public String json() {
        JsonObjectBuilder collection = Json.createObjectBuilder();
        if (name != null) {
            collection.add("name", name);
        }
        if (visible != null) {
            collection.add("visible", visible);
        }
        return Json.createObjectBuilder().add("collection", collection).build().toString();
    }

    @Override
    public String toString() {
        return json();
    }

    /** {@code {"productIds": [...]}}, to add products to a collection or remove them. */
    public static String productIds(String... ids) {
        return productIds(List.of(ids));
    }

    public static String productIds(Collection<String> ids) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        ids.forEach(array::add);
        return Json.createObjectBuilder().add("productIds", array).build().toString();
    }
}
