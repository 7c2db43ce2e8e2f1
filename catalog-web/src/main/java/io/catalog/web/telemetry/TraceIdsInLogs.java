package io.catalog.web.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Puts the current trace and span ids into every log record written while a span is current, through Liberty's
 * {@code LogRecordContext} extensions: in Liberty's JSON logs they are the fields {@code ext_traceId} and {@code
 * ext_spanId} (lines written outside any span, or with telemetry off, have neither). Liberty's logging API is reached
 * by reflection, so the build needs no Liberty artifact; where it is missing, logs carry no ids.
 * {@code LogRecordContext} keeps extensions by weak reference: this bean holds them while the application runs and
 * takes them away when it stops.
 */
@ApplicationScoped
public class TraceIdsInLogs {

    private static final Logger LOG = Logger.getLogger(TraceIdsInLogs.class.getName());
    private static final String CONTEXT = "com.ibm.websphere.logging.hpel.LogRecordContext";

    /** The JSON field names are {@code ext_} and these. */
    static final String TRACE_ID = "traceId";

    static final String SPAN_ID = "spanId";

    /** The extensions registered, held strongly (LogRecordContext does not). */
    private final List<Object> registered = new ArrayList<>();

    private Class<?> context;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            context = Class.forName(CONTEXT, true, Thread.currentThread().getContextClassLoader());
            Class<?> extension = Class.forName(CONTEXT + "$Extension", true, context.getClassLoader());
            Method register = context.getMethod("registerExtension", String.class, extension);
            register(register, extension, TRACE_ID, SpanContext::getTraceId);
            register(register, extension, SPAN_ID, SpanContext::getSpanId);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            LOG.log(Level.FINE, "Liberty's LogRecordContext is not available: logs carry no trace ids", e);
        }
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
        if (context == null) {
            return;
        }
        try {
            Method unregister = context.getMethod("unregisterExtension", String.class);
            unregister.invoke(null, TRACE_ID);
            unregister.invoke(null, SPAN_ID);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.FINE, "Could not remove the trace id log extensions", e);
        }
        registered.clear();
    }

    private void register(Method register, Class<?> extension, String key, Function<SpanContext, String> id)
            throws ReflectiveOperationException {
        Object value = Proxy.newProxyInstance(
                extension.getClassLoader(), new Class<?>[] {extension}, (proxy, method, args) -> {
                    if (method.getName().equals("getValue")) {
                        return current(id);
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    return key;
                });
        registered.add(value);
        register.invoke(null, key, value);
    }

    /** The id of the span current on the logging thread, or {@code null} (no field) when there is none. */
    static String current(Function<SpanContext, String> id) {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? id.apply(span) : null;
    }
}
