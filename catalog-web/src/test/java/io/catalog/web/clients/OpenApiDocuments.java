package io.catalog.web.clients;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The OpenAPI document as the committed snapshot holds it, and where two versions of it differ. */
final class OpenApiDocuments {

    private OpenApiDocuments() {}

    /** The served document without the server URLs, which name the host and port of the server that answered. */
    static JsonObject normalised(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").build();
    }

    /**
     * Where two JSON values differ, as JSON pointers under {@code pointer}: into objects member by member (in the order
     * of the names), an array or a scalar as a whole; empty when they are equal.
     */
    static List<String> differences(String pointer, JsonValue committed, JsonValue served) {
        List<String> found = new ArrayList<>();
        if (committed.equals(served)) {
            return found;
        }
        if (committed instanceof JsonObject before && served instanceof JsonObject after) {
            Set<String> names = new TreeSet<>(before.keySet());
            names.addAll(after.keySet());
            for (String name : names) {
                String member = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!before.containsKey(name)) {
                    found.add(member + ": added");
                } else if (!after.containsKey(name)) {
                    found.add(member + ": removed");
                } else {
                    found.addAll(differences(member, before.get(name), after.get(name)));
                }
            }
        } else {
            found.add(pointer + ": changed");
        }
        return found;
    }

    static JsonObject read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /** Indented, members in the order given, ending with a line break: the snapshot's form. */
    static String pretty(JsonValue document) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.write(document);
        }
        return out.toString().strip() + "\n";
    }
}
