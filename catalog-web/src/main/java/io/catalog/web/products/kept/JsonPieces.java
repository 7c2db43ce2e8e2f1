package io.catalog.web.products.kept;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON body written as the pieces it is made of (kept product answers, the envelope around them) straight to the
 * connection, without first copying them into one array: a page of 100 products with their variants is hundreds of
 * kilobytes, and each copy of it is garbage the collector must clear while other requests wait. The pieces are kept,
 * never changed, so nothing is copied; the length is known beforehand and sent as {@code Content-Length}.
 */
public final class JsonPieces implements StreamingOutput {

    private final List<byte[]> pieces;
    private long length;

    public JsonPieces(int expectedPieces) {
        pieces = new ArrayList<>(expectedPieces);
    }

    /** Adds a piece; it is written as it is when the body is sent, so it must not change afterwards. */
    public JsonPieces add(byte[] piece) {
        pieces.add(piece);
        length += piece.length;
        return this;
    }

    public JsonPieces add(String piece) {
        return add(piece.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void write(OutputStream output) throws IOException {
        for (byte[] piece : pieces) {
            output.write(piece);
        }
    }

    /** A 200 answer of these pieces as {@code application/json}, its length given. */
    public Response.ResponseBuilder ok() {
        return Response.ok(this, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CONTENT_LENGTH, length);
    }
}
