package io.catalog.persistence.product.revisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SharedLookupsTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() throws InterruptedException {
        callers.shutdownNow();
        assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCallerAloneRunsItsOwnStatementAtOnce() throws Exception {
        List<Set<String>> statements = new CopyOnWriteArrayList<>();
        SharedLookups<String, String> lookups = new SharedLookups<>(8, keys -> {
            statements.add(Set.copyOf(keys));
            return Map.of("a", "A");
        });

        assertThat(lookups.get("a")).contains("A");
        assertThat(lookups.get("b")).isEmpty();
        assertThat(statements).containsExactly(Set.of("a"), Set.of("b"));
    }

    @Test
    @Timeout(20)
    void callersThatArriveWhileAStatementRunsShareTheNextOne() throws Exception {
        CountDownLatch firstRuns = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<Set<String>> statements = new CopyOnWriteArrayList<>();
        SharedLookups<String, String> lookups = new SharedLookups<>(32, keys -> {
            statements.add(Set.copyOf(keys));
            if (statements.size() == 1) {
                firstRuns.countDown();
                releaseFirst.await();
            }
            Map<String, String> values = new HashMap<>();
            keys.forEach(key -> values.put(key, key.toUpperCase()));
            return values;
        });
        Future<Optional<String>> first = callers.submit(() -> lookups.get("first"));
        firstRuns.await();
        List<Future<Optional<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String key = "k" + i;
            waiting.add(callers.submit(() -> lookups.get(key)));
        }
        // Every one of them has queued its key and waits: only the first statement has run.
        awaitQueued(lookups, 10);
        assertThat(statements).hasSize(1);

        releaseFirst.countDown();
        assertThat(first.get()).contains("FIRST");
        for (int i = 0; i < 10; i++) {
            assertThat(waiting.get(i).get()).contains("K" + i);
        }
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1)).hasSize(10);
    }

    @Test
    @Timeout(20)
    void noStatementReadsMoreKeysThanItsLimitAndEveryCallerIsAnswered() throws Exception {
        CountDownLatch firstRuns = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        SharedLookups<Integer, Integer> lookups = new SharedLookups<>(4, keys -> {
            sizes.add(keys.size());
            if (sizes.size() == 1) {
                firstRuns.countDown();
                releaseFirst.await();
            }
            Map<Integer, Integer> values = new HashMap<>();
            keys.forEach(key -> values.put(key, -key));
            return values;
        });
        Future<Optional<Integer>> first = callers.submit(() -> lookups.get(0));
        firstRuns.await();
        List<Future<Optional<Integer>>> waiting = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int key = i;
            waiting.add(callers.submit(() -> lookups.get(key)));
        }
        awaitQueued(lookups, 10);
        releaseFirst.countDown();

        assertThat(first.get()).contains(0);
        for (int i = 1; i <= 10; i++) {
            assertThat(waiting.get(i - 1).get()).contains(-i);
        }
        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(1, 4));
        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
    }

    @Test
    @Timeout(20)
    void aFailedStatementFailsEveryCallerItWasForAndTheNextOneRunsAgain() throws Exception {
        CountDownLatch firstRuns = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger statements = new AtomicInteger();
        SharedLookups<String, String> lookups = new SharedLookups<>(32, keys -> {
            int statement = statements.incrementAndGet();
            if (statement == 1) {
                firstRuns.countDown();
                releaseFirst.await();
                return Map.of();
            }
            if (statement == 2) {
                throw new java.sql.SQLException("connection lost");
            }
            return Map.of("again", "AGAIN");
        });
        Future<Optional<String>> first = callers.submit(() -> lookups.get("first"));
        firstRuns.await();
        List<Future<Optional<String>>> failing = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String key = "k" + i;
            failing.add(callers.submit(() -> lookups.get(key)));
        }
        awaitQueued(lookups, 5);
        releaseFirst.countDown();

        assertThat(first.get()).isEmpty();
        for (Future<Optional<String>> failed : failing) {
            assertThatThrownBy(failed::get)
                    .hasRootCauseInstanceOf(java.sql.SQLException.class)
                    .hasRootCauseMessage("connection lost");
        }
        assertThat(statements).hasValue(2);
        assertThat(lookups.get("again")).contains("AGAIN");
    }

    /**
     * Many callers at once, statements of random length: every caller is answered (none is left waiting), with the
     * value of its own key, read by a statement that started after it asked.
     */
    @Test
    @Timeout(60)
    void underLoadEveryAnswerWasReadAfterItsCallerAsked() throws Exception {
        AtomicLong clock = new AtomicLong();
        AtomicInteger statements = new AtomicInteger();
        SharedLookups<Integer, long[]> lookups = new SharedLookups<>(8, keys -> {
            statements.incrementAndGet();
            long started = clock.incrementAndGet();
            if (ThreadLocalRandom.current().nextInt(4) == 0) {
                Thread.sleep(0, 200_000);
            }
            Map<Integer, long[]> values = new HashMap<>();
            keys.forEach(key -> values.put(key, new long[] {key, started}));
            return values;
        });
        int threads = 16;
        int callsEach = 3_000;
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(callers.submit(() -> {
                for (int i = 0; i < callsEach; i++) {
                    int key = ThreadLocalRandom.current().nextInt(64);
                    long asked = clock.incrementAndGet();
                    long[] answer = lookups.get(key).orElseThrow();
                    assertThat(answer[0]).isEqualTo(key);
                    assertThat(answer[1])
                            .as("the statement started after the caller asked")
                            .isGreaterThan(asked);
                }
                return callsEach;
            }));
        }
        for (Future<Integer> worker : workers) {
            assertThat(worker.get()).isEqualTo(callsEach);
        }
        // Shared: fewer statements than calls (16 threads on however many cores this machine has).
        assertThat(statements.get()).isLessThan(threads * callsEach);
    }

    private static void awaitQueued(SharedLookups<?, ?> lookups, int callers) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (lookups.queued() < callers) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + lookups.queued() + " callers queued");
            }
            Thread.sleep(5);
        }
    }
}
