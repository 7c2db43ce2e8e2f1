package io.catalog.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;

/** Checks shared by the API integration tests. */
public final class ApiChecks {

    private ApiChecks() {}

    /** Creates a product from a {@code {"product": ...}} body and answers it. */
    public static JsonObject createProduct(Api store, String body) {
        Api.Response response = store.post("/stores/v1/products", body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().getJsonObject("product");
    }

    /** An error answer: status, stable code, a message, the field when given, and no stack trace. */
    public static void assertError(Api.Response response, int status, String code, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        JsonObject error = response.json();
        assertThat(error.getString("code")).as(response.body()).isEqualTo(code);
        assertThat(error.getString("message")).isNotBlank();
        if (field != null) {
            assertThat(error.getString("field")).as(response.body()).isEqualTo(field);
        }
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    public static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }
}
