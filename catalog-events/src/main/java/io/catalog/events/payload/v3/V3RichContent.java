package io.catalog.events.payload.v3;

import io.catalog.events.json.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored description as the V3 {@code description} document, as Get Product (V3) answers it: each block
 * ({@code p}, {@code div}, {@code li}, {@code blockquote}, and text outside any block) a {@code PARAGRAPH} node, each
 * {@code h1}-{@code h6} a {@code HEADING} node of its level, with the block's text in one {@code TEXT} node without
 * decorations; {@code br} a line break, entities decoded, blank blocks left out. The read side's document
 * ({@code RicosDocument} in catalog-web) is the same; V3EventsIT compares the two.
 */
final class V3RichContent {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

    private final JsonArrayBuilder nodes = Jsons.createArrayBuilder();
    private final StringBuilder text = new StringBuilder();
    private int count;
    private int headingLevel;

    private V3RichContent() {}

    /** The document of {@code html}, a stored description. */
    static JsonObject of(String html) {
        V3RichContent document = new V3RichContent();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            document.text.append(decode(html.substring(at, tag.start())));
            document.tag(tag.group(2).toLowerCase(Locale.ROOT), tag.group(1).isEmpty());
            at = tag.end();
        }
        document.text.append(decode(html.substring(at)));
        document.flush();
        return Jsons.createObjectBuilder().add("nodes", document.nodes).build();
    }

    private void tag(String name, boolean opening) {
        switch (name) {
            case "br" -> text.append('\n');
            case "p", "div", "li", "blockquote", "ul", "ol" -> flush();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                flush();
                headingLevel = opening ? name.charAt(1) - '0' : 0;
            }
            default -> {
                // inline: its text stays in the block
            }
        }
    }

    private void flush() {
        String content = text.toString();
        text.setLength(0);
        if (content.isBlank()) {
            return;
        }
        count++;
        JsonArrayBuilder children = Jsons.createArrayBuilder()
                .add(Jsons.createObjectBuilder()
                        .add("type", "TEXT")
                        .add("id", "")
                        .add("nodes", Jsons.createArrayBuilder())
                        .add(
                                "textData",
                                Jsons.createObjectBuilder()
                                        .add("text", content.strip())
                                        .add("decorations", Jsons.createArrayBuilder())));
        nodes.add(
                headingLevel > 0
                        ? Jsons.createObjectBuilder()
                                .add("type", "HEADING")
                                .add("id", Integer.toString(count))
                                .add("nodes", children)
                                .add("headingData", Jsons.createObjectBuilder().add("level", headingLevel))
                        : Jsons.createObjectBuilder()
                                .add("type", "PARAGRAPH")
                                .add("id", Integer.toString(count))
                                .add("nodes", children)
                                .add("paragraphData", Jsons.createObjectBuilder()));
    }

    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder(text.length());
        while (entity.find()) {
            entity.appendReplacement(decoded, Matcher.quoteReplacement(entity(entity.group(1), entity.group())));
        }
        entity.appendTail(decoded);
        return decoded.toString();
    }

    private static String entity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
