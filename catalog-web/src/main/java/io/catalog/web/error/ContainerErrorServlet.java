package io.catalog.web.error;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the web application (WEB-INF/web.xml): the answers the server gives before a request reaches
 * JAX-RS, such as the token check's 401 or the refusal of a path with an encoded slash, in the same JSON error shape
 * as the API's own. The server's own text (its message ids, its HTML page with a stack frame) is never passed on.
 * Called directly, as any path could be, it answers what it is: a path with nothing at it.
 */
@WebServlet(name = "ContainerErrors", urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    /** The error page's path, as web.xml names it. */
    public static final String PATH = "/catalog-error";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContainerErrorServlet.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? code
                : HttpServletResponse.SC_NOT_FOUND;
        ApiError error = HttpErrors.of(status, request.getHeader(HttpHeaders.AUTHORIZATION));
        if (status >= 500 && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, failure);
            error = ApiError.of(error.code(), error.message() + " (incident " + incident + ")", null);
        }
        byte[] body = JSON.toJson(error).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }
}
