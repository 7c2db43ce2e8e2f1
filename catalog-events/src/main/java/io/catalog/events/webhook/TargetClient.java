package io.catalog.events.webhook;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to a webhook target over a connection to one of the addresses the caller checked, and to no other:
 * the host is not looked up again here, so a name that resolves elsewhere between the check and the connection (DNS
 * rebinding) cannot lead the request to an address that was not checked. For {@code https} the TLS handshake still
 * names the URL's host (SNI) and verifies the certificate against it.
 *
 * <p>The request is sent with {@code Connection: close}; the answer is read up to the end of its head (status and
 * headers, at most {@value #MAX_HEAD_BYTES} bytes), its body is not read. The whole exchange, connection included, ends
 * within the request timeout: a timer closes the socket when it runs out.
 */
final class TargetClient {

    /** The answer's status and {@code Retry-After} header (null when absent). */
    record Answer(int status, String retryAfter) {
    }

    static final int MAX_HEAD_BYTES = 64 * 1024;

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.[01] ([1-5][0-9]{2})(?: .*)?");

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final ScheduledExecutorService timer;
    private final SSLSocketFactory tls;

    /**
     * @param timer ends the exchanges that run out of time
     * @param tls   makes the TLS connections of {@code https} targets (the JVM's default trusts its usual CAs)
     */
    TargetClient(Duration connectTimeout, Duration requestTimeout, ScheduledExecutorService timer,
                 SSLSocketFactory tls) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.timer = timer;
        this.tls = tls;
    }

    /**
     * Sends {@code request} to the first of {@code addresses} that accepts a connection.
     *
     * @throws HttpConnectTimeoutException when no connection came in time
     * @throws HttpTimeoutException        when no whole answer head came in time
     * @throws IOException            when no address could be connected to, or the exchange failed (a certificate
     *                                that is not trusted or not of the URL's host included)
     */
    Answer post(WebhookRequest request, List<InetAddress> addresses) throws IOException {
        URI target = request.target();
        boolean secure = "https".equalsIgnoreCase(target.getScheme());
        int port = target.getPort() != -1 ? target.getPort() : secure ? 443 : 80;
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        Socket socket = connect(addresses, port, deadline);
        AtomicBoolean timedOut = new AtomicBoolean();
        ScheduledFuture<?> guard = null;
        // Closing the connection also ends a TLS session layered on it (handshake: autoClose).
        try (Socket channel = socket) {
            guard = timer.schedule(() -> {
                timedOut.set(true);
                closeQuietly(socket);
            }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            Socket exchange = secure ? handshake(channel, TargetUrls.hostOf(target), port) : channel;
            write(exchange.getOutputStream(), request);
            return read(new HeadReader(new BufferedInputStream(exchange.getInputStream())));
        } catch (IOException e) {
            if (timedOut.get()) {
                throw new HttpTimeoutException("no answer within " + requestTimeout.toMillis() + " ms");
            }
            throw e;
        } finally {
            if (guard != null) {
                guard.cancel(false);
            }
        }
    }

    private Socket connect(List<InetAddress> addresses, int port, long deadline) throws IOException {
        IOException last = null;
        for (InetAddress address : addresses) {
            long left = Math.min(connectTimeout.toMillis(), TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
            if (left <= 0) {
                throw new HttpConnectTimeoutException("no connection within " + connectTimeout.toMillis() + " ms");
            }
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, port), (int) left);
                return socket;
            } catch (SocketTimeoutException e) {
                closeQuietly(socket);
                last = new HttpConnectTimeoutException("no connection within " + left + " ms");
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
            }
        }
        throw last != null ? last : new IOException("no address to connect to");
    }

    private Socket handshake(Socket socket, String host, int port) throws IOException {
        SSLSocket secured = (SSLSocket) tls.createSocket(socket, host, port, true);
        SSLParameters parameters = secured.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!TargetUrls.isAddressLiteral(host)) {
            String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
            parameters.setServerNames(List.of(new SNIHostName(name)));
        }
        secured.setSSLParameters(parameters);
        secured.startHandshake();
        return secured;
    }

    private static void write(OutputStream out, WebhookRequest request) throws IOException {
        URI target = request.target();
        byte[] body = request.bodyBytes();
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        StringBuilder head = new StringBuilder("POST ").append(path);
        if (target.getRawQuery() != null) {
            head.append('?').append(target.getRawQuery());
        }
        head.append(" HTTP/1.1\r\n");
        header(head, "Host", target.getRawAuthority());
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            header(head, h.getKey(), h.getValue());
        }
        header(head, "Content-Length", Integer.toString(body.length));
        header(head, "Connection", "close");
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static void header(StringBuilder head, String name, String value) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Header " + name + " has a line break");
        }
        head.append(name).append(": ").append(value).append("\r\n");
    }

    private static Answer read(HeadReader in) throws IOException {
        while (true) {
            Matcher status = STATUS_LINE.matcher(in.line());
            if (!status.matches()) {
                throw new ProtocolException("the target answered something other than HTTP/1.x");
            }
            String retryAfter = null;
            for (String line = in.line(); !line.isEmpty(); line = in.line()) {
                int colon = line.indexOf(':');
                if (retryAfter == null && colon > 0
                        && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("retry-after")) {
                    retryAfter = line.substring(colon + 1).trim();
                }
            }
            int code = Integer.parseInt(status.group(1));
            if (code >= 200) {
                return new Answer(code, retryAfter);
            }
            // An interim answer (100 Continue, 103 Early Hints): the final one follows.
        }
    }

    /** Reads the lines of an answer's head, at most {@value #MAX_HEAD_BYTES} bytes in all. */
    private static final class HeadReader {

        private final InputStream in;
        private int left = MAX_HEAD_BYTES;

        HeadReader(InputStream in) {
            this.in = in;
        }

        /** The next line, without its CRLF (or LF). */
        String line() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int c = in.read();
                if (c < 0) {
                    throw new EOFException("the target closed the connection before its answer's head ended");
                }
                if (--left < 0) {
                    throw new ProtocolException("the target's answer head is over " + MAX_HEAD_BYTES + " bytes");
                }
                if (c == '\n') {
                    byte[] bytes = line.toByteArray();
                    int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
                }
                line.write(c);
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed or broken: nothing more to release
        }
    }
}
