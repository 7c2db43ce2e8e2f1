package io.catalog.web.products;

import static io.catalog.web.support.ApiChecks.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.web.support.Api;
import io.catalog.web.support.ApiChecks;
import io.catalog.web.support.CatalogIT;
import io.catalog.web.support.ProductBody;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The media endpoints of seed 002 (Add / Remove Product Media, Add / Remove Product Media To / From Choices),
 * replayed with the seed's examples, with the 15-item limit, the one-option rule and media in product answers.
 */
class ProductMediaIT extends CatalogIT {

    static final String BASE = "https://static.wixstatic.com/media/";

    /** The seed's Add Product Media body. */
    static final String SEED_ADD = """
            {
             "media": [
             {
             "mediaId": "9cc22d8b8d5244aba9ed73fb1783fc26.jpg"
             },
             {
             "url": "https://your-site-url/image.jpeg",
             "choice": {
             "option": "Color",
             "choice": "Blue"
             }
             },
             {
             "mediaId": "11062b_382eeb350464462c8f9150e4d3e40f2b"
             }
             ]
             }""";

    /** The seed's Add Product Media To Choices body (flat, sent with POST in the seed). */
    static final String SEED_LINK = """
            {
             "option": "Color",
             "choice": "blue",
             "mediaIds": [
             "9cc22d8b8d5244aba9ed73fb1783fc26.jpg",
             "11062b_382eeb350464462c8f9150e4d3e40f2b"
             ]
             }""";

    /** A shirt of managed variants: Color Blue, Green and Size S, L. */
    static final String PRODUCT = ProductBody.named("Shirt")
            .productType("physical")
            .price(10)
            .manageVariants()
            .option("Color", "Blue", "Green")
            .option("Size", "S", "L")
            .json();

    private static String productWithOptions(Api store) {
        return ApiChecks.createProduct(store, PRODUCT).getString("id");
    }

    private static JsonObject product(Api store, String id) {
        Api.Response response = store.get("/stores/v1/products/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json()).isEmpty();
    }

    private static List<String> ids(JsonObject media) {
        return media.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("id"))
                .toList();
    }

    private static JsonObject choice(JsonObject product, int option, int choice) {
        return product.getJsonArray("productOptions")
                .getJsonObject(option)
                .getJsonArray("choices")
                .getJsonObject(choice);
    }

    private static String add(int count, int from) {
        return IntStream.range(from, from + count)
                .mapToObj(i -> "{\"mediaId\": \"m" + i + ".jpg\"}")
                .collect(Collectors.joining(",", "{\"media\": [", "]}"));
    }

    @Test
    void theSeedsAddExampleAppendsItemsInOrder() {
        Api store = newStore();
        String id = productWithOptions(store);

        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));

        JsonObject media = product(store, id).getJsonObject("media");
        JsonArray items = media.getJsonArray("items");
        assertThat(items).hasSize(3);
        JsonObject first = items.getJsonObject(0);
        assertThat(first.getString("id")).isEqualTo("9cc22d8b8d5244aba9ed73fb1783fc26.jpg");
        assertThat(first.getString("mediaType")).isEqualTo("image");
        assertThat(first.getString("title")).isEmpty();
        assertThat(first.getJsonObject("image").getString("url"))
                .isEqualTo(BASE + "9cc22d8b8d5244aba9ed73fb1783fc26.jpg");
        assertThat(media.getJsonObject("mainMedia")).isEqualTo(first);
        JsonObject byUrl = items.getJsonObject(1);
        assertThat(byUrl.getString("id")).matches("[0-9a-f]{32}");
        assertThat(byUrl.getJsonObject("image").getString("url")).isEqualTo("https://your-site-url/image.jpeg");
        assertThat(items.getJsonObject(2).getString("id")).isEqualTo("11062b_382eeb350464462c8f9150e4d3e40f2b");

        JsonObject blue = choice(product(store, id), 0, 0);
        assertThat(ids(blue.getJsonObject("media"))).containsExactly(byUrl.getString("id"));
        assertThat(blue.getJsonObject("media").getJsonObject("mainMedia").getString("id"))
                .isEqualTo(byUrl.getString("id"));
        assertThat(choice(product(store, id), 0, 1).containsKey("media")).isFalse();
    }

    @Test
    void aProductWithoutMediaHasAnEmptyListAndNoMainMedia() {
        Api store = newStore();
        JsonObject product = ApiChecks.createProduct(store, PRODUCT);

        assertThat(product.getJsonObject("media").getJsonArray("items")).isEmpty();
        assertThat(product.getJsonObject("media").containsKey("mainMedia")).isFalse();
    }

    @Test
    void videosAreRecognisedByExtensionOrGiven() {
        Api store = newStore();
        String id = productWithOptions(store);

        ok(store.post("/stores/v1/products/" + id + "/media", """
                {"media": [{"url": "https://example.com/clip.MP4"}, {"url": "https://example.com/stream",
                 "mediaType": "video"}, {"mediaId": "movie.webm"}]}"""));

        JsonArray items = product(store, id).getJsonObject("media").getJsonArray("items");
        for (JsonObject item : items.getValuesAs(JsonObject.class)) {
            assertThat(item.getString("mediaType")).isEqualTo("video");
            assertThat(item.containsKey("image")).isFalse();
        }
        assertThat(items.getJsonObject(0)
                        .getJsonObject("video")
                        .getJsonArray("files")
                        .getJsonObject(0)
                        .getString("url"))
                .isEqualTo("https://example.com/clip.MP4");
        assertThat(items.getJsonObject(2)
                        .getJsonObject("video")
                        .getJsonArray("files")
                        .getJsonObject(0)
                        .getString("url"))
                .isEqualTo(BASE + "movie.webm");
    }

    @Test
    void atMostFifteenItemsAndACallThatWouldExceedItAddsNothing() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", add(14, 0)));

        assertError(store.post("/stores/v1/products/" + id + "/media", add(2, 14)), 409, "TOO_MANY_MEDIA", "media");
        assertThat(product(store, id).getJsonObject("media").getJsonArray("items"))
                .hasSize(14);

        ok(store.post("/stores/v1/products/" + id + "/media", add(1, 14)));
        assertThat(product(store, id).getJsonObject("media").getJsonArray("items"))
                .hasSize(15);
        assertError(store.post("/stores/v1/products/" + id + "/media", add(1, 15)), 409, "TOO_MANY_MEDIA", "media");

        String other = productWithOptions(store);
        // Sixteen items in one call break the limit by themselves, whatever the product has: invalid, not a conflict.
        assertError(store.post("/stores/v1/products/" + other + "/media", add(16, 0)), 400, "TOO_MANY_MEDIA", "media");
        assertThat(product(store, other).getJsonObject("media").getJsonArray("items"))
                .isEmpty();
    }

    @Test
    void invalidItemsAreRefusedAndNothingIsAdded() {
        Api store = newStore();
        String id = productWithOptions(store);
        String path = "/stores/v1/products/" + id + "/media";

        assertError(
                store.post(path, "{\"media\": [{\"mediaId\": \"a.jpg\"}, {\"url\": \"ftp://example.com/a.jpg\"}]}"),
                400,
                "INVALID_FORMAT",
                "media[1].url");
        assertError(
                store.post(path, "{\"media\": [{\"url\": \"/relative.jpg\"}]}"), 400, "INVALID_FORMAT", "media[0].url");
        assertError(
                store.post(path, "{\"media\": [{\"url\": \"https://example.com/" + "a".repeat(2000) + "\"}]}"),
                400,
                "TOO_LONG",
                "media[0].url");
        assertError(store.post(path, "{\"media\": [{}]}"), 400, "REQUIRED", "media[0].mediaId");
        assertError(
                store.post(path, "{\"media\": [{\"mediaId\": \"a\", \"url\": \"https://e.com/a.jpg\"}]}"),
                400,
                "CONFLICTING_SELECTORS",
                "media[0].url");
        assertError(
                store.post(path, "{\"media\": [{\"mediaId\": \"a\", \"mediaType\": \"audio\"}]}"),
                400,
                "UNKNOWN_ENUM_VALUE",
                "media[0].mediaType");
        assertError(store.post(path, "{}"), 400, "REQUIRED", "media");
        assertError(
                store.post(
                        path,
                        "{\"media\": [{\"mediaId\": \"a\", \"choice\": {\"option\": \"Fit\", "
                                + "\"choice\": \"S\"}}]}"),
                400,
                "UNKNOWN_OPTION",
                "media[0].choice.option");
        assertError(
                store.post(
                        path,
                        "{\"media\": [{\"mediaId\": \"a\", \"choice\": {\"option\": \"Color\", "
                                + "\"choice\": \"Red\"}}]}"),
                400,
                "UNKNOWN_CHOICE",
                "media[0].choice.choice");

        assertThat(product(store, id).getJsonObject("media").getJsonArray("items"))
                .isEmpty();

        ok(store.post(path, "{\"media\": [{\"mediaId\": \"a\"}]}"));
        assertError(
                store.post(path, "{\"media\": [{\"mediaId\": \"a\"}]}"),
                409,
                "MEDIA_ALREADY_ADDED",
                "media[0].mediaId");
        assertError(
                store.post(path, "{\"media\": [{\"mediaId\": \"b\"}, {\"mediaId\": \"b\"}]}"),
                400,
                "MEDIA_ALREADY_ADDED",
                "media[1].mediaId");
        assertThat(product(store, id).getJsonObject("media").getJsonArray("items"))
                .hasSize(1);
    }

    @Test
    void removingListedOrAllMediaAlsoRemovesItFromChoices() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));
        ok(store.patch("/stores/v1/products/" + id + "/choices/media", SEED_LINK));

        assertError(
                store.post(
                        "/stores/v1/products/" + id + "/media/delete",
                        "{\"mediaIds\": [\"9cc22d8b8d5244aba9ed73fb1783fc26.jpg\", \"mediaId2\"]}"),
                400,
                "UNKNOWN_MEDIA",
                "mediaIds[1]");
        assertThat(product(store, id).getJsonObject("media").getJsonArray("items"))
                .hasSize(3);

        ok(store.post(
                "/stores/v1/products/" + id + "/media/delete",
                "{\"mediaIds\": [\"9cc22d8b8d5244aba9ed73fb1783fc26.jpg\"]}"));
        JsonObject product = product(store, id);
        assertThat(ids(product.getJsonObject("media")))
                .hasSize(2)
                .doesNotContain("9cc22d8b8d5244aba9ed73fb1783fc26.jpg");
        assertThat(product.getJsonObject("media").getJsonObject("mainMedia").getString("id"))
                .matches("[0-9a-f]{32}");
        assertThat(ids(choice(product, 0, 0).getJsonObject("media")))
                .doesNotContain("9cc22d8b8d5244aba9ed73fb1783fc26.jpg")
                .hasSize(2);

        ok(store.post("/stores/v1/products/" + id + "/media/delete", "{}"));
        product = product(store, id);
        assertThat(product.getJsonObject("media").getJsonArray("items")).isEmpty();
        assertThat(choice(product, 0, 0).containsKey("media")).isFalse();
    }

    @Test
    void theSeedsLinkExampleWorksWithPatchAndPostAndTheMediaArrayForm() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));

        ok(store.post("/stores/v1/products/" + id + "/choices/media", SEED_LINK));
        assertThat(ids(choice(product(store, id), 0, 0).getJsonObject("media")))
                .hasSize(3)
                .startsWith("9cc22d8b8d5244aba9ed73fb1783fc26.jpg");

        ok(store.patch("/stores/v1/products/" + id + "/choices/media", """
                {"media": [{"option": "Color", "choice": "Green", "mediaIds": ["11062b_382eeb350464462c8f9150e4d3e40f2b"]}]}"""));
        assertThat(ids(choice(product(store, id), 0, 1).getJsonObject("media")))
                .containsExactly("11062b_382eeb350464462c8f9150e4d3e40f2b");
    }

    @Test
    void linkingNamesUnknownOptionsChoicesAndMedia() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));
        String path = "/stores/v1/products/" + id + "/choices/media";

        assertError(
                store.patch(path, "{\"option\": \"Fit\", \"choice\": \"S\", \"mediaIds\": []}"),
                400,
                "UNKNOWN_OPTION",
                "media[0].option");
        assertError(
                store.patch(path, "{\"option\": \"Color\", \"choice\": \"Red\", \"mediaIds\": []}"),
                400,
                "UNKNOWN_CHOICE",
                "media[0].choice");
        assertError(
                store.patch(
                        path,
                        "{\"media\": [{\"option\": \"Color\", \"choice\": \"Blue\", \"mediaIds\": "
                                + "[\"9cc22d8b8d5244aba9ed73fb1783fc26.jpg\", \"nope.jpg\"]}]}"),
                400,
                "UNKNOWN_MEDIA",
                "media[0].mediaIds[1]");
        assertError(store.patch(path, "{}"), 400, "REQUIRED", "media");
        assertThat(choice(product(store, id), 0, 1).containsKey("media")).isFalse();
    }

    @Test
    void mediaCanBeSetOnTheChoicesOfOnlyOneOptionAtATime() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));
        String path = "/stores/v1/products/" + id + "/choices/media";

        Api.Response refused = store.patch(
                path,
                "{\"option\": \"Size\", \"choice\": \"S\", \"mediaIds\": [\"9cc22d8b8d5244aba9ed73fb1783fc26.jpg\"]}");
        assertError(refused, 409, "CHOICE_MEDIA_OTHER_OPTION", "media[0].option");
        assertThat(refused.json().getString("message")).contains("\"Color\"");
        assertError(
                store.post("/stores/v1/products/" + id + "/media", """
                {"media": [{"url": "https://example.com/x.jpg", "choice": {"option": "Size", "choice": "L"}}]}"""),
                409,
                "CHOICE_MEDIA_OTHER_OPTION",
                "media[0].choice.option");

        ok(store.post(path + "/delete", "{}"));
        ok(store.patch(
                path,
                "{\"option\": \"Size\", \"choice\": \"S\", \"mediaIds\": [\"9cc22d8b8d5244aba9ed73fb1783fc26.jpg\"]}"));
        JsonObject product = product(store, id);
        assertThat(choice(product, 0, 0).containsKey("media")).isFalse();
        assertThat(ids(choice(product, 1, 0).getJsonObject("media")))
                .containsExactly("9cc22d8b8d5244aba9ed73fb1783fc26.jpg");
        assertThat(product.getJsonObject("media").getJsonArray("items")).hasSize(3);
    }

    @Test
    void unlinkingRemovesListedOrAllMediaOfAChoiceOrOfAllChoices() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));
        ok(store.patch("/stores/v1/products/" + id + "/choices/media", SEED_LINK));
        ok(
                store.patch(
                        "/stores/v1/products/" + id + "/choices/media",
                        "{\"option\": \"Color\", \"choice\": \"Green\", \"mediaIds\": [\"9cc22d8b8d5244aba9ed73fb1783fc26.jpg\"]}"));
        String path = "/stores/v1/products/" + id + "/choices/media/delete";

        ok(store.post(path, """
                {"option": "Color", "choice": "blue", "mediaIds": ["9cc22d8b8d5244aba9ed73fb1783fc26.jpg"]}"""));
        assertThat(ids(choice(product(store, id), 0, 0).getJsonObject("media")))
                .hasSize(2)
                .doesNotContain("9cc22d8b8d5244aba9ed73fb1783fc26.jpg");

        assertError(
                store.post(path, "{\"option\": \"Color\", \"choice\": \"blue\", \"mediaIds\": [\"zz\"]}"),
                400,
                "UNKNOWN_MEDIA",
                "media[0].mediaIds[0]");

        ok(store.post(path, "{\"media\": [{\"option\": \"Color\", \"choice\": \"Blue\"}]}"));
        JsonObject product = product(store, id);
        assertThat(choice(product, 0, 0).containsKey("media")).isFalse();
        assertThat(ids(choice(product, 0, 1).getJsonObject("media")))
                .containsExactly("9cc22d8b8d5244aba9ed73fb1783fc26.jpg");

        ok(store.post(path, "{}"));
        product = product(store, id);
        assertThat(choice(product, 0, 1).containsKey("media")).isFalse();
        assertThat(product.getJsonObject("media").getJsonArray("items")).hasSize(3);
    }

    @Test
    void availabilityAnswersTheMediaOfTheSelectedChoices() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));
        String path = "/stores/v1/products/" + id + "/productOptionsAvailability";

        Api.Response blue = store.post(path, "{\"options\": {\"Color\": \"Blue\", \"Size\": \"S\"}}");
        assertThat(blue.status()).as(blue.body()).isEqualTo(200);
        JsonObject media = blue.json().getJsonObject("media");
        assertThat(ids(media)).hasSize(1);
        assertThat(media.getJsonObject("mainMedia").getJsonObject("image").getString("url"))
                .isEqualTo("https://your-site-url/image.jpeg");
        assertThat(ids(blue.json()
                        .getJsonArray("productOptions")
                        .getJsonObject(0)
                        .getJsonArray("choices")
                        .getJsonObject(0)
                        .getJsonObject("media")))
                .hasSize(1);

        Api.Response green = store.post(path, "{\"options\": {\"Color\": \"Green\"}}");
        assertThat(green.status()).as(green.body()).isEqualTo(200);
        assertThat(green.json().containsKey("media")).isFalse();
    }

    @Test
    void linksSurviveOptionEditsAndGoWithTheirChoice() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));
        ok(store.patch("/stores/v1/products/" + id + "/choices/media", """
                {"option": "Color", "choice": "Green", "mediaIds": ["11062b_382eeb350464462c8f9150e4d3e40f2b"]}"""));

        Api.Response update = store.patch("/stores/v1/products/" + id, """
                {"product": {"productOptions": [
                  {"name": "Size", "choices": [{"value": "S"}, {"value": "L"}]},
                  {"name": "Color", "choices": [{"value": "Green", "description": "Lime"}]}
                ]}}""");
        assertThat(update.status()).as(update.body()).isEqualTo(200);

        JsonObject product = product(store, id);
        assertThat(ids(choice(product, 1, 0).getJsonObject("media")))
                .containsExactly("11062b_382eeb350464462c8f9150e4d3e40f2b");
        assertThat(product.getJsonObject("media").getJsonArray("items")).hasSize(3);
        ok(store.patch("/stores/v1/products/" + id + "/choices/media", """
                {"option": "Color", "choice": "Green", "mediaIds": ["9cc22d8b8d5244aba9ed73fb1783fc26.jpg"]}"""));
    }

    @Test
    void mediaIsInQueryAnswersAndWritesNeedModifyPermission() {
        Api store = newStore();
        String id = productWithOptions(store);
        ok(store.post("/stores/v1/products/" + id + "/media", SEED_ADD));

        Api.Response query = store.post("/stores/v1/products/query", "{}");
        assertThat(query.status()).as(query.body()).isEqualTo(200);
        JsonObject listed = query.json().getJsonArray("products").getJsonObject(0);
        assertThat(ids(listed.getJsonObject("media"))).hasSize(3);
        assertThat(ids(choice(listed, 0, 0).getJsonObject("media"))).hasSize(1);

        Api reader = store("reader-" + java.util.UUID.randomUUID(), READ);
        assertThat(reader.post("/stores/v1/products/" + id + "/media", SEED_ADD).status())
                .isEqualTo(403);
        assertThat(anonymous()
                        .post("/stores/v1/products/" + id + "/media/delete", "{}")
                        .status())
                .isEqualTo(401);
        assertError(
                store.post("/stores/v1/products/" + java.util.UUID.randomUUID() + "/media", SEED_ADD),
                404,
                "PRODUCT_NOT_FOUND",
                null);
    }
}
