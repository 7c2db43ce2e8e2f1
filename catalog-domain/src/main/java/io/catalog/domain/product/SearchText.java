package io.catalog.domain.product;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * The text of a description that a free-text search reads: what a reader sees, without markup. Read with the same
 * parser as {@link RichText} (the OWASP Java HTML Sanitizer's), not with patterns over the markup: inline elements
 * ({@code b}, {@code strong}, {@code a}...) leave their text as it is, so "co<b>tt</b>on" reads "cotton"; block
 * elements ({@value #BLOCKS_DOC}) part words as a space does, so {@code <p>one</p><p>two</p>} reads "one two", not
 * "onetwo"; entities are their characters ({@code &amp;} reads {@code &}); white space (line breaks, no-break spaces)
 * is collapsed to one space and trimmed; and the text is lower-cased ({@link Locale#ROOT}), as searched words are
 * compared. Element and attribute names never become text, so "strong" does not find {@code <strong>}.
 */
final class SearchText {

    static final String BLOCKS_DOC = "p, div, br, h1-h6, blockquote, ul, ol, li";

    private static final Set<String> BLOCKS =
            Set.of("p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li");

    private SearchText() {}

    /** The searched text of {@code html}, a description's rich text. */
    static String of(String html) {
        TextCollector text = new TextCollector(html.length());
        HtmlSanitizer.sanitize(html, text);
        return text.collected().toLowerCase(Locale.ROOT);
    }

    /** Keeps the decoded text the parser reports, a block element's edges and white space as one space between words. */
    private static final class TextCollector implements HtmlSanitizer.Policy {

        private final StringBuilder out;
        private boolean space;

        TextCollector(int capacity) {
            this.out = new StringBuilder(capacity);
        }

        String collected() {
            return out.toString();
        }

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String elementName, List<String> attrs) {
            if (BLOCKS.contains(elementName)) {
                space = true;
            }
        }

        @Override
        public void closeTag(String elementName) {
            if (BLOCKS.contains(elementName)) {
                space = true;
            }
        }

        @Override
        public void text(String text) {
            text.codePoints().forEach(c -> {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = true;
                } else {
                    if (space && !out.isEmpty()) {
                        out.append(' ');
                    }
                    space = false;
                    out.appendCodePoint(c);
                }
            });
        }
    }
}
