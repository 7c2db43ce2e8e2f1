package io.catalog.web.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver of webhooks in the test JVM, on 127.0.0.1 and an ephemeral port. Each path records what it
 * received and answers as its script says (200 unless told otherwise), after an optional delay.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request received, with its headers (names in lower case) and the answer given. */
    public record Received(String path, Map<String, String> headers, String body, Instant at, int call, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** How to answer a path's {@code call}-th request (0-based). */
    record Answer(int status, long delayMillis) {

        static Answer status(int status) {
            return new Answer(status, 0);
        }
    }

    interface Script {
        Answer answer(int call, Received request);
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of {@code path} (e.g. {@code /hooks/abc}). */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void script(String path, Script script) {
        scripts.put(path, script);
    }

    /** What {@code path} received so far, in arrival order. */
    public List<Received> received(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
            List<Received> log = received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
            Received request;
            Answer answer;
            synchronized (log) {
                int call = log.size();
                Received provisional = new Received(path, headers, body, Instant.now(), call, 0);
                answer =
                        scripts.getOrDefault(path, (c, r) -> Answer.status(200)).answer(call, provisional);
                request = new Received(path, headers, body, provisional.at(), call, answer.status());
                log.add(request);
            }
            if (answer.delayMillis() > 0) {
                try {
                    Thread.sleep(answer.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] reply = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        } catch (IOException e) {
            // the sender gave up (a timeout): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
