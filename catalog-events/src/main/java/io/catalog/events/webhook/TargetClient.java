package io.catalog.events.webhook;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Method;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.entity.AsyncEntityProducers;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends webhook POSTs with Apache HttpClient's asynchronous client: no thread waits for an answer (a few I/O threads
 * serve every exchange), and connections to a target are pooled and reused.
 *
 * <ul>
 *   <li><b>Addresses.</b> Names are resolved only by {@link CheckedAddresses}, which answers only addresses that may be
 *   targets; no proxy, no redirect followed, no retry, no cookies. For {@code https} the TLS handshake names the URL's
 *   host (SNI) and the certificate is verified against it. HTTP/1.1 only.</li>
 *   <li><b>Deadline.</b> Each attempt ends within the request timeout from the moment it is started, the host's lookup,
 *   the connection, TLS and the wait for the answer's head included: when it runs out the attempt fails with
 *   {@link DeadlineExceeded} and its exchange is cancelled (its connection closed).</li>
 *   <li><b>Answer.</b> An attempt's answer is its status and {@code Retry-After} (interim 1xx answers skipped), known
 *   as soon as its head has arrived; a body of up to {@value #MAX_DRAINED_BODY} bytes, of a given length or chunked, is
 *   read and dropped so the connection can serve the next attempt, any other closes it. A connection idle for a
 *   second is checked before it is reused. Answer heads are limited
 *   ({@value #MAX_LINE_LENGTH} bytes a line, {@value #MAX_HEADERS} header fields).</li>
 * </ul>
 *
 * <p>The lookup of a host (blocking, in the JDK's resolver) runs on the executor that starts the attempt, never on an
 * I/O thread: the pool is sized for every attempt that can be in flight, so a connection is always leased at once, in
 * the starting thread.
 */
final class TargetClient implements Closeable {

    private static final Logger LOG = Logger.getLogger(TargetClient.class.getName());

    /** The answer's status and {@code Retry-After} header (null when absent). */
    record Answer(int status, String retryAfter) {}

    /** The attempt did not get its answer's head within the request timeout. */
    static final class DeadlineExceeded extends IOException {
        DeadlineExceeded(Duration timeout) {
            super("no answer within " + timeout.toMillis() + " ms");
        }
    }

    static final int MAX_LINE_LENGTH = 8 * 1024;
    static final int MAX_HEADERS = 100;
    static final int MAX_DRAINED_BODY = 64 * 1024;

    private final Duration requestTimeout;
    private final ScheduledExecutorService timer;
    private final CloseableHttpAsyncClient client;

    /**
     * @param maxConnections attempts that may be in flight at once (the worker's batch size times its concurrency):
     *                       the pool's size, in all and to one target
     * @param timer          ends the attempts that run out of time
     * @param tls            makes the TLS connections of {@code https} targets (the JVM's default trusts its usual CAs)
     * @param addresses      the only resolver the client asks
     * @param threads        makes the client's I/O threads
     */
    TargetClient(
            Duration connectTimeout,
            Duration requestTimeout,
            int maxConnections,
            ScheduledExecutorService timer,
            SSLContext tls,
            CheckedAddresses addresses,
            ThreadFactory threads) {
        this.requestTimeout = requestTimeout;
        this.timer = timer;
        Timeout connect = Timeout.of(connectTimeout);
        Timeout request = Timeout.of(requestTimeout);
        var connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setDnsResolver(addresses)
                .setTlsStrategy(
                        ClientTlsStrategyBuilder.create().setSslContext(tls).buildAsync())
                .setDefaultTlsConfig(TlsConfig.custom()
                        .setVersionPolicy(HttpVersionPolicy.FORCE_HTTP_1)
                        .setHandshakeTimeout(request)
                        .build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(request)
                        .setTimeToLive(1, TimeUnit.MINUTES)
                        .setValidateAfterInactivity(1, TimeUnit.SECONDS)
                        .build())
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT)
                .setMaxConnTotal(maxConnections)
                .setMaxConnPerRoute(maxConnections)
                .build();
        client = HttpAsyncClients.custom()
                .setConnectionManager(connections)
                .setThreadFactory(threads)
                .setIoReactorExceptionCallback(TargetClient::reactorFailed)
                .setIOReactorConfig(IOReactorConfig.custom()
                        .setIoThreadCount(Math.min(2, Runtime.getRuntime().availableProcessors()))
                        .setSoTimeout(request)
                        .build())
                .setHttp1Config(Http1Config.custom()
                        .setMaxLineLength(MAX_LINE_LENGTH)
                        .setMaxHeaderCount(MAX_HEADERS)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(request)
                        .setResponseTimeout(request)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableConnectionState()
                .disableContentCompression()
                .build();
        client.start();
    }

    /**
     * Starts sending {@code request} on {@code starter} (where its host is looked up) and answers its answer's head;
     * fails with {@link DeadlineExceeded} when the request timeout runs out first, with
     * {@link CheckedAddresses.Refused} when the host may not be a target, with an {@link IllegalArgumentException} for
     * a header value holding a line break (never written), and otherwise with the client's {@link IOException} or
     * {@link org.apache.hc.core5.http.HttpException}.
     */
    CompletableFuture<Answer> post(WebhookRequest request, Executor starter) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Exchange exchange = new Exchange();
        // The deadline holds until the exchange ends, its answer's body drained included: a target that sends the
        // head and then trickles the body loses its connection at the deadline, as one that never answers does.
        ScheduledFuture<?> deadline = timer.schedule(
                () -> {
                    answer.completeExceptionally(new DeadlineExceeded(requestTimeout));
                    exchange.cancel();
                },
                requestTimeout.toNanos(),
                TimeUnit.NANOSECONDS);
        exchange.ended.whenComplete((done, failure) -> deadline.cancel(false));
        try {
            starter.execute(() -> start(request, answer, exchange));
        } catch (RuntimeException e) {
            exchange.ended.complete(null);
            throw e;
        }
        return answer;
    }

    /** The client's exchange of one attempt, once started, and whether it has ended. */
    private static final class Exchange {

        final CompletableFuture<Void> ended = new CompletableFuture<>();
        private volatile Future<Answer> running;
        private volatile HeadConsumer consumer;

        void started(Future<Answer> exchange, HeadConsumer answerConsumer) {
            running = exchange;
            consumer = answerConsumer;
        }

        /** Ends the exchange: cancels it, and fails the reading of a body still arriving (closing its connection). */
        void cancel() {
            Future<Answer> exchange = running;
            if (exchange != null) {
                exchange.cancel(true);
            }
            HeadConsumer reading = consumer;
            if (reading != null) {
                reading.expire();
            }
        }
    }

    private void start(WebhookRequest request, CompletableFuture<Answer> answer, Exchange attempt) {
        if (answer.isDone()) {
            attempt.ended.complete(null);
            return;
        }
        try {
            BasicHttpRequest http = new BasicHttpRequest(Method.POST, request.target());
            ContentType type = ContentType.APPLICATION_OCTET_STREAM;
            for (Map.Entry<String, String> header : request.headers().entrySet()) {
                if (header.getValue().indexOf('\r') >= 0 || header.getValue().indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("Header " + header.getKey() + " has a line break");
                }
                if (header.getKey().equalsIgnoreCase("Content-Type")) {
                    type = ContentType.parse(header.getValue());
                } else {
                    http.addHeader(header.getKey(), header.getValue());
                }
            }
            HeadConsumer consumer = new HeadConsumer(answer);
            Future<Answer> exchange = client.execute(
                    new BasicRequestProducer(http, AsyncEntityProducers.create(request.bodyBytes(), type)),
                    consumer,
                    null,
                    HttpClientContext.create(),
                    new FutureCallback<>() {
                        @Override
                        public void completed(Answer result) {
                            answer.complete(result);
                            attempt.ended.complete(null);
                        }

                        @Override
                        public void failed(Exception failure) {
                            answer.completeExceptionally(failure);
                            attempt.ended.complete(null);
                        }

                        @Override
                        public void cancelled() {
                            answer.completeExceptionally(new DeadlineExceeded(requestTimeout));
                            attempt.ended.complete(null);
                        }
                    });
            attempt.started(exchange, consumer);
            // Ran out of time (the lookup included): the exchange, and its connection, end now.
            answer.whenComplete((done, failure) -> {
                if (failure != null) {
                    exchange.cancel(true);
                }
            });
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
            attempt.ended.complete(null);
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }

    /**
     * An I/O reactor's own failure. Closing the client at once closes the selectors under the reactors' last loop,
     * which then fail with {@link ClosedSelectorException}: that is the client stopping, not an error.
     */
    private static void reactorFailed(Exception e) {
        if (!(e instanceof ClosedSelectorException)) {
            LOG.log(Level.WARNING, "webhook HTTP client I/O failed", e);
        }
    }

    /**
     * Completes the attempt with the answer's head as soon as it has arrived; then reads and drops a body of known,
     * small length so the connection goes back to the pool, and fails the exchange (closing its connection) on any
     * other body.
     */
    private static final class HeadConsumer implements AsyncResponseConsumer<Answer> {

        private final CompletableFuture<Answer> answer;
        private Answer head;
        private FutureCallback<Answer> done;
        private long left = MAX_DRAINED_BODY;
        private volatile boolean expired;

        HeadConsumer(CompletableFuture<Answer> answer) {
            this.answer = answer;
        }

        @Override
        public void consumeResponse(
                HttpResponse response, EntityDetails entity, HttpContext context, FutureCallback<Answer> callback)
                throws IOException {
            Header retryAfter = response.getFirstHeader("Retry-After");
            head = new Answer(
                    response.getCode(),
                    retryAfter == null ? null : retryAfter.getValue().trim());
            answer.complete(head);
            if (entity == null) {
                callback.completed(head);
                return;
            }
            if (entity.getContentLength() > MAX_DRAINED_BODY || entity.getContentLength() < 0 && !entity.isChunked()) {
                throw new IOException("the answer's body is not read: the connection is closed");
            }
            done = callback;
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) {
            // an interim answer (100 Continue, 103 Early Hints): the final one follows
        }

        @Override
        public void updateCapacity(CapacityChannel channel) throws IOException {
            channel.update(Integer.MAX_VALUE);
        }

        /** The attempt's deadline has passed: what still arrives of the body ends the exchange. */
        void expire() {
            expired = true;
        }

        @Override
        public void consume(ByteBuffer data) throws IOException {
            if (expired) {
                throw new IOException("the answer's body did not end within the request timeout");
            }
            left -= data.remaining();
            data.position(data.limit());
            if (left < 0) {
                throw new IOException("the answer's body is longer than it said");
            }
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            if (done != null) {
                done.completed(head);
            }
        }

        @Override
        public void failed(Exception cause) {
            answer.completeExceptionally(cause);
        }

        @Override
        public void releaseResources() {
            // nothing held
        }
    }
}
