package io.catalog.events.health;

import static io.catalog.events.LocalTransactions.inTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import io.catalog.persistence.outbox.EventOutbox;
import io.catalog.persistence.outbox.NewOutboxEvent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Readiness follows the age of the oldest unpublished event, on an in-memory H2 database migrated as the server's. */
class OutboxLagCheckTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private String url;
    private EntityManagerFactory factory;
    private EntityManager em;
    private EventOutbox outbox;

    @BeforeAll
    static void buildResponsesWithoutTheServer() {
        HealthCheckResponse.setResponseProvider(new PlainHealthResponses());
    }

    @BeforeEach
    void createDatabase() throws ReflectiveOperationException {
        url = "jdbc:h2:mem:lag-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure(OutboxLagCheckTest.class.getClassLoader())
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", "sa");
        properties.put("jakarta.persistence.jdbc.password", "");
        factory = Persistence.createEntityManagerFactory("catalog", properties);
        em = factory.createEntityManager();
        outbox = new EventOutbox();
        Field field = EventOutbox.class.getDeclaredField("em");
        field.setAccessible(true);
        field.set(outbox, em);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        em.close();
        factory.close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            connection.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void upWithNothingToPublish() {
        HealthCheckResponse response = check(Duration.ofMinutes(5)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("oldestUnpublishedAgeSeconds", 0L);
    }

    @Test
    void upWhileTheOldestUnpublishedEventIsWithinTheBound() {
        append(now.minusSeconds(240));
        append(now.minusSeconds(10));

        HealthCheckResponse response = check(Duration.ofMinutes(5)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow())
                .containsEntry("oldestUnpublishedAgeSeconds", 240L)
                .containsEntry("maxLagSeconds", 300L);
    }

    @Test
    void downSayingWhyOnceTheOldestUnpublishedEventIsOlderThanTheBound() {
        append(now.minusSeconds(10));
        append(now.minusSeconds(301));

        HealthCheckResponse response = check(Duration.ofMinutes(5)).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow())
                .containsEntry("oldestUnpublishedAgeSeconds", 301L)
                .containsEntry(
                        "reason",
                        "the oldest unpublished event occurred 301 s ago, over the bound of 300 s:"
                                + " events are not being published");
    }

    @Test
    void publishedEventsDoNotCountHoweverOld() {
        String old = append(now.minusSeconds(3600));
        inTransaction(em, () -> {
            outbox.markPublished(List.of(old), now.atOffset(ZoneOffset.UTC));
            return null;
        });

        assertThat(check(Duration.ofMinutes(5)).call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aBoundOfZeroTurnsTheCheckOff() {
        append(now.minusSeconds(3600));

        HealthCheckResponse response = check(Duration.ZERO).call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("maxLagSeconds", "off");
    }

    private OutboxLagCheck check(Duration maxLag) {
        OutboxLagCheck check = new OutboxLagCheck();
        check.outbox = outbox;
        check.clock = Clock.fixed(now, ZoneOffset.UTC);
        check.maxLag = maxLag;
        return check;
    }

    private String append(Instant occurred) {
        String product = UUID.randomUUID().toString();
        return inTransaction(
                em,
                () -> outbox.append(new NewOutboxEvent(
                                "store-1",
                                "ProductChanged",
                                "product",
                                product,
                                "{\"productId\":\"" + product + "\",\"changedFields\":[\"name\"]}",
                                occurred.atOffset(ZoneOffset.UTC)))
                        .id());
    }
}
