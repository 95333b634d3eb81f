package io.icebench.cli.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The virtual environment of the Python engines, made by icebench under its data directory from the pinned
 * {@code python/requirements*.txt}, and reused while those files (and the Python) are unchanged. A package
 * pip cannot install makes its engine unavailable with pip's own one-line reason.
 */
public final class PythonEnvironment {

    private static final String STAMP = "icebench-stamp";
    private final Path home;
    private final Path dir;
    private final PrintStream out;
    private Map<String, String> unavailable;

    public PythonEnvironment(Path home, Path dataDir, PrintStream out) {
        this.home = home;
        this.dir = dataDir.resolve("python-env");
        this.out = out;
    }

    public Path python() {
        return dir.resolve("bin/python");
    }

    public Path sources() {
        return home.resolve("python");
    }

    /** Why each Python engine cannot run ({@code "*"} for all), empty when all can; creates the environment once. */
    public synchronized Map<String, String> unavailable() {
        if (unavailable == null) {
            unavailable = prepare();
        }
        return unavailable;
    }

    private Map<String, String> prepare() {
        Map<String, String> reasons = new TreeMap<>();
        String python = System.getenv().getOrDefault("ICEBENCH_PYTHON", "python3");
        String version = run(List.of(python, "--version"), 30).strip();
        if (!version.startsWith("Python 3")) {
            reasons.put("*", "no Python 3 found as '" + python + "' (install Python 3.9+ or set ICEBENCH_PYTHON)");
            return reasons;
        }
        try {
            String stamp = digest(version);
            Path stampFile = dir.resolve(STAMP);
            if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
                return readReasons();
            }
            out.println("⏳ creating the Python engines' environment in " + dir + " (pip, once)...");
            long start = System.nanoTime();
            deleteRecursively(dir);
            Result venv = exec(List.of(python, "-m", "venv", dir.toString()), 120);
            if (venv.exit != 0) {
                reasons.put("*", "python -m venv failed (" + lastLine(venv.output) + ")");
                return reasons;
            }
            Result core = pip("requirements.txt");
            if (core.exit != 0) {
                reasons.put("polars", "pip could not install polars (" + lastLine(core.output) + ")");
            }
            Result daft = pip("requirements-daft.txt");
            if (daft.exit != 0) {
                reasons.put("daft", "pip could not install daft (" + lastLine(daft.output) + ")");
            }
            writeReasons(reasons);
            Files.writeString(stampFile, stamp);
            out.printf("   done in %.1f s%n", (System.nanoTime() - start) / 1e9);
            return reasons;
        } catch (IOException e) {
            reasons.put("*", "cannot prepare " + dir + ": " + e.getMessage());
            return reasons;
        }
    }

    private Result pip(String requirements) {
        return exec(List.of(python().toString(), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                "-r", sources().resolve(requirements).toString()), 900);
    }

    private String digest(String pythonVersion) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(pythonVersion.getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(sources().resolve("requirements.txt")));
            sha.update(Files.readAllBytes(sources().resolve("requirements-daft.txt")));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeReasons(Map<String, String> reasons) throws IOException {
        List<String> lines = new ArrayList<>();
        reasons.forEach((engine, reason) -> lines.add(engine + "\t" + reason));
        Files.write(dir.resolve("unavailable.tsv"), lines);
    }

    private Map<String, String> readReasons() throws IOException {
        Map<String, String> reasons = new TreeMap<>();
        Path file = dir.resolve("unavailable.tsv");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    reasons.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return reasons;
    }

    private static String lastLine(String output) {
        String last = "no output";
        for (String line : output.split("\\R")) {
            if (!line.isBlank()) {
                last = line.strip();
                if (last.startsWith("ERROR:")) {
                    return last;
                }
            }
        }
        return last;
    }

    private record Result(int exit, String output) {
    }

    private static Result exec(List<String> command, int timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static String run(List<String> command, int timeoutSeconds) {
        Result result = exec(command, timeoutSeconds);
        return result.exit == 0 ? result.output : "";
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
