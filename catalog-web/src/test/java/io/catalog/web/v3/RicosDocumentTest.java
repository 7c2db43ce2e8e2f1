package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rich-content document derived from a stored description. */
class RicosDocumentTest {

    private static List<V3ProductDto.Node> nodes(String html) {
        return RicosDocument.of(html).nodes();
    }

    private static String text(V3ProductDto.Node node) {
        return node.nodes().get(0).textData().text();
    }

    @Test
    void plainTextIsOneParagraph() {
        List<V3ProductDto.Node> nodes = nodes("nice summer t-shirt");

        assertThat(nodes).hasSize(1);
        assertThat(nodes.get(0).type()).isEqualTo("PARAGRAPH");
        assertThat(nodes.get(0).id()).isEqualTo("1");
        assertThat(nodes.get(0).nodes().get(0).type()).isEqualTo("TEXT");
        assertThat(text(nodes.get(0))).isEqualTo("nice summer t-shirt");
    }

    @Test
    void blocksBecomeParagraphsAndHeadingsKeepTheirLevel() {
        List<V3ProductDto.Node> nodes =
                nodes("<h2>Care</h2><p>Wash <b>cold</b>,<br>dry flat</p><ul><li>cotton</li><li>linen</li></ul>");

        assertThat(nodes)
                .extracting(V3ProductDto.Node::type)
                .containsExactly("HEADING", "PARAGRAPH", "PARAGRAPH", "PARAGRAPH");
        assertThat(nodes.get(0).headingData().level()).isEqualTo(2);
        assertThat(text(nodes.get(0))).isEqualTo("Care");
        assertThat(text(nodes.get(1))).isEqualTo("Wash cold,\ndry flat");
        assertThat(nodes).extracting(RicosDocumentTest::text).endsWith("cotton", "linen");
        assertThat(nodes).extracting(V3ProductDto.Node::id).containsExactly("1", "2", "3", "4");
    }

    @Test
    void entitiesAreDecodedAndLinksKeepTheirText() {
        List<V3ProductDto.Node> nodes =
                nodes("<p>Fish &amp; chips &lt;3 &#233;&#x00e9; <a href=\"https://x.example\">menu</a></p>");

        assertThat(text(nodes.get(0))).isEqualTo("Fish & chips <3 éé menu");
    }

    @Test
    void emptyAndBlankDescriptionsHaveNoNodes() {
        assertThat(nodes("")).isEmpty();
        assertThat(nodes("<p> </p><div><br></div>")).isEmpty();
    }
}
