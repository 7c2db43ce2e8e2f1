package io.catalog.web.nodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A Java program run by the test as a child process on the test's own classpath (the broker, the example consumer),
 * its output in a log file of each start. It can be killed with SIGKILL and started again.
 */
final class JavaProgram implements AutoCloseable {

    private final String name;
    private final List<String> command;
    private final Path logs;
    private Process process;
    private Path log;
    private int starts;

    JavaProgram(String name, Path logs, String mainClass, String... args) {
        this.name = name;
        this.logs = logs;
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        this.command.addAll(List.of(args));
    }

    /** Starts the program and waits until its output has a line containing {@code ready}, at most {@code patience}. */
    void start(String ready, Duration patience) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        log = logs.resolve(name + "-start-" + (++starts) + ".log");
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Instant deadline = Instant.now().plus(patience);
        while (!Files.readString(log).contains(ready)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        name + " did not say '" + ready + "' after " + patience + "; see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** Kills the program with SIGKILL and waits until it is gone. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(name + " did not exit", e);
        }
    }

    /** The output of the latest start. */
    String output() throws IOException {
        return log == null ? "" : Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.toHandle().destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            kill();
        }
    }
}
