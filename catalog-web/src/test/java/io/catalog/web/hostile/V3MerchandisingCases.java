package io.catalog.web.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The merchandising fields of Catalog V3 writes ({@code POST /stores/v3/products}) under attack: extended fields too
 * large, too deep or with too many namespaces; too many ribbons, a ribbon twice, ids that are not the name's; tax
 * group and tag ids that are no GUIDs or too many; SEO data past its bounds; handles of the wrong form; every field of
 * the wrong JSON type. Each is refused with 400 and nothing is created.
 */
final class V3MerchandisingCases implements HostileCases {

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String products = "/stores/v3/products";
        String modify = store.modifyToken();
        List<HostileRequest> requests = new ArrayList<>();
        List<String[]> cases = new ArrayList<>();

        // Extended fields.
        cases.add(new String[] {
            "extended fields of 20 KiB",
            "\"extendedFields\": {\"namespaces\": {\"@x/app\": {\"v\": \"" + "x".repeat(20 * 1024) + "\"}}}",
            "TOO_LONG"
        });
        cases.add(new String[] {
            "extended fields nested 12 deep",
            "\"extendedFields\": {\"namespaces\": {\"@x/app\": " + "{\"a\": ".repeat(11) + "1" + "}".repeat(11) + "}}",
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "extended fields nested 70 deep",
            "\"extendedFields\": {\"namespaces\": {\"@x/app\": " + "[".repeat(70) + "]".repeat(70) + "}}",
            "NESTING_TOO_DEEP"
        });
        cases.add(new String[] {
            "extended fields of 11 namespaces",
            IntStream.range(0, 11)
                    .mapToObj(i -> "\"@x/app" + i + "\": {}")
                    .collect(Collectors.joining(", ", "\"extendedFields\": {\"namespaces\": {", "}}")),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "a namespace that is a string", "\"extendedFields\": {\"namespaces\": {\"@x/app\": \"{}\"}}", "INVALID_TYPE"
        });
        cases.add(
                new String[] {"namespaces that are an array", "\"extendedFields\": {\"namespaces\": []}", "INVALID_TYPE"
                });
        cases.add(new String[] {
            "extended fields beside namespaces", "\"extendedFields\": {\"other\": {}}", "UNSUPPORTED_FIELD"
        });

        // Brands and ribbons.
        cases.add(new String[] {
            "5 additional ribbons",
            IntStream.range(0, 5)
                    .mapToObj(i -> "{\"name\": \"R" + i + "\"}")
                    .collect(Collectors.joining(", ", "\"additionalRibbons\": [", "]")),
            "TOO_MANY_RIBBONS"
        });
        cases.add(new String[] {
            "1,000 additional ribbons",
            Collections.nCopies(1_000, "{\"name\": \"R\"}").stream()
                    .collect(Collectors.joining(", ", "\"additionalRibbons\": [", "]")),
            "TOO_MANY_RIBBONS"
        });
        cases.add(new String[] {
            "a ribbon twice",
            "\"additionalRibbons\": [{\"name\": \"Sale\"}, {\"name\": \" SALE \"}]",
            "DUPLICATE_RIBBON"
        });
        cases.add(new String[] {
            "the main ribbon again",
            "\"ribbon\": {\"name\": \"Sale\"}, \"additionalRibbons\": [{\"name\": \"sale\"}]",
            "DUPLICATE_RIBBON"
        });
        cases.add(new String[] {
            "a brand id of another name",
            "\"brand\": {\"name\": \"Acme\", \"id\": \"" + UUID.randomUUID() + "\"}",
            "INVALID_ID"
        });
        cases.add(
                new String[] {"a brand by id alone", "\"brand\": {\"id\": \"" + UUID.randomUUID() + "\"}", "REQUIRED"});
        cases.add(new String[] {"a ribbon id of ../", "\"ribbon\": {\"name\": \"Sale\", \"id\": \"../x\"}", "INVALID_ID"
        });
        cases.add(new String[] {
            "a brand name of 51 characters", "\"brand\": {\"name\": \"" + "b".repeat(51) + "\"}", "TOO_LONG"
        });
        cases.add(new String[] {"a brand name with a bell", "\"brand\": {\"name\": \"a\\u0007b\"}", "INVALID_FORMAT"});
        cases.add(new String[] {"a brand that is a string", "\"brand\": \"Acme\"", "INVALID_TYPE"});
        cases.add(new String[] {"ribbons that are strings", "\"additionalRibbons\": [\"Sale\"]", "INVALID_TYPE"});
        cases.add(new String[] {
            "a ribbon with a colour", "\"ribbon\": {\"name\": \"Sale\", \"color\": \"red\"}", "UNSUPPORTED_FIELD"
        });

        // GUIDs.
        for (String bad :
                List.of("tax-1", "../../etc/passwd", "", UUID.randomUUID() + "0", "{" + UUID.randomUUID() + "}")) {
            cases.add(new String[] {"a tax group of \"" + bad + "\"", "\"taxGroupId\": \"" + bad + "\"", "INVALID_ID"});
            cases.add(new String[] {
                "a private tag id of \"" + bad + "\"",
                "\"tags\": {\"privateTags\": {\"tagIds\": [\"" + bad + "\"]}}",
                "INVALID_ID"
            });
        }
        cases.add(new String[] {
            "101 public tag ids",
            IntStream.range(0, 101)
                    .mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                    .collect(Collectors.joining(", ", "\"tags\": {\"publicTags\": {\"tagIds\": [", "]}}")),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {"a tax group that is a number", "\"taxGroupId\": 7", "INVALID_TYPE"});
        cases.add(new String[] {
            "tag ids that are numbers", "\"tags\": {\"publicTags\": {\"tagIds\": [1]}}", "INVALID_TYPE"
        });

        // SEO data.
        cases.add(new String[] {
            "an SEO tag of type style", "\"seoData\": {\"tags\": [{\"type\": \"style\"}]}", "UNKNOWN_ENUM_VALUE"
        });
        cases.add(
                new String[] {"an SEO tag without type", "\"seoData\": {\"tags\": [{\"children\": \"x\"}]}", "REQUIRED"
                });
        cases.add(new String[] {
            "31 SEO tags",
            Collections.nCopies(31, "{\"type\": \"meta\"}").stream()
                    .collect(Collectors.joining(", ", "\"seoData\": {\"tags\": [", "]}")),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "an SEO prop of 5,000 characters",
            "\"seoData\": {\"tags\": [{\"type\": \"meta\", \"props\": {\"content\": \"" + "c".repeat(5_000) + "\"}}]}",
            "TOO_LONG"
        });
        cases.add(new String[] {
            "an SEO prop that is a number",
            "\"seoData\": {\"tags\": [{\"type\": \"meta\", \"props\": {\"h\": 3}}]}",
            "INVALID_TYPE"
        });
        cases.add(new String[] {
            "two main keywords",
            "\"seoData\": {\"settings\": {\"keywords\": [{\"term\": \"a\", \"isMain\": true},"
                    + " {\"term\": \"b\", \"isMain\": true}]}}",
            "NOT_ALLOWED"
        });
        cases.add(new String[] {
            "SEO meta nested 7 deep",
            "\"seoData\": {\"tags\": [{\"type\": \"meta\", \"meta\": " + "{\"a\": ".repeat(7) + "1" + "}".repeat(7)
                    + "}]}",
            "OUT_OF_RANGE"
        });

        // Handles and the rest.
        for (String bad : List.of("my mug", "../mug", "-mug", "mug/../x", "\\u00e9t\\u00e9", "%2e%2e")) {
            cases.add(new String[] {"a handle of \"" + bad + "\"", "\"handle\": \"" + bad + "\"", "INVALID_FORMAT"});
        }
        cases.add(new String[] {"a handle of 101 characters", "\"handle\": \"" + "h".repeat(101) + "\"", "TOO_LONG"});
        cases.add(new String[] {"an empty handle", "\"handle\": \"\"", "REQUIRED"});
        cases.add(new String[] {"a handle that is a number", "\"handle\": 12", "INVALID_TYPE"});
        cases.add(new String[] {"visibleInPos of \"yes\"", "\"visibleInPos\": \"yes\"", "INVALID_TYPE"});

        for (String[] c : cases) {
            requests.add(HostileRequest.post("a V3 product with " + c[0], products)
                    .bearer(modify)
                    .json("{\"product\": {\"name\": \"Hostile\", " + c[1] + "}}")
                    .expect(400, c[2]));
        }
        requests.add(HostileRequest.post("merchandising written with a read token", products)
                .bearer(store.readToken())
                .json("{\"product\": {\"name\": \"Hostile\", \"ribbon\": {\"name\": \"Sale\"}}}")
                .expect(403));
        return requests;
    }
}
