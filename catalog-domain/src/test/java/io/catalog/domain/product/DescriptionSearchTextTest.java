package io.catalog.domain.product;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A description's text as a free-text search reads it ({@link Description#searchText()}). */
class DescriptionSearchTextTest {

    private static String searchText(String sent) {
        return Description.of(sent).searchText();
    }

    @Test
    void markupIsNotText() {
        assertThat(searchText("<p>A <strong>soft</strong> cotton tee</p>")).isEqualTo("a soft cotton tee");
        assertThat(searchText("<p>A <strong>soft</strong> cotton tee</p>")).doesNotContain("strong", "<", ">");
        assertThat(searchText("<a href=\"https://example.com/linen\">see</a> <span style=\"color:red\">red</span>"))
                .isEqualTo("see red");
    }

    @Test
    void inlineTagsKeepTheirTextWithinTheWord() {
        assertThat(searchText("co<b>tt</b>on <em>we</em>ave")).isEqualTo("cotton weave");
    }

    @Test
    void blockTagsPartWords() {
        assertThat(searchText("<p>Ceramic</p><p>stoneware</p>")).isEqualTo("ceramic stoneware");
        assertThat(searchText("one<br>two<div>three</div><h2>four</h2><ul><li>five</li><li>six</li></ul>"
                        + "<blockquote>seven</blockquote><ol><li>eight</li></ol>"))
                .isEqualTo("one two three four five six seven eight");
    }

    @Test
    void entitiesAreTheirCharacters() {
        assertThat(searchText("<p>Ceramic &amp; stoneware</p>")).isEqualTo("ceramic & stoneware");
        assertThat(searchText("1 < 2 & \"3\" > 'x'")).isEqualTo("1 < 2 & \"3\" > 'x'");
        assertThat(Description.stored("a&nbsp;b &#39;c&#39; &quot;d&quot; &lt;e&gt;")
                        .searchText())
                .isEqualTo("a b 'c' \"d\" <e>");
    }

    @Test
    void whiteSpaceIsCollapsedAndTrimmed() {
        assertThat(searchText("  <p> Soft \n\t cotton </p>\n<p></p>  ")).isEqualTo("soft cotton");
    }

    @Test
    void textIsLowerCasedWhateverTheLocale() {
        assertThat(searchText("<h1>CAF\u00c9 TITLE</h1>")).isEqualTo("caf\u00e9 title");
    }

    @Test
    void anEmptyDescriptionHasNoText() {
        assertThat(Description.EMPTY.searchText()).isEmpty();
        assertThat(searchText("<p></p><br>")).isEmpty();
    }
}
