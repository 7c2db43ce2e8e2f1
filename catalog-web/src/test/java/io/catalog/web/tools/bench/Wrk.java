package io.catalog.web.tools.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk (the HTTP load tool) with {@code scripts/bench/requests.lua} over a list of requests and reads the
 * figures its script prints. wrk is looked up on the PATH; when missing, {@code scripts/bench/install-tools.sh}
 * installs it from the system's packages.
 */
final class Wrk {

    /** A request of the list: method, path and JSON body (or null); see requests.lua for placeholders. */
    record Request(String method, String path, String body) {
        String line() {
            if (path.contains("\t") || (body != null && (body.contains("\t") || body.contains("\n")))) {
                throw new IllegalArgumentException("tabs and line breaks do not fit a request line: " + path);
            }
            return method + "\t" + path + (body == null ? "" : "\t" + body);
        }
    }

    /** How much load: wrk threads, open connections, and for how long. */
    record Load(int threads, int connections, Duration duration) {}

    private final Path executable;
    private final Path script;
    private final Path workDir;

    private Wrk(Path executable, Path script, Path workDir) {
        this.executable = executable;
        this.script = script;
        this.workDir = workDir;
    }

    static Wrk locate(Path scriptsDir, Path workDir) throws IOException, InterruptedException {
        Optional<Path> found = onPath("wrk");
        if (found.isEmpty()) {
            Path install = scriptsDir.resolve("install-tools.sh");
            Process process =
                    new ProcessBuilder("bash", install.toString()).inheritIO().start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk is not installed and " + install + " could not install it");
            }
            found = onPath("wrk");
        }
        Files.createDirectories(workDir);
        return new Wrk(
                found.orElseThrow(() -> new IllegalStateException("wrk not found on the PATH")),
                scriptsDir.resolve("requests.lua"),
                workDir);
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Sends {@code requests} round robin under {@code load}; the figures, without RSS and ratio. */
    ScenarioResult run(String scenario, int storeSize, URI base, String token, List<Request> requests, Load load)
            throws IOException, InterruptedException {
        Path file = workDir.resolve(scenario + ".tsv");
        List<String> lines = new ArrayList<>();
        requests.forEach(r -> lines.add(r.line()));
        Files.write(file, lines, StandardCharsets.UTF_8);
        long seconds = Math.max(1, load.duration().toSeconds());
        String target = base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
        ProcessBuilder builder = new ProcessBuilder(
                        executable.toString(),
                        "-t",
                        Integer.toString(load.threads()),
                        "-c",
                        Integer.toString(Math.max(load.threads(), load.connections())),
                        "-d",
                        seconds + "s",
                        "--timeout",
                        "30s",
                        "-s",
                        script.toString(),
                        target,
                        "--",
                        file.toString())
                .redirectErrorStream(true);
        builder.environment().put("CATALOG_BENCH_TOKEN", token);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk did not finish: " + output);
        }
        String line = output.lines()
                .filter(l -> l.startsWith("BENCH_RESULT "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "wrk printed no result (exit " + process.exitValue() + "):\n" + output));
        JsonObject figures;
        try (JsonReader reader = Json.createReader(new StringReader(line.substring("BENCH_RESULT ".length())))) {
            figures = reader.readObject();
        }
        long count = figures.getJsonNumber("requests").longValue();
        double secondsRun = figures.getJsonNumber("durationMicros").longValue() / 1e6;
        long errors = figures.getJsonNumber("connectErrors").longValue()
                + figures.getJsonNumber("readErrors").longValue()
                + figures.getJsonNumber("writeErrors").longValue()
                + figures.getJsonNumber("statusErrors").longValue()
                + figures.getJsonNumber("timeouts").longValue();
        return new ScenarioResult(
                scenario,
                storeSize,
                count,
                count / secondsRun,
                millis(figures, "p50Micros"),
                millis(figures, "p90Micros"),
                millis(figures, "p99Micros"),
                errors,
                Double.NaN,
                Double.NaN,
                -1,
                "%d threads, %d connections".formatted(load.threads(), load.connections()));
    }

    private static double millis(JsonObject figures, String name) {
        return figures.getJsonNumber(name).longValue() / 1000.0;
    }
}
