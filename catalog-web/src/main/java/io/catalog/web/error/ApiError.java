package io.catalog.web.error;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error answer. {@code code} is stable and meant for programs, {@code message} for people,
 * {@code field} names the offending request field when there is one. {@code details.applicationError} repeats them
 * in the shape Wix API clients already read.
 */
@Schema(name = "Error", description = "An error answer")
@JsonbPropertyOrder({"code", "message", "field", "details"})
public record ApiError(
        @Schema(description = "Stable error code", example = "VALUE_TOO_LONG")
        String code,

        @Schema(
                description = "What went wrong, for people",
                example = "product.name must be at most 80 characters (was 93)")
        String message,

        @Schema(description = "The offending request field, when there is one", example = "product.name")
        String field,

        @Schema(description = "The same, in the shape of Wix API errors")
        Details details) {

    public record Details(ApplicationError applicationError) {}

    public record ApplicationError(String code, String description, Map<String, String> data) {}

    public static ApiError of(String code, String message, String field) {
        Map<String, String> data = new LinkedHashMap<>();
        if (field != null) {
            data.put("field", field);
        }
        return new ApiError(code, message, field, new Details(new ApplicationError(code, message, data)));
    }

    public static Response response(Response.StatusType status, String code, String message, String field) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(of(code, message, field))
                .build();
    }
}
