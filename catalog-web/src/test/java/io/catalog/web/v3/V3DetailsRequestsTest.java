package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.ProductView;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import io.catalog.domain.store.StoreSettings;
import io.catalog.web.json.JsonInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Catalog V3's media, info sections, digital properties and preorder: read from writes, answered back. */
class V3DetailsRequestsTest {

    private static final StoreId STORE = new StoreId("store-1");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final StoreSettings SETTINGS =
            new StoreSettings(STORE, Currency.getInstance("USD"), "https://www.example.com/");

    private static Jsonb jsonb;

    @BeforeAll
    static void createJsonb() {
        jsonb = JsonbBuilder.create();
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    private static JsonInput json(String body) {
        return JsonInput.body(Json.createReader(new StringReader(body)).readValue());
    }

    /** The product made as the creation use case makes it, its errors named as the resource names them. */
    private static Product created(String product) {
        V3ProductRequests.Fields fields = V3ProductRequests.readCreate(json("{\"product\": " + product + "}"));
        return V3Fields.PRODUCT.callIn("product", () -> {
            CreateProduct command = V3ProductRequests.create(fields);
            Product made = Product.create(
                    ProductId.random(),
                    STORE,
                    1,
                    Slug.fromName(command.product().name().value()),
                    Currency.getInstance("USD"),
                    command.product(),
                    NOW);
            made.writeVariants(command.variants(), NOW);
            made.changeDetails(command.details(), NOW);
            return made;
        });
    }

    private static Product updated(Product product, String body) {
        V3ProductRequests.Fields fields =
                V3ProductRequests.readUpdate(json(body)).fields();
        return V3Fields.PRODUCT.callIn("product", () -> {
            UpdateProduct command = V3ProductRequests.update(fields);
            product.apply(command.patch(), NOW);
            product.writeVariants(command.variants(), NOW);
            product.changeDetails(command.details(), NOW);
            return product;
        });
    }

    private static JsonObject render(Product product) {
        ProductView view = new ProductView(product.summary(), Optional.of(product), List.of(), SETTINGS);
        String json = jsonb.toJson(new V3ProductResource.ProductEnvelope(V3Products.of(view, false)));
        return Json.createReader(new StringReader(json)).readObject().getJsonObject("product");
    }

    private static void assertRefused(ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        });
    }

    @Test
    void mediaItemsAreWrittenAndAnsweredWithTheirAltTextDisplayNameThumbnailAndUploadId() {
        Product product = created("""
                {"name": "Mug", "media": {"main": {"id": "ignored"}, "itemsInfo": {"items": [
                  {"url": "https://example.com/front.jpg", "altText": "A red mug", "displayName": "Front",
                   "uploadId": "up-1", "thumbnail": {"url": "ignored"}},
                  {"id": "clip.mp4", "image": "https://example.com/clip.mp4", "mediaType": "VIDEO"}]}}}""");

        JsonObject media = render(product).getJsonObject("media");
        JsonArray items = media.getJsonObject("itemsInfo").getJsonArray("items");
        assertThat(items).hasSize(2);
        JsonObject front = items.getJsonObject(0);
        assertThat(front.getString("id")).matches("[0-9a-f]{32}");
        assertThat(front.toString())
                .isEqualTo("{\"id\":\"" + front.getString("id") + "\",\"url\":\"https://example.com/front.jpg\","
                        + "\"mediaType\":\"IMAGE\",\"displayName\":\"Front\",\"altText\":\"A red mug\","
                        + "\"thumbnail\":{\"url\":\"https://example.com/front.jpg\",\"altText\":\"A red mug\"},"
                        + "\"uploadId\":\"up-1\"}");
        assertThat(media.getJsonObject("main")).isEqualTo(front);
        assertThat(items.getJsonObject(1).toString())
                .isEqualTo("{\"id\":\"clip.mp4\",\"url\":\"https://example.com/clip.mp4\",\"mediaType\":\"VIDEO\"}");
    }

    @Test
    void anUpdateNamesKeptItemsByIdAndAFieldMaskedMediaListNotSentEmptiesIt() {
        Product product = created("""
                {"name": "Mug", "media": {"itemsInfo": {"items": [{"id": "a.jpg", "url": "https://example.com/a.jpg"}]}}}""");

        updated(product, """
                {"product": {"revision": "1", "media": {"itemsInfo": {"items": [
                  {"url": "https://example.com/b.jpg"}, {"id": "a.jpg", "altText": "now described"}]}}}}""");
        JsonArray items = render(product)
                .getJsonObject("media")
                .getJsonObject("itemsInfo")
                .getJsonArray("items");
        assertThat(items.getJsonObject(1).getString("altText")).isEqualTo("now described");
        assertThat(items.getJsonObject(0).getString("url")).isEqualTo("https://example.com/b.jpg");

        updated(product, "{\"product\": {\"revision\": \"2\"}, \"fieldMask\": {\"paths\": [\"media\"]}}");
        assertThat(product.media()).isEmpty();
    }

    @Test
    void infoSectionsAreWrittenAndAnsweredWithRichAndPlainDescriptions() {
        Product product = created("""
                {"name": "Mug", "infoSections": [
                  {"uniqueName": "care", "title": "Care", "plainDescription": "<p>Hand wash</p>"},
                  {"title": "Shipping", "description": {"nodes": [{"type": "PARAGRAPH", "nodes": [
                    {"type": "TEXT", "textData": {"text": "2 days", "decorations": []}}]}]}}]}""");

        JsonArray sections = render(product).getJsonArray("infoSections");
        assertThat(sections).hasSize(2);
        JsonObject care = sections.getJsonObject(0);
        assertThat(care.getString("id"))
                .isEqualTo(product.details().infoSections().get(0).id(STORE));
        assertThat(care.getString("uniqueName")).isEqualTo("care");
        assertThat(care.getString("title")).isEqualTo("Care");
        assertThat(care.getString("plainDescription")).isEqualTo("<p>Hand wash</p>");
        assertThat(care.getJsonObject("description").getJsonArray("nodes")).hasSize(1);
        assertThat(sections.getJsonObject(1).getString("uniqueName")).isEqualTo("shipping");
        assertThat(sections.getJsonObject(1).getString("plainDescription")).isEqualTo("<p>2 days</p>");

        updated(product, """
                {"product": {"revision": "1", "infoSections": [{"id": "%s", "title": "Washing"}]}}""".formatted(care.getString("id")));
        assertThat(render(product).getJsonArray("infoSections").getJsonObject(0).getString("title"))
                .isEqualTo("Washing");
    }

    @Test
    void variantsCarryTheirMediaDigitalFilesAndPreorder() {
        Product product = created("""
                {"name": "E-book", "productType": "DIGITAL",
                 "media": {"itemsInfo": {"items": [{"id": "pdf.jpg", "url": "https://example.com/pdf.jpg"}]}},
                 "options": [{"name": "Format", "choicesSettings": {"choices": [{"name": "PDF"}, {"name": "EPUB"}]}}],
                 "variantsInfo": {"variants": [
                   {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "PDF"}}],
                    "media": {"id": "pdf.jpg"}, "inventoryStatus": {"inStock": false, "preorderEnabled": true},
                    "digitalProperties": {"digitalFile": {"id": "f1.pdf", "fileName": "book.pdf",
                      "fileType": "SECURE_DOCUMENT", "fileSize": "204800"}}},
                   {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "EPUB"}}]}]}}""");

        JsonObject v3 = render(product);
        JsonObject pdf =
                v3.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(0);
        assertThat(pdf.getJsonObject("media").getString("id")).isEqualTo("pdf.jpg");
        assertThat(pdf.getJsonObject("inventoryStatus").toString())
                .isEqualTo("{\"inStock\":true,\"preorderEnabled\":true}");
        assertThat(pdf.getJsonObject("digitalProperties").toString())
                .isEqualTo("{\"digitalFile\":{\"id\":\"f1.pdf\",\"fileName\":\"book.pdf\","
                        + "\"fileType\":\"SECURE_DOCUMENT\",\"fileSize\":\"204800\"}}");
        JsonObject epub =
                v3.getJsonObject("variantsInfo").getJsonArray("variants").getJsonObject(1);
        assertThat(epub.containsKey("media")).isFalse();
        assertThat(epub.containsKey("digitalProperties")).isFalse();
        assertThat(v3.getJsonObject("inventory").toString())
                .isEqualTo("{\"availabilityStatus\":\"IN_STOCK\",\"preorderStatus\":\"PARTIALLY_ENABLED\","
                        + "\"preorderAvailability\":\"NO_VARIANTS\"}");
        assertThat(v3.getJsonObject("purchaseEligibility").toString())
                .isEqualTo("{\"eligibleForPurchase\":true,\"eligibleForPreorder\":false}");

        updated(product, """
                {"product": {"revision": "1", "variantsInfo": {"variants": [
                   {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "PDF"}}],
                    "media": {}, "digitalProperties": {}},
                   {"choices": [{"optionChoiceNames": {"optionName": "Format", "choiceName": "EPUB"}}]}]}}}""");
        pdf = render(product)
                .getJsonObject("variantsInfo")
                .getJsonArray("variants")
                .getJsonObject(0);
        assertThat(pdf.containsKey("media")).isFalse();
        assertThat(pdf.containsKey("digitalProperties")).isFalse();
        assertThat(pdf.getJsonObject("inventoryStatus").getBoolean("preorderEnabled"))
                .isTrue();
    }

    @Test
    void theErrorsNameTheV3Paths() {
        assertRefused(
                () -> created("{\"name\": \"M\", \"media\": {\"itemsInfo\": {\"items\": [{\"altText\": \"x\"}]}}}"),
                ErrorCodes.REQUIRED,
                "product.media.itemsInfo.items[0].url");
        assertRefused(
                () -> created(
                        "{\"name\": \"M\", \"media\": {\"itemsInfo\": {\"items\": [{\"url\": \"ftp://x/a.jpg\"}]}}}"),
                ErrorCodes.INVALID_FORMAT,
                "product.media.itemsInfo.items[0].url");
        assertRefused(
                () -> created("""
                        {"name": "M", "media": {"itemsInfo": {"items": [
                          {"url": "https://example.com/a.jpg", "altText": "%s"}]}}}""".formatted("a".repeat(1001))),
                ErrorCodes.TOO_LONG,
                "product.media.itemsInfo.items[0].altText");
        assertRefused(
                () -> created("{\"name\": \"M\", \"media\": {\"itemsInfo\": {\"items\": [{\"url\": \"https://e.com/a\","
                        + " \"mediaType\": \"AUDIO\"}]}}}"),
                ErrorCodes.UNKNOWN_ENUM_VALUE,
                "product.media.itemsInfo.items[0].mediaType");
        assertRefused(
                () -> created("{\"name\": \"M\", \"media\": {\"itemsInfo\": {\"items\": [{\"url\": \"https://e.com/a\","
                        + " \"caption\": \"x\"}]}}}"),
                ErrorCodes.UNSUPPORTED_FIELD,
                "product.media.itemsInfo.items[0].caption");
        assertRefused(
                () -> created("{\"name\": \"M\", \"infoSections\": [{\"uniqueName\": \"a b\", \"title\": \"T\"}]}"),
                ErrorCodes.INVALID_FORMAT,
                "product.infoSections[0].uniqueName");
        assertRefused(
                () -> created(
                        "{\"name\": \"M\", \"variantsInfo\": {\"variants\": [{\"media\": {\"id\": \"none.jpg\"}}]}}"),
                ErrorCodes.UNKNOWN_MEDIA,
                "product.variantsInfo.variants[0].media");
        assertRefused(
                () -> created("{\"name\": \"M\", \"variantsInfo\": {\"variants\": [{\"digitalProperties\":"
                        + " {\"digitalFile\": {\"id\": \"f.pdf\", \"fileName\": \"f.pdf\"}}}]}}"),
                ErrorCodes.NOT_ALLOWED,
                "product.variantsInfo.variants[0].digitalProperties");
        assertRefused(
                () -> created(
                        "{\"name\": \"M\", \"productType\": \"DIGITAL\", \"variantsInfo\": {\"variants\": ["
                                + "{\"digitalProperties\": {\"digitalFile\": {\"id\": \"f.pdf\", \"fileName\": \"a/b.pdf\"}}}]}}"),
                ErrorCodes.INVALID_FORMAT,
                "product.variantsInfo.variants[0].digitalProperties.digitalFile.fileName");
        assertRefused(
                () -> created("{\"name\": \"M\", \"productType\": \"DIGITAL\", \"variantsInfo\": {\"variants\": ["
                        + "{\"digitalProperties\": {\"digitalFile\": {\"id\": \"f.pdf\", \"fileName\": \"b.pdf\","
                        + " \"fileType\": \"SECURE_EXE\"}}}]}}"),
                ErrorCodes.UNKNOWN_ENUM_VALUE,
                "product.variantsInfo.variants[0].digitalProperties.digitalFile.fileType");
        assertRefused(
                () -> created("{\"name\": \"M\", \"productType\": \"DIGITAL\", \"variantsInfo\": {\"variants\": ["
                        + "{\"digitalProperties\": {\"digitalFile\": {\"id\": 7, \"fileName\": \"b.pdf\"}}}]}}"),
                "INVALID_TYPE",
                "product.variantsInfo.variants[0].digitalProperties.digitalFile.id");
        assertRefused(
                () -> created("{\"name\": \"M\", \"variantsInfo\": {\"variants\": [{\"inventoryStatus\":"
                        + " {\"preorderEnabled\": \"yes\"}}]}}"),
                "INVALID_TYPE",
                "product.variantsInfo.variants[0].inventoryStatus.preorderEnabled");
    }

    @Test
    void purchaseEligibilityIsOutputOnly() {
        Product product = created("{\"name\": \"M\", \"purchaseEligibility\": {\"userCriteria\": \"MEMBERS_ONLY\"}}");

        assertThat(render(product).getJsonObject("purchaseEligibility").toString())
                .isEqualTo("{\"eligibleForPurchase\":true,\"eligibleForPreorder\":false}");
    }
}
