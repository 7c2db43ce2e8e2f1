package io.catalog.web.v3;

import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.shared.ValidationException;
import io.catalog.web.json.JsonInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A product's description as a minimal rich-content (Ricos) document, derived from the stored description (HTML of
 * the subset {@code RichText} keeps): each block ({@code p}, {@code div}, {@code li}, {@code blockquote}, and text
 * outside any block) becomes a {@code PARAGRAPH} node and each {@code h1}-{@code h6} a {@code HEADING} node of its
 * level, holding the block's text in one {@code TEXT} node without decorations. {@code br} is a line break
 * ({@code "\n"}) in the text; inline formatting and links are not carried over (the HTML, in
 * {@code plainDescription}, keeps them); entities are decoded; blocks of only white space are left out. An empty
 * description is a document without nodes.
 *
 * <p>The other way ({@link #html}), a document sent on a write is turned into HTML only when it holds nothing but
 * that: {@code PARAGRAPH} and {@code HEADING} nodes (with {@code headingData.level}) of {@code TEXT} nodes without
 * decorations; each block becomes a {@code p} or {@code h1}-{@code h6} of its escaped text, a line break a {@code br}.
 * Node ids and the document's {@code metadata} are ignored; anything else is refused (400), since it would be lost.
 */
final class RicosDocument {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00a0");

    private final List<V3ProductDto.Node> nodes = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int headingLevel;

    private RicosDocument() {}

    /** The document of a stored description. */
    static V3ProductDto.RichContent of(String html) {
        RicosDocument document = new RicosDocument();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            document.text.append(decode(html.substring(at, tag.start())));
            document.tag(
                    tag.group(2).toLowerCase(java.util.Locale.ROOT),
                    tag.group(1).isEmpty());
            at = tag.end();
        }
        document.text.append(decode(html.substring(at)));
        document.flush();
        return new V3ProductDto.RichContent(List.copyOf(document.nodes));
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

    /** Ends the block so far: a node when it holds more than white space. */
    private void flush() {
        String content = text.toString();
        text.setLength(0);
        if (content.isBlank()) {
            return;
        }
        String id = Integer.toString(nodes.size() + 1);
        List<V3ProductDto.Node> children = List.of(new V3ProductDto.Node(
                "TEXT", "", List.of(), null, null, new V3ProductDto.TextData(content.strip(), List.of())));
        nodes.add(
                headingLevel > 0
                        ? new V3ProductDto.Node(
                                "HEADING", id, children, null, new V3ProductDto.HeadingData(headingLevel), null)
                        : new V3ProductDto.Node("PARAGRAPH", id, children, Map.of(), null, null));
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

    private static final Set<String> DOCUMENT_FIELDS = Set.of("nodes");
    private static final Set<String> DOCUMENT_IGNORED = Set.of("metadata");
    private static final Set<String> NODE_FIELDS = Set.of("type", "nodes", "paragraphData", "headingData", "textData");
    private static final Set<String> NODE_IGNORED = Set.of("id");

    /** The HTML of a sent rich-content document (see the class comment); errors name the document's fields. */
    static String html(JsonInput document) {
        V3Fields.refuseOthers(document, DOCUMENT_FIELDS, DOCUMENT_IGNORED);
        List<JsonInput> blocks = document.objects("nodes", node -> node);
        StringBuilder html = new StringBuilder();
        for (JsonInput block : blocks == null ? List.<JsonInput>of() : blocks) {
            V3Fields.refuseOthers(block, NODE_FIELDS, NODE_IGNORED);
            String type = block.string("type");
            String tag;
            if ("PARAGRAPH".equals(type)) {
                requireEmpty(block.object("paragraphData"));
                refuse(block, "headingData");
                tag = "p";
            } else if ("HEADING".equals(type)) {
                JsonInput heading = block.requiredObject("headingData");
                V3Fields.refuseOthers(heading, Set.of("level"), Set.of());
                Integer level = heading.integer("level");
                if (level == null || level < 1 || level > 6) {
                    throw new ValidationException(heading.path("level"), ErrorCodes.OUT_OF_RANGE, "must be 1 to 6");
                }
                refuse(block, "paragraphData");
                tag = "h" + level;
            } else {
                throw new ValidationException(
                        block.path("type"),
                        ErrorCodes.NOT_ALLOWED,
                        "must be PARAGRAPH or HEADING: only text blocks are kept; send plainDescription (HTML) for"
                                + " more");
            }
            refuse(block, "textData");
            String text = text(block);
            if (!text.isBlank()) {
                html.append('<')
                        .append(tag)
                        .append('>')
                        .append(escape(text))
                        .append("</")
                        .append(tag)
                        .append('>');
            }
        }
        return html.toString();
    }

    /** The text of a block's TEXT nodes, one after the other. */
    private static String text(JsonInput block) {
        StringBuilder text = new StringBuilder();
        List<JsonInput> children = block.objects("nodes", node -> node);
        for (JsonInput child : children == null ? List.<JsonInput>of() : children) {
            V3Fields.refuseOthers(child, NODE_FIELDS, NODE_IGNORED);
            if (!"TEXT".equals(child.string("type"))) {
                throw new ValidationException(
                        child.path("type"), ErrorCodes.NOT_ALLOWED, "must be TEXT: a block holds only text");
            }
            refuse(child, "nodes");
            refuse(child, "paragraphData");
            refuse(child, "headingData");
            JsonInput data = child.requiredObject("textData");
            V3Fields.refuseOthers(data, Set.of("text", "decorations"), Set.of());
            List<JsonInput> decorations = data.objects("decorations", d -> d);
            if (decorations != null && !decorations.isEmpty()) {
                throw new ValidationException(
                        data.path("decorations"),
                        ErrorCodes.NOT_ALLOWED,
                        "must be empty: formatting is not kept from a document; send plainDescription (HTML)");
            }
            String part = data.string("text");
            text.append(part == null ? "" : part);
        }
        return text.toString();
    }

    private static void requireEmpty(JsonInput data) {
        if (data != null) {
            V3Fields.refuseOthers(data, Set.of(), Set.of());
        }
    }

    private static void refuse(JsonInput node, String field) {
        if (node.has(field)) {
            List<JsonInput> children = "nodes".equals(field) ? node.objects("nodes", n -> n) : null;
            if (children != null && children.isEmpty()) {
                return;
            }
            if ("paragraphData".equals(field) || "headingData".equals(field) || "textData".equals(field)) {
                throw new ValidationException(
                        node.path(field), ErrorCodes.NOT_ALLOWED, "does not belong to a node of this type");
            }
            throw new ValidationException(node.path(field), ErrorCodes.NOT_ALLOWED, "must be empty in a TEXT node");
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\n", "<br>");
    }
}
