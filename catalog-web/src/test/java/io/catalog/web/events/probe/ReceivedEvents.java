package io.catalog.web.events.probe;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The messages the probe received, in arrival order. */
final class ReceivedEvents {

    private static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();

    private ReceivedEvents() {}

    static void add(JsonObject message) {
        RECEIVED.add(message);
    }

    /** Messages of {@code store}, plus any the probe failed to read (they carry an {@code error}). */
    static List<JsonObject> of(String store) {
        return RECEIVED.stream()
                .filter(m -> m.containsKey("error") || store.equals(m.getString("store")))
                .toList();
    }
}
