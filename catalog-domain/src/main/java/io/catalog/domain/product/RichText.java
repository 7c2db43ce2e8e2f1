package io.catalog.domain.product;

import java.util.List;
import java.util.Set;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The rich text a description may hold, and the sanitizing that brings any text to it.
 *
 * <p><b>The allowed subset.</b> Elements {@value #ELEMENTS_DOC}; on {@code a} only {@code href}, an http, https or
 * mailto URL; on any allowed element a {@code style} attribute with only the CSS properties {@value #STYLES_DOC}.
 * Everything else is removed: other elements keep their text, except {@code script}, {@code style} and the like,
 * whose content goes with them; other attributes, event handlers ({@code onclick}...) and other URL schemes
 * ({@code javascript:}, {@code data:}) go entirely. Tags are balanced (an unclosed {@code <p>} is closed).
 *
 * <p><b>Why in the domain.</b> "A description is rich text of this subset" is a rule of the product, like its 8,000
 * characters: kept with the value object, no description can exist outside the subset whatever adapter builds it
 * (the REST API, the bulk API, a future import), and the domain's tests exercise the real policy. The parsing and the
 * policy are the OWASP Java HTML Sanitizer's, a maintained plain-Java library with no framework, which the domain's
 * rule against JSON, JPA and JAX-RS does not concern; a port with its implementation at the edge would only let an
 * adapter forget it or apply another subset.
 *
 * <p><b>The writing.</b> The text is written back by {@link HtmlWriter}, not by the library's renderer: that one writes
 * every character outside ASCII's safe set as a numeric entity ({@code +} as {@code &#43;}, an emoji as
 * {@code &#x1f600;}), so a description would not read back as it was sent and would grow past its limit (8,000 emoji
 * becoming 80,000 characters). {@link HtmlWriter} escapes only what HTML requires, so text within the subset comes
 * back as it was sent, and sanitizing is idempotent: a description read and sent back is unchanged.
 */
final class RichText {

    static final String ELEMENTS_DOC = "p, div, br, h1-h6, blockquote, ul, ol, li, b, strong, i, em, u, s, strike, "
            + "del, ins, sub, sup, small, code, span, a";
    static final String STYLES_DOC =
            "color, background-color, font-size, font-style, font-weight, text-align, " + "text-decoration";

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "div",
                    "br",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "s",
                    "strike",
                    "del",
                    "ins",
                    "sub",
                    "sup",
                    "small",
                    "code",
                    "span",
                    "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .allowStyling(CssSchema.withProperties(List.of(
                    "color",
                    "background-color",
                    "font-size",
                    "font-style",
                    "font-weight",
                    "text-align",
                    "text-decoration")))
            .toFactory();

    private RichText() {}

    /** {@code html} brought to the allowed subset; text with no {@code < > &} and no control character is itself. */
    static String sanitize(String html) {
        if (isPlainText(html)) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        HtmlSanitizer.sanitize(html, POLICY.apply(new HtmlWriter(out)));
        return out.toString();
    }

    private static boolean isPlainText(String text) {
        return text.codePoints().allMatch(c -> c != '<' && c != '>' && c != '&' && HtmlWriter.isAllowed(c));
    }

    /**
     * Writes the events the policy let through as HTML, escaping only what HTML requires ({@code & < >} in text,
     * {@code & < > "} in attribute values, every value double-quoted), and leaving out the characters HTML text may
     * not hold (control characters other than tab and line breaks, unpaired surrogates). Element and attribute names
     * come from the policy's allow-lists, lower case.
     */
    private static final class HtmlWriter implements HtmlStreamEventReceiver {

        private static final Set<String> VOID_ELEMENTS = Set.of("br");

        private final StringBuilder out;

        HtmlWriter(StringBuilder out) {
            this.out = out;
        }

        /** Whether HTML text may hold code point {@code c}: not a control character but tab and line breaks, not an unpaired surrogate. */
        static boolean isAllowed(int c) {
            if (c < 0x20) {
                return c == '\t' || c == '\n' || c == '\r';
            }
            return c != 0x7f && (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE);
        }

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String elementName, List<String> attrs) {
            out.append('<').append(elementName);
            for (int i = 0; i + 1 < attrs.size(); i += 2) {
                out.append(' ').append(attrs.get(i)).append("=\"");
                escape(attrs.get(i + 1), true);
                out.append('"');
            }
            out.append('>');
        }

        @Override
        public void closeTag(String elementName) {
            if (!VOID_ELEMENTS.contains(elementName)) {
                out.append("</").append(elementName).append('>');
            }
        }

        @Override
        public void text(String text) {
            escape(text, false);
        }

        private void escape(String text, boolean attribute) {
            text.codePoints().forEach(c -> {
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append(attribute ? "&quot;" : "\"");
                    default -> {
                        if (isAllowed(c)) {
                            out.appendCodePoint(c);
                        }
                    }
                }
            });
        }
    }
}
