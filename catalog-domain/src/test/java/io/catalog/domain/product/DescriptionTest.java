package io.catalog.domain.product;

import static io.catalog.domain.shared.CatalogAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.domain.shared.ErrorCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Descriptions are rich text of the subset {@link RichText} allows, sanitized on the way in. */
class DescriptionTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void theAllowedSubsetIsKeptAsSent() {
        String html = "<h2>Care</h2><p style=\"color:red;text-align:center\">Soft <b>cotton</b>, <em>cold</em>"
                + " wash<br>then <a href=\"https://example.com/care?a=1&amp;b=2\">dry</a></p>"
                + "<ul><li><s>old</s> <u>new</u></li></ul><blockquote>q</blockquote>";

        assertThat(Description.of(html).value()).isEqualTo(html);
    }

    @Test
    void scriptsHandlersAndOtherSchemesAreRemoved() {
        assertThat(Description.of("<p>Hi<script>alert(1)</script></p>").value()).isEqualTo("<p>Hi</p>");
        assertThat(Description.of("<img src=x onerror=alert(1)>ok").value()).isEqualTo("ok");
        assertThat(Description.of("<p onclick=\"alert(1)\" class=\"x\">p</p>").value())
                .isEqualTo("<p>p</p>");
        assertThat(Description.of("<a href=\"javascript:alert(1)\">j</a>").value())
                .isEqualTo("j");
        assertThat(Description.of("<style>p{}</style><iframe src=\"https://e.com\"></iframe>t")
                        .value())
                .isEqualTo("t");
        assertThat(Description.of("<span style=\"position:fixed;color:blue\">s</span>")
                        .value())
                .isEqualTo("<span style=\"color:blue\">s</span>");
        assertThat(Description.of("<table><tr><td>cell</td></tr></table>").value())
                .isEqualTo("cell");
    }

    @Test
    void tagsAreBalanced() {
        assertThat(Description.of("<p><b>bold").value()).isEqualTo("<p><b>bold</b></p>");
        assertThat(Description.of("a</p>b").value()).isEqualTo("ab");
    }

    @Test
    void plainTextComesBackAsSentWithOnlyWhatHtmlRequiresEscaped() {
        assertThat(Description.of("nice summer t-shirt").value()).isEqualTo("nice summer t-shirt");
        assertThat(Description.of("100% cotton, size=M + \"slim\" fit @ 20\u20ac " + EMOJI + " caf\u00e9")
                        .value())
                .isEqualTo("100% cotton, size=M + \"slim\" fit @ 20\u20ac " + EMOJI + " caf\u00e9");
        assertThat(Description.of("1 < 2 & 3 > 2").value()).isEqualTo("1 &lt; 2 &amp; 3 &gt; 2");
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesAreDropped() {
        assertThat(Description.of("a\u0000b\u0007c\td\ne\uD800f").value()).isEqualTo("abc\td\nef");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "plain",
                "<p>Soft <b>cotton</b></p>",
                "1 < 2 & \"3\"",
                "<a href='https://e.com/?q=\"x\"&b=2'>x</a>",
                "<p><i>open",
                "<script>x</script>y",
                "a\u0000b"
            })
    void sanitizingIsIdempotentSoAnAnswerSentBackIsUnchanged(String sent) {
        Description once = Description.of(sent);

        assertThat(Description.of(once.value())).isEqualTo(once);
    }

    @Test
    void theLimitCountsCodePointsOfTheStoredText() {
        assertThat(Description.of(EMOJI.repeat(Description.MAX_LENGTH)).value()).hasSize(2 * Description.MAX_LENGTH);
        assertInvalid(
                        () -> Description.of(EMOJI.repeat(Description.MAX_LENGTH + 1)),
                        "description",
                        ErrorCodes.TOO_LONG)
                .hasMessage("description must be at most 8000 characters (was 8001)");
        assertThat(Description.of("<script>" + "x".repeat(9000) + "</script>ok").value())
                .isEqualTo("ok");
        assertInvalid(() -> Description.of("<".repeat(2001)), "description", ErrorCodes.TOO_LONG)
                .hasMessage("description must be at most 8000 characters (was 8004)");
    }

    @Test
    void aStoredDescriptionIsTakenBackAsItIs() {
        Description sent = Description.of("<p>a &amp; b</p>");

        assertThat(Description.stored(sent.value())).isEqualTo(sent);
        assertThat(Description.stored("")).isEqualTo(Description.EMPTY);
    }
}
