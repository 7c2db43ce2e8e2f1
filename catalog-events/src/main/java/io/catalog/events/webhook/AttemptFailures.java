package io.catalog.events.webhook;

import io.catalog.domain.shared.ValidationException;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MessageConstraintException;

/**
 * Says in plain words why an attempt got no answer, for the delivery log a store owner reads ({@code lastError} and
 * each attempt's {@code error}): a short, stable text such as "connection refused" or "timed out after 5 s", never an
 * exception's class name or the networking library's own text.
 */
final class AttemptFailures {

    static final String CONNECTION_REFUSED = "connection refused";
    static final String UNKNOWN_HOST = "unknown host";
    static final String HOST_UNREACHABLE = "host unreachable";
    static final String TLS_FAILED = "TLS handshake failed";
    static final String CLOSED = "connection closed before an answer";
    static final String NOT_HTTP = "the answer was not HTTP";
    static final String FAILED = "connection failed";
    static final String INVALID_TARGET = "invalid target URL";
    static final String NOT_SENT = "the request could not be sent";

    private final Duration requestTimeout;
    private final Duration connectTimeout;

    /** @param connectTimeout the client's connect timeout, or {@code null} when it has none */
    AttemptFailures(Duration requestTimeout, Duration connectTimeout) {
        this.requestTimeout = requestTimeout;
        this.connectTimeout = connectTimeout;
    }

    /** Why no answer came. */
    String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ValidationException e) {
            // The target's own rule (a private address, a host that no longer resolves): its text names no Java.
            return e.getMessage();
        }
        if (cause instanceof CheckedAddresses.Refused refused) {
            return refused.refusal().getMessage();
        }
        if (cause instanceof TargetClient.DeadlineExceeded) {
            return "timed out after " + seconds(requestTimeout);
        }
        if (cause instanceof ConnectTimeoutException) {
            return connectTimeout == null
                    ? "connection timed out"
                    : "connection timed out after " + seconds(connectTimeout);
        }
        if (cause instanceof SocketTimeoutException) {
            return "timed out after " + seconds(requestTimeout);
        }
        if (cause instanceof IllegalArgumentException) {
            return INVALID_TARGET;
        }
        if (cause instanceof HttpException) {
            // The answer's head could not be parsed as HTTP/1.x.
            return NOT_HTTP;
        }
        if (!(cause instanceof IOException)) {
            return NOT_SENT;
        }
        // A cause may come wrapped (a TLS failure inside the client's I/O error): the most specific one in the chain
        // names the failure.
        boolean refused = false;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CheckedAddresses.Refused r) {
                return r.refusal().getMessage();
            }
            if (t instanceof UnknownHostException) {
                return UNKNOWN_HOST;
            }
            if (t instanceof NoRouteToHostException) {
                return HOST_UNREACHABLE;
            }
            if (t instanceof SSLException) {
                return TLS_FAILED;
            }
            if (t instanceof ConnectionClosedException || t instanceof EOFException) {
                return CLOSED;
            }
            if (t instanceof MessageConstraintException || t instanceof HttpException) {
                return NOT_HTTP;
            }
            refused |= t instanceof ConnectException;
        }
        if (refused) {
            return CONNECTION_REFUSED;
        }
        return FAILED;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
