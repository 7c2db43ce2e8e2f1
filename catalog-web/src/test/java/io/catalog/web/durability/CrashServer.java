package io.catalog.web.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Liberty server of the build's runtime ({@code target/liberty/wlp}) run as a child process of the test with
 * {@code server run}, which replaces its shell with the server's JVM: the child's pid is the server's. It can be
 * killed with SIGKILL, as a crash or the kernel's OOM killer would, and started again on the same configuration and
 * data. Each start writes the server's console to its own log file.
 */
public final class CrashServer implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path wlp;
    private final String name;
    private final URI base;
    private final Path logs;
    private Process process;
    private int starts;

    public CrashServer(Path wlp, String name, int httpPort, Path logs) {
        this.wlp = wlp;
        this.name = name;
        this.base = URI.create("http://localhost:" + httpPort + "/");
        this.logs = logs;
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** Starts the server and waits until it answers ready ({@code /health/ready}), at most {@code patience}. */
    public void start(Duration patience) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("server " + name + " is already running (pid " + process.pid() + ")");
        }
        if (answers(base.resolve("health/ready")) != -1) {
            throw new IllegalStateException("another process already answers at " + base);
        }
        Files.createDirectories(logs);
        Path log = logs.resolve(name + "-start-" + (++starts) + ".log");
        process = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(patience);
        while (answers(base.resolve("health/ready")) != 200) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "server " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("server " + name + " not ready after " + patience + "; see " + log);
            }
            Thread.sleep(500);
        }
    }

    /**
     * Kills the server's JVM with SIGKILL ({@link ProcessHandle#destroyForcibly()} on Linux): no shutdown hook, no
     * H2 close, no flush of anything still in the process's memory. Returns once the process is gone.
     */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        awaitExit(process, Duration.ofSeconds(30));
    }

    /** Writes the server's threads ({@code jcmd <pid> Thread.print}) next to its logs; answers the file. */
    public Path dumpThreads() throws IOException, InterruptedException {
        Path dump = logs.resolve(name + "-start-" + starts + "-threads.txt");
        Process jcmd = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                        Long.toString(process.pid()),
                        "Thread.print")
                .redirectErrorStream(true)
                .redirectOutput(dump.toFile())
                .start();
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return dump;
    }

    /** Stops the server if it runs (SIGTERM, Liberty's orderly stop), at most a minute; then kills it. */
    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.toHandle().destroy();
        try {
            process.onExit().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            kill();
        }
    }

    private static void awaitExit(Process process, Duration patience) throws InterruptedException {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("process " + process.pid() + " did not exit", e);
        }
    }

    /** The status {@code uri} answers with, or -1 when nothing answers. */
    private static int answers(URI uri) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
