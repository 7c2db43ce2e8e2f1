package io.catalog.persistence.product.revisions;

import io.catalog.domain.product.ProductId;
import io.catalog.domain.store.StoreId;
import io.catalog.persistence.CatalogDatabase;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this server knows of product changes, for {@link ProductRevisions} to trust a revision it read earlier instead
 * of asking the database again ({@code catalog.product-cache.revisions}).
 *
 * <ul>
 * <li>On an embedded H2 database opened by this server alone ({@code auto}, the default, or {@code notifications}),
 * only this server writes products, and each of its writes moves the product's stripe when its transaction ends,
 * before the writer is answered: a kept revision is exact.</li>
 * <li>On PostgreSQL ({@code auto}, the default, or {@code notifications}; the driver's classes visible to the
 * application), a listener thread holds one connection that LISTENs to the
 * announcements of the product table's trigger (migration V18: every update or deletion, whoever wrote it). A kept
 * revision stays trusted while no announcement of its product (or of another product of the same stripe,
 * {@value #STRIPES} stripes) arrived since it was read, the listener holds its connection, and the listener has lately
 * heard its own heartbeat: a notification it sends through the database every quarter of
 * {@code catalog.product-cache.max-staleness}, carrying the moment it was sent. PostgreSQL delivers notifications in
 * commit order, so once a heartbeat sent at T is heard, every change committed before T has been heard too. This
 * server's own writes move their stripes when their transaction ends, so a client reads its own writes here at once;
 * other servers see them within the maximum staleness. When the connection fails nothing is trusted until the
 * listener listens again, and then everything read before is read again.</li>
 * <li>Otherwise ({@code database}, or a shared database other than PostgreSQL) nothing is kept: every read asks the
 * database, and every answer is exact.</li>
 * </ul>
 */
@ApplicationScoped
public class ProductChangeNotices {

    private static final Logger LOG = Logger.getLogger(ProductChangeNotices.class.getName());

    static final int STRIPES = 1 << 16;

    /** The payload prefix of heartbeats: a product notice starts with a product id, never with this. */
    private static final String HEARTBEAT = "heartbeat ";

    @Resource(lookup = "jdbc/catalog")
    DataSource dataSource;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "catalog.product-cache.revisions", defaultValue = "auto")
    String mode;

    @Inject
    @ConfigProperty(name = "catalog.product-cache.max-staleness", defaultValue = "PT1S")
    Duration maxStaleness;

    private final AtomicLongArray stripes = new AtomicLongArray(STRIPES);
    private final String node = UUID.randomUUID().toString();
    private long maxStalenessNanos;
    private volatile boolean enabled;
    /** The database is this server's alone: only its own writes change products, and they move the stripes. */
    private volatile boolean local;

    private volatile boolean listening;
    /** System.nanoTime() at which the latest heartbeat heard was sent; only read while {@link #listening}. */
    private volatile long heardSentAt;

    private volatile boolean stopping;
    private volatile Thread listener;
    private volatile Connection connection;

    void start(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object ignored) {
        if (maxStaleness.isNegative() || maxStaleness.toMillis() < 40) {
            throw new IllegalStateException(
                    "catalog.product-cache.max-staleness is " + maxStaleness + ": it must be at least 40 ms");
        }
        Trust trust = trust(mode, () -> CatalogDatabase.of(dataSource), ProductChangeNotices::postgresDriverVisible);
        LOG.log(trust.level(), trust.reason());
        maxStalenessNanos = maxStaleness.toNanos();
        switch (trust.kind()) {
            case DATABASE -> {}
            case LOCAL -> {
                local = true;
                enabled = true;
            }
            case NOTIFICATIONS -> {
                heardSentAt = System.nanoTime() - 2 * maxStalenessNanos;
                enabled = true;
                Thread thread = threads.newThread(this::listen);
                thread.setName("catalog-product-change-notices");
                thread.setDaemon(true);
                listener = thread;
                thread.start();
            }
        }
    }

    /** What vouches for kept revisions: nothing (every read asks), this server's own writes, or notifications. */
    enum TrustKind {
        DATABASE,
        LOCAL,
        NOTIFICATIONS
    }

    /** The choice {@link #trust} made, and what the log says of it (a warning where the choice is not the one asked). */
    record Trust(TrustKind kind, Level level, String reason) {}

    /**
     * Chooses by {@code catalog.product-cache.revisions} and the database: {@code database} trusts nothing;
     * {@code auto} and {@code notifications} trust this server's own writes on an embedded database of its alone,
     * notifications on PostgreSQL (when the application sees the driver's classes), and nothing elsewhere, which
     * {@code notifications} warns of.
     */
    static Trust trust(String mode, Supplier<CatalogDatabase> database, BooleanSupplier postgresDriverVisible) {
        String wanted = mode.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals("auto") && !wanted.equals("database") && !wanted.equals("notifications")) {
            throw new IllegalStateException(
                    "catalog.product-cache.revisions is \"" + mode + "\": it takes auto, database or notifications");
        }
        if (wanted.equals("database")) {
            return new Trust(
                    TrustKind.DATABASE,
                    Level.INFO,
                    "catalog.product-cache.revisions=database: every product"
                            + " read checks its revision against the database");
        }
        CatalogDatabase db = database.get();
        if (db.embeddedAlone()) {
            return new Trust(
                    TrustKind.LOCAL,
                    Level.INFO,
                    "Kept product revisions are trusted until this server"
                            + " changes the product: the embedded database is this server's alone");
        }
        Level fallback = wanted.equals("notifications") ? Level.WARNING : Level.INFO;
        if (!db.vendor().equals("postgresql")) {
            return new Trust(
                    TrustKind.DATABASE,
                    fallback,
                    "catalog.product-cache.revisions=" + wanted
                            + ": change notifications need PostgreSQL or an embedded H2 database (this one is "
                            + db.vendor()
                            + " at " + db.url() + "): every product read checks its revision against the database");
        }
        if (!postgresDriverVisible.getAsBoolean()) {
            return new Trust(
                    TrustKind.DATABASE,
                    fallback,
                    "catalog.product-cache.revisions=" + wanted
                            + ": change notifications need the PostgreSQL driver's classes visible to the application"
                            + " (README, Deploying): every product read checks its revision against the database");
        }
        return new Trust(
                TrustKind.NOTIFICATIONS,
                Level.INFO,
                "Kept product revisions are trusted while PostgreSQL's"
                        + " change notifications say nothing changed (catalog.product-cache.revisions=" + wanted
                        + "): other servers' writes are seen within catalog.product-cache.max-staleness");
    }

    /**
     * Lets the listener stop by itself (it looks at least every quarter of the maximum staleness), so that it stops
     * listening before its connection goes back to the pool; closes the connection under it only if it does not.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        Thread thread = listener;
        if (thread == null) {
            return;
        }
        try {
            thread.join(maxStalenessNanos / 4_000_000 + 2_000);
            if (thread.isAlive()) {
                closeQuietly(connection);
                thread.join(2_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether this server keeps revisions at all (embedded H2, or notifications on PostgreSQL). */
    boolean enabled() {
        return enabled;
    }

    /**
     * Whether a revision read earlier may be trusted now (if its stripe is unchanged): always on an embedded database
     * of this server's alone; on PostgreSQL while listening and heard lately.
     */
    boolean trusted() {
        return local || listening && System.nanoTime() - heardSentAt < maxStalenessNanos;
    }

    /** The stamp of a product's stripe; take it before reading the revision it will vouch for. */
    long stamp(StoreId store, ProductId id) {
        return stripes.get(stripe(store.value(), id.value().toString()));
    }

    /** Whether nothing was announced for the product's stripe since {@code stamp} was taken. */
    boolean unchangedSince(StoreId store, ProductId id, long stamp) {
        return stripes.get(stripe(store.value(), id.value().toString())) == stamp;
    }

    /**
     * Products the current transaction changes: their stripes move when it ends (commit or rollback), before the
     * writer is answered. When revisions are not kept it does nothing.
     */
    public void changedHere(StoreId store, Collection<ProductId> ids) {
        if (!enabled || ids.isEmpty()) {
            return;
        }
        Object key = ProductChangeNotices.class;
        @SuppressWarnings("unchecked")
        Set<Integer> pending = (Set<Integer>) transactions.getResource(key);
        if (pending == null) {
            // Concurrent: a transaction timeout may end the transaction on another thread.
            Set<Integer> created = ConcurrentHashMap.newKeySet();
            transactions.putResource(key, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    created.forEach(stripes::incrementAndGet);
                }
            });
            pending = created;
        }
        for (ProductId id : ids) {
            pending.add(stripe(store.value(), id.value().toString()));
        }
    }

    static int stripe(String store, String productId) {
        int h = productId.hashCode() * 31 + store.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }

    /** Whether the application sees the PostgreSQL driver's classes (the server shares its JDBC library with it). */
    private static boolean postgresDriverVisible() {
        try {
            Class.forName("org.postgresql.PGConnection", false, ProductChangeNotices.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The listener thread: listen, heartbeat, apply announcements; on failure forget everything and listen again. */
    private void listen() {
        boolean failing = false;
        while (!stopping) {
            try (Connection c = dataSource.getConnection()) {
                connection = c;
                PostgresListen channel =
                        PostgresListen.on(c, Runnable::run, (int) Math.max(10_000, maxStalenessNanos / 250_000));
                try {
                    forgetEverything();
                    listening = true;
                    if (failing) {
                        LOG.info("Listening to product change notifications again");
                        failing = false;
                    }
                    hear(channel);
                } finally {
                    listening = false;
                    channel.unlisten();
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                if (!failing) {
                    failing = true;
                    LOG.log(
                            Level.WARNING,
                            "Product change notifications stopped: kept answers are checked against"
                                    + " the database until listening again",
                            e);
                }
                for (int i = 0; i < 10 && !stopping; i++) {
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            } finally {
                connection = null;
            }
        }
    }

    /** Heartbeats every quarter of the maximum staleness; in between, applies what arrives. */
    private void hear(PostgresListen channel) throws SQLException {
        long heartbeatNanos = maxStalenessNanos / 4;
        long sentAt = System.nanoTime() - heartbeatNanos;
        while (!stopping) {
            long now = System.nanoTime();
            if (now - sentAt >= heartbeatNanos) {
                sentAt = now;
                channel.notify(HEARTBEAT + node + " " + now);
            }
            long waitMillis = Math.max(1, (heartbeatNanos - (System.nanoTime() - sentAt)) / 1_000_000);
            for (String payload : channel.receive((int) Math.min(Integer.MAX_VALUE, waitMillis))) {
                apply(payload);
            }
        }
    }

    private void apply(String payload) {
        if (payload.equals(PostgresListen.TRUNCATE)) {
            forgetEverything();
            return;
        }
        if (payload.startsWith(HEARTBEAT)) {
            String rest = payload.substring(HEARTBEAT.length());
            int space = rest.indexOf(' ');
            if (space > 0 && rest.substring(0, space).equals(node)) {
                long sent = Long.parseLong(rest.substring(space + 1));
                if (sent - heardSentAt > 0) {
                    heardSentAt = sent;
                }
            }
            return;
        }
        int space = payload.indexOf(' ');
        if (space > 0) {
            stripes.incrementAndGet(stripe(payload.substring(space + 1), payload.substring(0, space)));
        }
    }

    /** Moves every stripe: what was read before now is no longer trusted (announcements may have been missed). */
    private void forgetEverything() {
        for (int i = 0; i < STRIPES; i++) {
            stripes.incrementAndGet(i);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // stopping anyway
            }
        }
    }
}
