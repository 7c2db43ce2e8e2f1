package io.catalog.web.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The Categories API ({@code /stores/v3/categories}) under attack: names, slugs, images and parents of the wrong
 * form, type or size; a category under itself; item references that are no products of the store, too many of them,
 * of another app; placements of the wrong kind; cursors that are not the API's; writes with a read token or another
 * store's category. Each is refused with a 4xx and nothing changes.
 */
final class V3CategoryCases implements HostileCases {

    private static final String APP = "215238eb-22a5-4c36-9e7b-e7c08025e04e";

    @Override
    public List<HostileRequest> requests(HostileStore store) {
        String categories = "/stores/v3/categories";
        String category = categories + "/" + store.collectionId();
        String modify = store.modifyToken();
        List<HostileRequest> requests = new ArrayList<>();
        List<String[]> cases = new ArrayList<>();
        cases.add(new String[] {"no name", "\"visible\": true", "REQUIRED"});
        cases.add(new String[] {"a name of 81 characters", "\"name\": \"" + "n".repeat(81) + "\"", "TOO_LONG"});
        cases.add(new String[] {"a name that is a number", "\"name\": 7", "INVALID_TYPE"});
        cases.add(new String[] {"a slug of ../x", "\"name\": \"A\", \"slug\": \"../x\"", "INVALID_FORMAT"});
        cases.add(new String[] {"visible of \"yes\"", "\"name\": \"A\", \"visible\": \"yes\"", "INVALID_TYPE"});
        for (String bad :
                List.of("javascript:alert(1)", "ftp://x.example/a", "//x.example/a", "data:image/png;base64,AA")) {
            cases.add(new String[] {
                "an image of " + bad, "\"name\": \"A\", \"image\": {\"url\": \"" + bad + "\"}", "INVALID_FORMAT"
            });
        }
        cases.add(new String[] {
            "an image URL of 3,000 characters",
            "\"name\": \"A\", \"image\": {\"url\": \"https://x.example/" + "a".repeat(3_000) + "\"}",
            "TOO_LONG"
        });
        cases.add(
                new String[] {"an image that is a string", "\"name\": \"A\", \"image\": \"https://x/a\"", "INVALID_TYPE"
                });
        for (String bad : List.of("../x", "", "1 OR 1=1", UUID.randomUUID() + "0")) {
            cases.add(new String[] {
                "a parent of \"" + bad + "\"",
                "\"name\": \"A\", \"parentCategory\": {\"id\": \"" + bad + "\"}",
                "INVALID_ID"
            });
        }
        cases.add(new String[] {
            "a parent that is no category",
            "\"name\": \"A\", \"parentCategory\": {\"id\": \"" + UUID.randomUUID() + "\"}",
            "UNKNOWN_CATEGORY"
        });
        cases.add(new String[] {
            "All Products as parent",
            "\"name\": \"A\", \"parentCategory\": {\"id\": \"00000000-000000-000000-000000000001\"}",
            "NOT_ALLOWED"
        });
        cases.add(new String[] {"a colour", "\"name\": \"A\", \"colour\": 3", "UNSUPPORTED_FIELD"});
        for (String[] c : cases) {
            requests.add(HostileRequest.post("a category with " + c[0], categories)
                    .bearer(modify)
                    .json("{\"category\": {" + c[1] + "}}")
                    .expect(400, c[2]));
        }
        requests.add(HostileRequest.patch("a category under itself", category)
                .bearer(modify)
                .json("{\"category\": {\"revision\": \"1\", \"parentCategory\": {\"id\": \"" + store.collectionId()
                        + "\"}}}")
                .expect(409, "CATEGORY_CYCLE"));
        requests.add(HostileRequest.patch("a category update without revision", category)
                .bearer(modify)
                .json("{\"category\": {\"name\": \"B\"}}")
                .expect(400, "REQUIRED"));
        requests.add(HostileRequest.post("a category written with a read token", categories)
                .bearer(store.readToken())
                .json("{\"category\": {\"name\": \"A\"}}")
                .expect(403, "FORBIDDEN"));
        requests.add(HostileRequest.delete("another store's category", category)
                .bearer(store.otherToken())
                .expect(404, "COLLECTION_NOT_FOUND"));
        requests.add(HostileRequest.get("a category id of ..%2F", categories + "/..%2Fx")
                .bearer(modify)
                .expect(400));

        String add = "/stores/v3/bulk/categories/" + store.collectionId() + "/add-items";
        requests.add(HostileRequest.post("1,001 items", add)
                .bearer(modify)
                .json(Collections.nCopies(1_001, "{\"catalogItemId\": \"" + store.productId() + "\"}").stream()
                        .collect(Collectors.joining(", ", "{\"items\": [", "]}")))
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("an item of another app", add)
                .bearer(modify)
                .json("{\"items\": [{\"catalogItemId\": \"" + store.productId() + "\", \"appId\": \"x\"}]}")
                .expect(400, "NOT_ALLOWED"));
        requests.add(HostileRequest.post("an item that is no product of the store", add)
                .bearer(modify)
                .json("{\"items\": [{\"catalogItemId\": \"" + UUID.randomUUID() + "\", \"appId\": \"" + APP + "\"}]}")
                .expect(400, "UNKNOWN_PRODUCT"));
        requests.add(HostileRequest.post("items that are strings", add)
                .bearer(modify)
                .json("{\"items\": [\"" + store.productId() + "\"]}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("an item without id", add)
                .bearer(modify)
                .json("{\"items\": [{\"appId\": \"" + APP + "\"}]}")
                .expect(400, "REQUIRED"));

        String move = category + "/move-item";
        String item = "{\"catalogItemId\": \"" + store.productId() + "\"}";
        requests.add(HostileRequest.post("a move without position", move)
                .bearer(modify)
                .json("{\"item\": " + item + "}")
                .expect(400, "REQUIRED"));
        requests.add(HostileRequest.post("a move BEFORE nothing", move)
                .bearer(modify)
                .json("{\"item\": " + item + ", \"position\": \"BEFORE\"}")
                .expect(400, "REQUIRED"));
        requests.add(HostileRequest.post("a move to position 3", move)
                .bearer(modify)
                .json("{\"item\": " + item + ", \"position\": 3}")
                .expect(400, "INVALID_TYPE"));
        requests.add(HostileRequest.post("a move before a product not in the category", move)
                .bearer(modify)
                .json("{\"item\": " + item + ", \"position\": \"BEFORE\", \"beforeItem\": {\"catalogItemId\": \""
                        + store.hiddenProductId() + "\"}}")
                .expect(409, "ITEM_NOT_IN_CATEGORY"));
        requests.add(HostileRequest.post("a move of another store's product", move)
                .bearer(modify)
                .json("{\"item\": {\"catalogItemId\": \"" + UUID.randomUUID() + "\"}, \"position\": \"FIRST\"}")
                .expect(404, "PRODUCT_NOT_FOUND"));

        String list = category + "/list-items";
        for (String bad : List.of("x.y", "", store.v3Cursor(), store.otherV3Cursor())) {
            if (bad.isEmpty()) {
                continue;
            }
            requests.add(HostileRequest.post("a list with a cursor not of this list", list)
                    .bearer(modify)
                    .json("{\"cursorPaging\": {\"cursor\": \"" + bad + "\"}}")
                    .expect(400, "INVALID_CURSOR"));
        }
        requests.add(HostileRequest.post("a list of 101 a page", list)
                .bearer(modify)
                .json("{\"cursorPaging\": {\"limit\": 101}}")
                .expect(400, "OUT_OF_RANGE"));
        requests.add(HostileRequest.post("a category query with another query's cursor", categories + "/query")
                .bearer(modify)
                .json("{\"query\": {\"cursorPaging\": {\"cursor\": \"" + store.v3Cursor() + "\"}}}")
                .expect(400, "INVALID_CURSOR"));
        requests.add(HostileRequest.post("a category query on colour", categories + "/query")
                .bearer(modify)
                .json("{\"query\": {\"filter\": {\"colour\": \"red\"}}}")
                .expect(400, "UNKNOWN_FIELD"));
        return requests;
    }
}
