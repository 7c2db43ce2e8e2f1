package io.catalog.web.v3;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
}
