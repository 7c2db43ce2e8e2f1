package io.catalog.web.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Product modifiers under attack, in both dialects: Catalog V3's {@code modifiers} ({@code POST /stores/v3/products})
 * and v1's {@code customTextFields} ({@code POST /stores/v1/products}, {@code PATCH} of the store's product): too many
 * modifiers or choices (also thousands), names twice, too long or with control characters, unknown render types,
 * settings of the other type, character bounds out of range, colour codes that are none, negative or huge added
 * prices, ids that are no GUIDs, media on choices, and every field of the wrong JSON type. Each is refused with 400
 * and nothing is written.
 */
final class V3ModifierCases implements HostileCases {

    private static final String FREE_TEXT = "{\"name\": \"%s\", \"modifierRenderType\": \"FREE_TEXT\"}";

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String modify = store.modifyToken();
        List<HostileRequest> requests = new ArrayList<>();
        List<String[]> v3 = new ArrayList<>();

        v3.add(new String[] {
            "7 modifiers",
            IntStream.range(0, 7)
                    .mapToObj(i -> FREE_TEXT.formatted("M" + i))
                    .collect(Collectors.joining(", ", "[", "]")),
            "TOO_MANY_MODIFIERS"
        });
        v3.add(new String[] {
            "10,000 modifiers",
            Collections.nCopies(10_000, "{}").stream().collect(Collectors.joining(",", "[", "]")),
            "TOO_MANY_MODIFIERS"
        });
        v3.add(new String[] {
            "31 choices",
            IntStream.range(0, 31)
                    .mapToObj(j -> "{\"name\": \"C" + j + "\"}")
                    .collect(Collectors.joining(
                            ", ", "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [", "]}}]")),
            "TOO_MANY_CHOICES"
        });
        v3.add(new String[] {
            "5,000 choices",
            Collections.nCopies(5_000, "{\"name\": \"C\"}").stream()
                    .collect(Collectors.joining(
                            ",", "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [", "]}}]")),
            "TOO_MANY_CHOICES"
        });
        v3.add(new String[] {
            "a modifier name twice",
            "[" + FREE_TEXT.formatted("Note") + ", " + FREE_TEXT.formatted(" NOTE ") + "]",
            "DUPLICATE_MODIFIER_NAME"
        });
        v3.add(new String[] {
            "a choice name twice",
            "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [{\"name\": \"Yes\"}, {\"name\": \"yes\"}]}}]",
            "DUPLICATE_CHOICE_VALUE"
        });
        v3.add(new String[] {"a modifier without a name", "[{\"modifierRenderType\": \"FREE_TEXT\"}]", "REQUIRED"});
        v3.add(new String[] {"a name of 51 characters", "[" + FREE_TEXT.formatted("n".repeat(51)) + "]", "TOO_LONG"});
        v3.add(new String[] {"a name with a bell", "[" + FREE_TEXT.formatted("a\\u0007b") + "]", "INVALID_FORMAT"});
        v3.add(new String[] {
            "a render type of DROPDOWN",
            "[{\"name\": \"A\", \"modifierRenderType\": \"DROPDOWN\"}]",
            "UNKNOWN_ENUM_VALUE"
        });
        v3.add(new String[] {
            "a choices modifier without choices",
            "[{\"name\": \"Wrap\", \"modifierRenderType\": \"TEXT_CHOICES\"}]",
            "REQUIRED"
        });
        v3.add(new String[] {
            "free-text settings on choices",
            "[{\"name\": \"Wrap\", \"modifierRenderType\": \"TEXT_CHOICES\", \"freeTextSettings\": {},"
                    + " \"choicesSettings\": {\"choices\": [{\"name\": \"Yes\"}]}}]",
            "NOT_ALLOWED"
        });
        v3.add(new String[] {
            "choices on a free text",
            "[{\"name\": \"Note\", \"modifierRenderType\": \"FREE_TEXT\","
                    + " \"choicesSettings\": {\"choices\": [{\"name\": \"Yes\"}]}}]",
            "NOT_ALLOWED"
        });
        for (String[] bound : List.of(
                new String[] {"maxCharCount", "0"},
                new String[] {"maxCharCount", "501"},
                new String[] {"maxCharCount", "2147483647"},
                new String[] {"minCharCount", "-1"})) {
            v3.add(new String[] {
                bound[0] + " of " + bound[1],
                "[{\"name\": \"Note\", \"freeTextSettings\": {\"" + bound[0] + "\": " + bound[1] + "}}]",
                "OUT_OF_RANGE"
            });
        }
        v3.add(new String[] {
            "a minimum above the maximum",
            "[{\"name\": \"Note\", \"freeTextSettings\": {\"minCharCount\": 10, \"maxCharCount\": 5}}]",
            "OUT_OF_RANGE"
        });
        v3.add(new String[] {
            "maxCharCount of 1e12",
            "[{\"name\": \"Note\", \"freeTextSettings\": {\"maxCharCount\": 1e12}}]",
            "INVALID_TYPE"
        });
        v3.add(new String[] {
            "a title of 101 characters",
            "[{\"name\": \"Note\", \"freeTextSettings\": {\"title\": \"" + "t".repeat(101) + "\"}}]",
            "TOO_LONG"
        });
        for (String price : List.of("\"-0.01\"", "-5", "\"1000000000\"", "1e400")) {
            v3.add(new String[] {
                "an added price of " + price,
                "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [{\"name\": \"Yes\", \"addedPrice\": " + price
                        + "}]}}]",
                price.equals("1e400") ? "NUMBER_OUT_OF_RANGE" : "OUT_OF_RANGE"
            });
        }
        v3.add(new String[] {
            "a default added price of \"abc\"",
            "[{\"name\": \"Note\", \"freeTextSettings\": {\"defaultAddedPrice\": \"abc\"}}]",
            "INVALID_TYPE"
        });
        v3.add(new String[] {
            "an added price of \"1e999999999\"",
            "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [{\"name\": \"Y\","
                    + " \"addedPrice\": \"1e999999999\"}]}}]",
            "NUMBER_OUT_OF_RANGE"
        });
        for (String colour : List.of("red", "#12345", "#GGGGGG", "javascript:alert(1)", "")) {
            v3.add(new String[] {
                "a swatch colour of \"" + colour + "\"",
                "[{\"name\": \"Ribbon\", \"modifierRenderType\": \"SWATCH_CHOICES\","
                        + " \"choicesSettings\": {\"choices\": [{\"name\": \"Gold\", \"colorCode\": \"" + colour
                        + "\"}]}}]",
                "INVALID_FORMAT"
            });
        }
        v3.add(new String[] {
            "a swatch without a colour",
            "[{\"name\": \"Ribbon\", \"modifierRenderType\": \"SWATCH_CHOICES\","
                    + " \"choicesSettings\": {\"choices\": [{\"name\": \"Gold\"}]}}]",
            "REQUIRED"
        });
        v3.add(new String[] {
            "a colour on a text choice",
            "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [{\"name\": \"Y\", \"colorCode\": \"#fff\"}]}}]",
            "NOT_ALLOWED"
        });
        v3.add(new String[] {
            "a choice type of ONE_COLOR on a text choice",
            "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [{\"name\": \"Y\", \"choiceType\": \"ONE_COLOR\"}]}}]",
            "NOT_ALLOWED"
        });
        for (String id : List.of("42", "../../etc/passwd", "{0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11}", "")) {
            v3.add(new String[] {
                "a modifier id of \"" + id + "\"",
                "[{\"id\": \"" + id + "\", \"name\": \"Note\", \"modifierRenderType\": \"FREE_TEXT\"}]",
                "INVALID_ID"
            });
            v3.add(new String[] {
                "a choice id of \"" + id + "\"",
                "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [{\"choiceId\": \"" + id
                        + "\", \"name\": \"Y\"}]}}]",
                "INVALID_ID"
            });
        }
        v3.add(new String[] {
            "a modifier id twice",
            "[{\"id\": \"0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11\", \"name\": \"A\", \"modifierRenderType\": \"FREE_TEXT\"},"
                    + " {\"id\": \"0F6C1A8E-5D0B-4C55-9D3C-0C1B7D2F8A11\", \"name\": \"B\","
                    + " \"modifierRenderType\": \"FREE_TEXT\"}]",
            "INVALID_ID"
        });
        v3.add(new String[] {
            "media on a choice",
            "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": [{\"name\": \"Y\","
                    + " \"linkedMedia\": [{\"url\": \"https://example.com/a.jpg\"}]}]}}]",
            "UNSUPPORTED_FIELD"
        });
        v3.add(new String[] {"a modifier of another field", "[{\"name\": \"A\", \"price\": 3}]", "UNSUPPORTED_FIELD"});
        v3.add(new String[] {"modifiers that are an object", "{\"name\": \"A\"}", "INVALID_TYPE"});
        v3.add(new String[] {"modifiers that are strings", "[\"Engraving\"]", "INVALID_TYPE"});
        v3.add(new String[] {"mandatory of \"yes\"", "[{\"name\": \"A\", \"mandatory\": \"yes\"}]", "INVALID_TYPE"});
        v3.add(new String[] {
            "choices that are an object",
            "[{\"name\": \"Wrap\", \"choicesSettings\": {\"choices\": {\"name\": \"Y\"}}}]",
            "INVALID_TYPE"
        });
        for (String[] c : v3) {
            requests.add(HostileRequest.post("a V3 product with " + c[0], "/stores/v3/products")
                    .bearer(modify)
                    .json("{\"product\": {\"name\": \"Hostile\", \"modifiers\": " + c[1] + "}}")
                    .expect(400, c[2]));
        }

        List<String[]> v1 = new ArrayList<>();
        v1.add(new String[] {
            "7 custom text fields",
            IntStream.range(0, 7)
                    .mapToObj(i -> "{\"title\": \"T" + i + "\"}")
                    .collect(Collectors.joining(", ", "[", "]")),
            "TOO_MANY_MODIFIERS"
        });
        v1.add(new String[] {
            "10,000 custom text fields",
            Collections.nCopies(10_000, "{\"title\": \"T\"}").stream().collect(Collectors.joining(",", "[", "]")),
            "TOO_MANY_MODIFIERS"
        });
        v1.add(new String[] {
            "a title twice", "[{\"title\": \"Note\"}, {\"title\": \"note\"}]", "DUPLICATE_MODIFIER_NAME"
        });
        v1.add(new String[] {"a field without a title", "[{\"maxLength\": 5}]", "REQUIRED"});
        v1.add(new String[] {"a title of 51 characters", "[{\"title\": \"" + "t".repeat(51) + "\"}]", "TOO_LONG"});
        v1.add(new String[] {"a title with a newline", "[{\"title\": \"a\\nb\"}]", "INVALID_FORMAT"});
        v1.add(new String[] {"a maxLength of 0", "[{\"title\": \"T\", \"maxLength\": 0}]", "OUT_OF_RANGE"});
        v1.add(new String[] {"a maxLength of 501", "[{\"title\": \"T\", \"maxLength\": 501}]", "OUT_OF_RANGE"});
        v1.add(new String[] {"a maxLength of \"10\"", "[{\"title\": \"T\", \"maxLength\": \"10\"}]", "INVALID_TYPE"});
        v1.add(new String[] {"a maxLength of 2.5", "[{\"title\": \"T\", \"maxLength\": 2.5}]", "INVALID_TYPE"});
        v1.add(new String[] {"a title that is a number", "[{\"title\": 5}]", "INVALID_TYPE"});
        v1.add(new String[] {"mandatory of 1", "[{\"title\": \"T\", \"mandatory\": 1}]", "INVALID_TYPE"});
        v1.add(new String[] {"custom text fields that are an object", "{\"title\": \"T\"}", "INVALID_TYPE"});
        for (String[] c : v1) {
            requests.add(HostileRequest.post("a v1 product with " + c[0], "/stores/v1/products")
                    .bearer(modify)
                    .json("{\"product\": {\"name\": \"Hostile\", \"customTextFields\": " + c[1] + "}}")
                    .expect(400, c[2]));
            requests.add(HostileRequest.patch("a v1 update with " + c[0], "/stores/v1/products/" + store.productId())
                    .bearer(modify)
                    .json("{\"product\": {\"customTextFields\": " + c[1] + "}}")
                    .expect(400, c[2]));
        }
        requests.add(HostileRequest.post("modifiers written with a read token", "/stores/v3/products")
                .bearer(store.readToken())
                .json("{\"product\": {\"name\": \"Hostile\", \"modifiers\": [" + FREE_TEXT.formatted("A") + "]}}")
                .expect(403));
        return requests;
    }
}
