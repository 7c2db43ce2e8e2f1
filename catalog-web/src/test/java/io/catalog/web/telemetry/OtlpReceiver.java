package io.catalog.web.telemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP receiver on a free local port: keeps the protobuf body of every POST to {@code /v1/traces}, {@code
 * /v1/metrics} and {@code /v1/logs} and answers 200 with an empty export response. {@code /hooks/gone} answers 410
 * Gone: a webhook target that makes the catalog deactivate its subscription.
 */
final class OtlpReceiver implements AutoCloseable {

    static final String GONE = "/hooks/gone";

    /** One exported span: its ids, name and kind (OTLP's: 2 server, 3 client), and the service that sent it. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name, long kind) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, List<byte[]>> bodies = new ConcurrentHashMap<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String path) {
        return endpoint() + path;
    }

    int requests(String path) {
        return bodies.getOrDefault(path, List.of()).size();
    }

    /** Every span received so far. */
    List<ExportedSpan> spans() {
        List<ExportedSpan> spans = new ArrayList<>();
        for (byte[] body : bodies.getOrDefault("/v1/traces", List.of())) {
            for (Protobuf resourceSpans : Protobuf.parse(body).messages(1)) {
                String service = service(resourceSpans.messages(1));
                for (Protobuf scopeSpans : resourceSpans.messages(2)) {
                    for (Protobuf span : scopeSpans.messages(2)) {
                        spans.add(new ExportedSpan(
                                service, span.hex(1), span.hex(2), span.hex(4), span.string(5), span.number(6)));
                    }
                }
            }
        }
        return spans;
    }

    /** The names of every metric received so far, with the service that sent it ("service/name"). */
    List<String> metricNames() {
        List<String> names = new ArrayList<>();
        for (byte[] body : bodies.getOrDefault("/v1/metrics", List.of())) {
            for (Protobuf resourceMetrics : Protobuf.parse(body).messages(1)) {
                String service = service(resourceMetrics.messages(1));
                for (Protobuf scopeMetrics : resourceMetrics.messages(2)) {
                    for (Protobuf metric : scopeMetrics.messages(2)) {
                        names.add(service + "/" + metric.string(1));
                    }
                }
            }
        }
        return names;
    }

    /** The resource's {@code service.name} attribute. */
    private static String service(List<Protobuf> resource) {
        for (Protobuf r : resource) {
            for (Protobuf attribute : r.messages(1)) {
                if (attribute.string(1).equals("service.name")) {
                    return attribute.messages(2).get(0).string(1);
                }
            }
        }
        return "";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (path.equals(GONE)) {
                exchange.sendResponseHeaders(410, -1);
                return;
            }
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                    body = in.readAllBytes();
                }
            }
            bodies.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(body);
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
