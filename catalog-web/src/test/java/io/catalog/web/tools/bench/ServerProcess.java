package io.catalog.web.tools.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server's process, found by the TCP port it listens on, and its resident memory (Linux). */
final class ServerProcess {

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private final OptionalLong pid;

    private ServerProcess(OptionalLong pid) {
        this.pid = pid;
    }

    static ServerProcess listeningOn(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(ss.getInputStream().readAllBytes());
            ss.waitFor(10, TimeUnit.SECONDS);
            Matcher matcher = PID.matcher(out);
            return new ServerProcess(
                    matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty());
        } catch (IOException e) {
            return new ServerProcess(OptionalLong.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServerProcess(OptionalLong.empty());
        }
    }

    OptionalLong pid() {
        return pid;
    }

    /**
     * Waits until the server has been idle (under a tenth of a core for two seconds), at most {@code max}: after
     * seeding, the events of the seeded products are still being published, and a scenario measured meanwhile
     * shares the cores with them. How long it waited; zero when the process is unknown.
     */
    Duration awaitIdle(Duration max) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        long before = cpuTicks();
        while (before >= 0 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            long now = cpuTicks();
            if (now < 0 || now - before < 20) {
                break;
            }
            before = now;
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The CPU time the process used so far, in clock ticks (user and system, 100 a second), or -1 when unknown. */
    private long cpuTicks() {
        if (pid.isEmpty()) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid.getAsLong()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Resident set size in KiB, or -1 when unknown. */
    long rssKb() {
        if (pid.isEmpty()) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid.getAsLong()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
