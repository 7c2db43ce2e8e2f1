package io.catalog.web.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A product's details under attack, through Catalog V3 ({@code POST /stores/v3/products}) and v1
 * ({@code additionalInfoSections}): too many media items or info sections, URLs of other schemes or too long, alt
 * texts and titles past their bounds or with control characters, ids listed twice or of the wrong form, a variant's
 * media that is no item of the product, digital files on a physical product or with a path for a name, preorder of the
 * wrong type, every field of the wrong JSON type. Each is refused with 400 and nothing is created.
 */
final class V3DetailsCases implements HostileCases {

    private static String items(String... items) {
        return "\"media\": {\"itemsInfo\": {\"items\": [" + String.join(", ", items) + "]}}";
    }

    private static String variant(String fields) {
        return "\"variantsInfo\": {\"variants\": [{" + fields + "}]}";
    }

    private static String file(String fields) {
        return "\"productType\": \"DIGITAL\", " + variant("\"digitalProperties\": {\"digitalFile\": {" + fields + "}}");
    }

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String products = "/stores/v3/products";
        String modify = store.modifyToken();
        List<String[]> cases = new ArrayList<>();

        // Media.
        cases.add(new String[] {
            "16 media items",
            items(IntStream.range(0, 16)
                    .mapToObj(i -> "{\"url\": \"https://example.com/" + i + ".jpg\"}")
                    .toArray(String[]::new)),
            "TOO_MANY_MEDIA"
        });
        cases.add(new String[] {
            "10,000 media items",
            items(Collections.nCopies(10_000, "{\"url\": \"https://example.com/a.jpg\"}")
                    .toArray(String[]::new)),
            "TOO_MANY_MEDIA"
        });
        cases.add(new String[] {
            "one media id twice",
            items(
                    "{\"id\": \"a.jpg\", \"url\": \"https://e.com/a.jpg\"}",
                    "{\"id\": \"a.jpg\", \"url\": \"https://e.com/b.jpg\"}"),
            "MEDIA_ALREADY_ADDED"
        });
        for (String url : List.of(
                "javascript:alert(1)",
                "data:image/png;base64,AAAA",
                "file:///etc/passwd",
                "//example.com/a.jpg",
                "a.jpg")) {
            cases.add(new String[] {"a media URL of " + url, items("{\"url\": \"" + url + "\"}"), "INVALID_FORMAT"});
        }
        cases.add(new String[] {
            "a media URL of 2,001 characters",
            items("{\"url\": \"https://example.com/" + "a".repeat(1_990) + "\"}"),
            "TOO_LONG"
        });
        cases.add(new String[] {"a media item without url", items("{\"altText\": \"x\"}"), "REQUIRED"});
        cases.add(new String[] {
            "an alt text of 1,001 characters",
            items("{\"url\": \"https://e.com/a.jpg\", \"altText\": \"" + "a".repeat(1_001) + "\"}"),
            "TOO_LONG"
        });
        cases.add(new String[] {
            "an alt text with a control character",
            items("{\"url\": \"https://e.com/a.jpg\", \"altText\": \"a\\u0007b\"}"),
            "INVALID_FORMAT"
        });
        cases.add(new String[] {
            "a display name of 201 characters",
            items("{\"url\": \"https://e.com/a.jpg\", \"displayName\": \"" + "d".repeat(201) + "\"}"),
            "TOO_LONG"
        });
        cases.add(new String[] {
            "a media id with a slash",
            items("{\"id\": \"../a.jpg\", \"url\": \"https://e.com/a.jpg\"}"),
            "INVALID_FORMAT"
        });
        cases.add(new String[] {
            "an upload id with spaces",
            items("{\"url\": \"https://e.com/a.jpg\", \"uploadId\": \"a b\"}"),
            "INVALID_FORMAT"
        });
        cases.add(new String[] {
            "a media type of AUDIO",
            items("{\"url\": \"https://e.com/a\", \"mediaType\": \"AUDIO\"}"),
            "UNKNOWN_ENUM_VALUE"
        });
        cases.add(new String[] {
            "an image and a url that differ",
            items("{\"url\": \"https://e.com/a.jpg\", \"image\": \"https://e.com/b.jpg\"}"),
            "CONFLICTING_SELECTORS"
        });
        cases.add(new String[] {
            "media items that are a string", "\"media\": {\"itemsInfo\": {\"items\": \"a\"}}", "INVALID_TYPE"
        });
        cases.add(new String[] {
            "an alt text that is a number", items("{\"url\": \"https://e.com/a\", \"altText\": 3}"), "INVALID_TYPE"
        });
        cases.add(new String[] {
            "a media item field the catalog does not keep",
            items("{\"url\": \"https://e.com/a\", \"caption\": \"x\"}"),
            "UNSUPPORTED_FIELD"
        });

        // Info sections.
        cases.add(new String[] {
            "11 info sections",
            IntStream.range(0, 11)
                    .mapToObj(i -> "{\"title\": \"T" + i + "\"}")
                    .collect(Collectors.joining(", ", "\"infoSections\": [", "]")),
            "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "an info section without title", "\"infoSections\": [{\"uniqueName\": \"care\"}]", "REQUIRED"
        });
        cases.add(new String[] {
            "an info section title of 101 characters",
            "\"infoSections\": [{\"title\": \"" + "t".repeat(101) + "\"}]",
            "TOO_LONG"
        });
        cases.add(new String[] {
            "an info section description of 9,000 characters",
            "\"infoSections\": [{\"title\": \"T\", \"plainDescription\": \"" + "d".repeat(9_000) + "\"}]",
            "TOO_LONG"
        });
        for (String bad : List.of("a b", "../x", "-x", "\\u00e9t\\u00e9")) {
            cases.add(new String[] {
                "an info section unique name of \"" + bad + "\"",
                "\"infoSections\": [{\"uniqueName\": \"" + bad + "\", \"title\": \"T\"}]",
                "INVALID_FORMAT"
            });
        }
        cases.add(new String[] {
            "one unique name twice",
            "\"infoSections\": [{\"uniqueName\": \"care\", \"title\": \"A\"}, {\"uniqueName\": \"CARE\", \"title\": \"B\"}]",
            "NOT_ALLOWED"
        });
        cases.add(new String[] {
            "an info section id of another store",
            "\"infoSections\": [{\"id\": \"0f6c1a8e-5d0b-4c55-9d3c-0c1b7d2f8a11\", \"title\": \"T\"}]",
            "INVALID_ID"
        });
        cases.add(new String[] {
            "an info section description node of an image",
            "\"infoSections\": [{\"title\": \"T\", \"description\": {\"nodes\": [{\"type\": \"IMAGE\"}]}}]",
            "NOT_ALLOWED"
        });
        cases.add(new String[] {"info sections that are an object", "\"infoSections\": {}", "INVALID_TYPE"});

        // Variants' media, digital files, preorder.
        cases.add(new String[] {
            "a variant's media the product lacks", variant("\"media\": {\"id\": \"none.jpg\"}"), "UNKNOWN_MEDIA"
        });
        cases.add(new String[] {
            "a digital file on a physical product",
            variant("\"digitalProperties\": {\"digitalFile\": {\"id\": \"f.pdf\", \"fileName\": \"f.pdf\"}}"),
            "NOT_ALLOWED"
        });
        cases.add(new String[] {"a digital file without id", file("\"fileName\": \"f.pdf\""), "REQUIRED"});
        cases.add(new String[] {"a digital file without name", file("\"id\": \"f.pdf\""), "REQUIRED"});
        cases.add(new String[] {
            "a digital file named with a path",
            file("\"id\": \"f.pdf\", \"fileName\": \"../../etc/passwd\""),
            "INVALID_FORMAT"
        });
        cases.add(new String[] {
            "a digital file name of 256 characters",
            file("\"id\": \"f.pdf\", \"fileName\": \"" + "f".repeat(256) + "\""),
            "TOO_LONG"
        });
        cases.add(new String[] {
            "a digital file of -1 bytes", file("\"id\": \"f\", \"fileName\": \"f\", \"fileSize\": -1"), "OUT_OF_RANGE"
        });
        cases.add(new String[] {
            "a digital file of 10^30 bytes",
            file("\"id\": \"f\", \"fileName\": \"f\", \"fileSize\": \"1000000000000000000000000000000\""),
            "INVALID_TYPE"
        });
        cases.add(new String[] {
            "a digital file type of EXE",
            file("\"id\": \"f\", \"fileName\": \"f\", \"fileType\": \"EXE\""),
            "UNKNOWN_ENUM_VALUE"
        });
        cases.add(new String[] {
            "preorder of \"yes\"", variant("\"inventoryStatus\": {\"preorderEnabled\": \"yes\"}"), "INVALID_TYPE"
        });
        cases.add(new String[] {
            "a preorder limit the catalog does not keep",
            variant("\"inventoryStatus\": {\"preorderLimit\": 3}"),
            "UNSUPPORTED_FIELD"
        });

        List<HostileRequest> requests = new ArrayList<>();
        for (String[] c : cases) {
            requests.add(HostileRequest.post("a V3 product with " + c[0], products)
                    .bearer(modify)
                    .json("{\"product\": {\"name\": \"Hostile\", " + c[1] + "}}")
                    .expect(400, c[2]));
        }
        String v1 = "/stores/v1/products";
        requests.add(HostileRequest.post("a v1 product with 11 info sections", v1)
                .bearer(modify)
                .json(IntStream.range(0, 11)
                        .mapToObj(i -> "{\"title\": \"T" + i + "\"}")
                        .collect(Collectors.joining(
                                ", ", "{\"product\": {\"name\": \"Hostile\", \"additionalInfoSections\": [", "]}}")))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a v1 info section without title", v1)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"Hostile\", \"additionalInfoSections\": [{\"description\": \"x\"}]}}")
                .expect(400, "REQUIRED"));
        requests.add(HostileRequest.post("a v1 info section title that is an object", v1)
                .bearer(modify)
                .json("{\"product\": {\"name\": \"Hostile\", \"additionalInfoSections\": [{\"title\": {}}]}}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("media written with a read token", products)
                .bearer(store.readToken())
                .json("{\"product\": {\"name\": \"Hostile\", " + items("{\"url\": \"https://e.com/a.jpg\"}") + "}}")
                .expect(403));
        return requests;
    }
}
