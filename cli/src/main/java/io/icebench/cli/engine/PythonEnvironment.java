package io.icebench.cli.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.icebench.core.protocol.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The virtual environment of the Python engines, made once per Python interpreter and pinned
 * {@code python/requirements*.txt} by {@code python/make_env.py}, in a cache shared by every data directory
 * ({@code $ICEBENCH_PYTHON_CACHE}, else {@code $XDG_CACHE_HOME/icebench/python}, else {@code ~/.cache/icebench/python}).
 * A package pip cannot install makes its engine unavailable with pip's own one-line reason. While the environment
 * is being made, a caller that may not wait ({@code icebench engines}) is told so instead of waiting; the making
 * goes on for the next command.
 */
public final class PythonEnvironment {

    /** The longest pip may take, after which it is killed with its processes. */
    public static final Duration MAKING_LIMIT = Duration.ofSeconds(900);

    private final Path home;
    private final PrintStream out;
    private final Duration wait;
    private final String pin;
    private Path dir;
    private Map<String, String> unavailable;

    /** An environment its users wait for (up to {@link #MAKING_LIMIT}) when it must be made. */
    public PythonEnvironment(Path home, PrintStream out) {
        this(home, out, MAKING_LIMIT, null);
    }

    private PythonEnvironment(Path home, PrintStream out, Duration wait, String pin) {
        this.home = home;
        this.out = out;
        this.wait = wait;
        this.pin = pin;
    }

    /** The same environment, for a caller that waits at most {@code wait} for it to be made. */
    public PythonEnvironment waitingAtMost(Duration briefWait) {
        return new PythonEnvironment(home, out, briefWait, pin);
    }

    /** An environment of its own with one package at another version, e.g. {@code polars==1.44.2}. */
    public PythonEnvironment pinned(String requirement) {
        return new PythonEnvironment(home, out, wait, requirement);
    }

    /** The environment's interpreter (known once {@link #unavailable()} ran). */
    public Path python() {
        return (dir == null ? home.resolve("python/.env-not-made") : dir).resolve("bin/python");
    }

    public Path sources() {
        return home.resolve("python");
    }

    /** Why each Python engine cannot run ({@code "*"} for all), empty when all can; makes the environment once. */
    public synchronized Map<String, String> unavailable() {
        if (unavailable == null) {
            unavailable = prepare();
        }
        return unavailable;
    }

    private Map<String, String> prepare() {
        String python = System.getenv().getOrDefault("ICEBENCH_PYTHON", "python3");
        List<String> make = new ArrayList<>(List.of(
                python,
                sources().resolve("make_env.py").toString(),
                "polars=" + sources().resolve("requirements.txt"),
                "--optional",
                "daft=" + sources().resolve("requirements-daft.txt")));
        if (pin != null) {
            make.addAll(2, List.of("--pin", pin));
        }
        List<String> print = new ArrayList<>(make);
        print.add(2, "--print");
        Path scratch;
        try {
            scratch = Files.createTempFile("icebench-python-env", ".txt");
        } catch (IOException e) {
            return Map.of("*", "cannot write a temporary file: " + e.getMessage());
        }
        try {
            LoggedProcess.Outcome where = LoggedProcess.run(print, scratch, Duration.ofSeconds(30));
            JsonNode status = where.exit() == 0 ? parse(where.lastLine()) : null;
            if (status == null) {
                return Map.of(
                        "*",
                        "no Python 3 found as '" + python + "' (" + where.lastLine()
                                + "); install Python 3.9+ or set ICEBENCH_PYTHON");
            }
            dir = Path.of(status.path("dir").asText());
            return status.path("ready").asBoolean() ? reasons(status) : make(make);
        } finally {
            scratch.toFile().delete();
        }
    }

    private Map<String, String> make(List<String> command) {
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        out.println("⏳ preparing the Python engines' environment (Polars, Daft" + (pin == null ? "" : "; " + pin)
                + ") in " + dir);
        out.println("   once per Python and requirements, shared by every data directory; pip's log: " + log);
        long start = System.nanoTime();
        try {
            LoggedProcess making = LoggedProcess.start(command, log);
            if (!making.waitFor(wait)) {
                if (wait.compareTo(MAKING_LIMIT) < 0) {
                    return Map.of(
                            "*",
                            "being prepared (pip, in the background; log " + log + "): run this again in a "
                                    + "minute, or ./icebench engines setup python to wait for it");
                }
                making.killTree();
                return Map.of("*", "pip did not finish in " + MAKING_LIMIT.toSeconds() + " s (log " + log + ")");
            }
            JsonNode status = parse(making.lastLine());
            if (status == null) {
                return Map.of("*", "the environment could not be made: " + making.lastLine() + " (log " + log + ")");
            }
            out.printf("   done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return reasons(status);
        } catch (IOException e) {
            return Map.of("*", "cannot prepare " + dir + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of("*", "interrupted while the environment was being prepared");
        }
    }

    private static Map<String, String> reasons(JsonNode status) {
        Map<String, String> reasons = new TreeMap<>();
        status.path("unavailable")
                .fields()
                .forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asText()));
        return reasons;
    }

    private static JsonNode parse(String line) {
        try {
            JsonNode node = Json.MAPPER.readTree(line);
            return node != null && node.has("dir") ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
