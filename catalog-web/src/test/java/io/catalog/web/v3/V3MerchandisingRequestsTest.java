package io.catalog.web.v3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.catalog.domain.application.CreateProduct;
import io.catalog.domain.application.UpdateProduct;
import io.catalog.domain.product.MerchandisingChange;
import io.catalog.domain.product.MerchandisingChange.LabelRef;
import io.catalog.domain.product.MerchandisingChange.Replace;
import io.catalog.domain.product.Product;
import io.catalog.domain.product.ProductId;
import io.catalog.domain.product.Slug;
import io.catalog.domain.shared.CatalogException;
import io.catalog.domain.shared.ErrorCodes;
import io.catalog.domain.store.StoreId;
import io.catalog.web.json.JsonInput;
import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the merchandising fields of Catalog V3 writes: what is sent, what a field mask clears, the error paths. */
class V3MerchandisingRequestsTest {

    private static JsonInput json(String body) {
        return JsonInput.body(Json.createReader(new StringReader(body)).readValue());
    }

    private static CreateProduct create(String product) {
        return V3ProductRequests.create(V3ProductRequests.readCreate(json("{\"product\": " + product + "}")));
    }

    private static MerchandisingChange update(String body) {
        UpdateProduct update = V3ProductRequests.update(
                V3ProductRequests.readUpdate(json(body)).fields());
        return update.patch().merchandising();
    }

    private static Product product(String product) {
        // As the resource does: the shape is read first, the domain's values are built where errors go inside product.
        V3ProductRequests.Fields fields = V3ProductRequests.readCreate(json("{\"product\": " + product + "}"));
        return V3Fields.PRODUCT.callIn("product", () -> {
            CreateProduct command = V3ProductRequests.create(fields);
            return Product.create(
                    ProductId.random(),
                    new StoreId("store-1"),
                    1,
                    Slug.fromName(command.product().name().value()),
                    Currency.getInstance("USD"),
                    command.product(),
                    Instant.parse("2026-12-07T10:00:00Z"));
        });
    }

    @Test
    void everyFieldSentIsRead() {
        MerchandisingChange m = create("""
                {"name": "Mug", "handle": "MUG-1", "brand": {"name": "Acme", "id": "b"}, "ribbon": {"name": "Sale"},
                 "additionalRibbons": [{"name": "New"}], "visibleInPos": false, "taxGroupId": "t",
                 "seoData": {"tags": [{"type": "meta", "props": {"name": "x"}, "meta": {"h": 1}}],
                             "settings": {"keywords": [{"term": "mug", "isMain": true}]}},
                 "extendedFields": {"namespaces": {"@a/b": {"k": [1, {"z": null}]}}},
                 "tags": {"publicTags": {"tagIds": ["1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"]}}}""").product().merchandising();

        assertThat(m.handle().value()).isEqualTo("MUG-1");
        assertThat(m.brand()).isEqualTo(new Replace<>(new LabelRef("Acme", "b")));
        assertThat(m.ribbon().value().name()).isEqualTo("Sale");
        assertThat(m.additionalRibbons()).containsExactly(new LabelRef("New", null));
        assertThat(m.visibleInPos()).isFalse();
        assertThat(m.taxGroupId().value()).isEqualTo("t");
        assertThat(m.seoData().value().tags().get(0).meta().value()).isEqualTo("{\"h\":1}");
        assertThat(m.seoData().value().settings().keywords().get(0).isMain()).isTrue();
        assertThat(m.extendedFields().value().value()).isEqualTo("{\"@a/b\":{\"k\":[1,{\"z\":null}]}}");
        assertThat(m.tags().privateTagIds()).isEmpty();
    }

    @Test
    void withoutAMaskOnlyWhatIsSentChangesAndNullChangesNothing() {
        MerchandisingChange m =
                update("{\"product\": {\"revision\": \"2\", \"brand\": null, \"ribbon\": {\"name\": \"Sale\"}}}");

        assertThat(m.brand()).isNull();
        assertThat(m.ribbon()).isNotNull();
        assertThat(m.additionalRibbons()).isNull();
        assertThat(m.tags()).isNull();
        assertThat(m.handle()).isNull();
    }

    @Test
    void aMaskedFieldNotSentIsRemovedOrRequired() {
        MerchandisingChange m = update("""
                {"product": {"revision": "2", "ribbon": {"name": "Sale"}},
                 "fieldMask": {"paths": ["brand", "additionalRibbons", "seoData", "extendedFields", "taxGroupId",
                                         "tags"]}}""");

        assertThat(m.brand()).isEqualTo(new Replace<>(null));
        assertThat(m.ribbon()).as("sent, not masked").isNull();
        assertThat(m.additionalRibbons()).isEmpty();
        assertThat(m.seoData()).isEqualTo(new Replace<>(null));
        assertThat(m.extendedFields()).isEqualTo(new Replace<>(null));
        assertThat(m.taxGroupId()).isEqualTo(new Replace<>(null));
        assertThat(m.tags().publicTagIds()).isEmpty();
        for (String field : List.of("handle", "visibleInPos")) {
            assertRefused(
                    () -> update(
                            "{\"product\": {\"revision\": \"2\"}, \"fieldMask\": {\"paths\": [\"" + field + "\"]}}"),
                    ErrorCodes.REQUIRED,
                    "product." + field);
        }
    }

    @Test
    void errorsNameTheRequestsPaths() {
        assertRefused(
                () -> product("{\"name\": \"Mug\", \"additionalRibbons\": [{\"name\": \"A\"}, {\"name\": \"a\"}]}"),
                ErrorCodes.DUPLICATE_RIBBON,
                "product.additionalRibbons[1].name");
        assertRefused(
                () -> product(
                        "{\"name\": \"Mug\", \"seoData\": {\"tags\": [{\"type\": \"meta\"}, {\"type\": \"x\"}]}}"),
                ErrorCodes.UNKNOWN_ENUM_VALUE,
                "product.seoData.tags[1].type");
        assertRefused(
                () -> product("{\"name\": \"Mug\", \"tags\": {\"privateTags\": {\"tagIds\": [\"x\"]}}}"),
                ErrorCodes.INVALID_ID,
                "product.tags.privateTags.tagIds[0]");
        assertRefused(
                () -> product("{\"name\": \"Mug\", \"extendedFields\": {\"namespaces\": {\"@a/b\": 1}}}"),
                JsonInput.INVALID_TYPE,
                "product.extendedFields.namespaces.@a/b");
        assertRefused(
                () -> product("{\"name\": \"Mug\", \"brand\": {\"name\": \"Acme\", \"logo\": \"x\"}}"),
                ErrorCodes.UNSUPPORTED_FIELD,
                "product.brand.logo");
        assertThat(product("{\"name\": \"Mug\", \"handle\": \"MUG-1\"}")
                        .merchandising()
                        .handle()
                        .value())
                .isEqualTo("MUG-1");
    }

    private static void assertRefused(
            org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CatalogException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            assertThat(e.field()).as(e.getMessage()).isEqualTo(field);
        });
    }
}
