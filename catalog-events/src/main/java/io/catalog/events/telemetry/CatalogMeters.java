package io.catalog.events.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.DoubleSupplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Defines each catalog metric once and gives it to both of the server's metric systems: OpenTelemetry's meter
 * (MicroProfile Telemetry, exported over OTLP when telemetry is on) and MicroProfile Metrics' application registry
 * (read in Prometheus' text format at {@code /metrics}). Names are OpenTelemetry's, dotted
 * ({@code catalog.outbox.lag}); the Prometheus endpoint writes them with underscores, its unit and {@code _total} for
 * counters ({@code catalog_outbox_lag_seconds}, {@code catalog_webhook_retries_total}).
 */
@ApplicationScoped
public class CatalogMeters {

    /** The instrumentation scope of the catalog's own metrics. */
    static final String SCOPE = "io.catalog";

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    MetricRegistry registry;

    private Meter meter;

    /** A count that only grows. */
    public interface Count {

        void add(long n);

        Count NONE = n -> {};
    }

    @PostConstruct
    void start() {
        meter = openTelemetry.getMeter(SCOPE);
    }

    /** A counter, {@code unit} as OpenTelemetry writes units (UCUM: {@code {event}}, {@code s}). */
    public Count counter(String name, String unit, String description) {
        LongCounter otel = meter.counterBuilder(name)
                .setUnit(unit)
                .setDescription(description)
                .build();
        Counter mp = registry.counter(
                Metadata.builder().withName(name).withDescription(description).build());
        return n -> {
            if (n > 0) {
                otel.add(n);
                mp.inc(n);
            }
        };
    }

    /**
     * A gauge read when a metric system asks: {@code value} must be cheap (a field written by a sampler, not a
     * query), for OpenTelemetry asks from its exporting thread and Prometheus from the scrape's request.
     *
     * @param unit       as OpenTelemetry writes it ({@code s}, {@code {delivery}})
     * @param prometheus the MicroProfile Metrics unit ({@code seconds}), or {@code null} for none
     */
    public void gauge(String name, String unit, String prometheus, String description, DoubleSupplier value) {
        meter.gaugeBuilder(name)
                .setUnit(unit)
                .setDescription(description)
                .buildWithCallback(measurement -> measurement.record(value.getAsDouble()));
        registry.gauge(
                Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withUnit(prometheus == null ? "none" : prometheus)
                        .build(),
                value::getAsDouble);
    }
}
