package io.icebench.cli.engine;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.icebench.core.config.ConfigException;
import io.icebench.core.config.Settings;
import io.icebench.core.config.UserCache;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the engines of an icebench checkout: every {@code engines/<name>/engine.properties}. A JVM engine
 * runs as {@code java <jvm-options> -cp <its classpath> io.icebench.worker.WorkerMain <name>}, with the
 * classpath its build wrote to {@code target/runtime-classpath.txt}. The coordinator never loads it.
 */
public final class EngineRegistry {

    static final String WORKER_MAIN = "io.icebench.worker.WorkerMain";
    private final Map<String, Supplier<EngineDescriptor>> engines = new LinkedHashMap<>();
    private final PythonEnvironment python;
    private final Settings settings;
    private final Set<String> onlyWhenNamed = new HashSet<>();
    private final Map<String, Path> dirs = new LinkedHashMap<>();
    private final Map<String, EngineDescriptor> versions = new LinkedHashMap<>();

    private EngineRegistry(PythonEnvironment python, Settings settings) {
        this.python = python;
        this.settings = settings;
    }

    /** Engines of the checkout at {@code home}; Python engines are resolved (and their venv made) on first use. */
    public static EngineRegistry discover(Path home, PythonEnvironment python, Settings settings) {
        EngineRegistry registry = new EngineRegistry(python, settings);
        Path root = home.resolve("engines");
        if (!Files.isDirectory(root)) {
            return registry;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted()
                    .filter(d -> Files.isRegularFile(d.resolve("engine.properties")))
                    .toList()) {
                Properties p = properties(dir);
                String name = p.getProperty("name", dir.getFileName().toString());
                registry.engines.put(name, Suppliers.memoize(() -> registry.describe(dir, p, null)));
                registry.dirs.put(name, dir);
                if (!Boolean.parseBoolean(p.getProperty("default-run", "true"))) {
                    registry.onlyWhenNamed.add(name);
                }
            }
        } catch (IOException e) {
            throw new ConfigException("cannot list " + root + ": " + e.getMessage());
        }
        return registry;
    }

    private static Properties properties(Path dir) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve("engine.properties"))) {
            p.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + dir.resolve("engine.properties") + ": " + e.getMessage());
        }
        return p;
    }

    private EngineDescriptor describePython(
            String name, String description, String reads, IcebergAccess access, Properties p, String version) {
        PythonEnvironment python = this.python;
        if (version != null) {
            String library = p.getProperty("library", "").strip();
            if (library.isEmpty()) {
                return EngineDescriptor.unavailable(
                        name, "python", description, reads, "its engine.properties names no library= to pin");
            }
            python = python.pinned(library + "==" + version);
        }
        Map<String, String> reasons = python.unavailable();
        String reason = reasons.getOrDefault("*", reasons.get(name));
        if (reason != null) {
            return EngineDescriptor.unavailable(name, "python", description, reads, reason);
        }
        Map<String, String> environment = new LinkedHashMap<>(access.workerEnvironment());
        environment.put("PYTHONPATH", python.sources().toString());
        environment.put("PYTHONDONTWRITEBYTECODE", "1");
        return new EngineDescriptor(
                name,
                "python",
                description,
                reads,
                List.of(python.python().toString(), "-u", "-m", "icebench_worker", name),
                Map.copyOf(environment),
                false,
                Map.of(),
                null,
                access);
    }

    private EngineDescriptor describe(Path dir, Properties p, String version) {
        String name = p.getProperty("name", dir.getFileName().toString());
        String kind = p.getProperty("kind", "jvm");
        String description =
                p.getProperty("description", name) + (version == null ? "" : " — version " + version + " asked for");
        String reads = p.getProperty("reads-iceberg", "");
        IcebergAccess access;
        try {
            access = IcebergAccess.of(p);
        } catch (IllegalArgumentException e) {
            return EngineDescriptor.unavailable(
                    name,
                    kind,
                    description,
                    reads,
                    "engines/" + dir.getFileName() + "/engine.properties: " + e.getMessage());
        }
        if ("python".equals(kind)) {
            return describePython(name, description, reads, access, p, version);
        }
        if (!"jvm".equals(kind)) {
            return EngineDescriptor.unavailable(
                    name, kind, description, reads, "engine kind '" + kind + "' is not supported yet");
        }
        // an engine may live in another engine's module (starrocks and trino in engines/jdbc)
        Path module = p.containsKey("module") ? dir.resolveSibling(p.getProperty("module")) : dir;
        Path classpathFile = module.resolve("target/runtime-classpath.txt");
        Path classes = module.resolve("target/classes");
        if (!Files.isRegularFile(classpathFile) || !Files.isDirectory(classes)) {
            return EngineDescriptor.unavailable(
                    name, kind, description, reads, "not built (run ./mvnw -B -DskipTests package)");
        }
        String classpath;
        try {
            classpath = classes
                    + File.pathSeparator
                    + Files.readString(classpathFile).strip();
        } catch (IOException e) {
            return EngineDescriptor.unavailable(name, kind, description, reads, "cannot read " + classpathFile);
        }
        if (version != null) {
            Path home = dir.getParent().getParent();
            JvmEngineVersion.Classpath resolved = JvmEngineVersion.resolve(
                    home,
                    name,
                    p,
                    version,
                    classpath.substring(classes.toString().length() + 1));
            if (resolved.reason() != null) {
                return EngineDescriptor.unavailable(name, kind, description, reads, resolved.reason());
            }
            classpath = classes + File.pathSeparator + resolved.classpath();
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        String options = p.getProperty("jvm-options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(Arrays.asList(options.split("\\s+")));
        }
        UnpackedNativeLibrary.Launch unpacked =
                new UnpackedNativeLibrary(UserCache.dir().resolve("native")).apply(p, classpath);
        if (unpacked != null) {
            classpath = unpacked.classpath();
            command.add(unpacked.libraryPathOption());
        }
        command.addAll(List.of(
                "-XX:+ExitOnOutOfMemoryError",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                classpath,
                WORKER_MAIN,
                name));
        boolean remote = Boolean.parseBoolean(p.getProperty("remote", "false"));
        Map<String, String> reach = RemoteReach.of(p);
        EngineDescriptor engine = new EngineDescriptor(
                name,
                kind,
                description,
                reads,
                List.copyOf(command),
                environment(p, access),
                remote,
                reach,
                null,
                access);
        // whether the server answers where the environment says; a run's -E host/port/url options are checked
        // again by EngineDescriptor.forSpec, and win
        return engine.withReason(RemoteReach.whyNot(reach, settings, Map.of()));
    }

    /**
     * The worker's environment: the engine's {@code reads=} declaration, and {@code env.NAME=value} lines unless the
     * user's environment sets NAME.
     */
    private static Map<String, String> environment(Properties p, IcebergAccess access) {
        Map<String, String> environment = new LinkedHashMap<>(access.workerEnvironment());
        for (String key : p.stringPropertyNames()) {
            String variable = key.startsWith("env.") ? key.substring(4) : null;
            if (variable != null && System.getenv(variable) == null) {
                environment.put(variable, p.getProperty(key));
            }
        }
        return environment;
    }

    /** The engines a run without --engines uses: all but those that need the user to name and configure them. */
    public List<EngineDescriptor> defaults() {
        return engines.entrySet().stream()
                .filter(e -> !onlyWhenNamed.contains(e.getKey()))
                .map(e -> e.getValue().get())
                .toList();
    }

    /** Whether a run without --engines leaves this engine out (it must be named, and usually configured). */
    public boolean onlyWhenNamed(String name) {
        return onlyWhenNamed.contains(name);
    }

    public List<EngineDescriptor> all() {
        return engines.values().stream().map(Supplier::get).toList();
    }

    public void requireKnown(String name) {
        if (!engines.containsKey(name)) {
            throw new ConfigException("unknown engine '" + name + "'; engines: " + String.join(", ", engines.keySet()));
        }
    }

    public Settings settings() {
        return settings;
    }

    public EngineDescriptor get(String name) {
        requireKnown(name);
        return engines.get(name).get();
    }

    /**
     * The engine a spec names: at the version it was built with, or at the spec's version, resolved (Maven or pip)
     * once per run and cached under {@link EngineCache}; a version that cannot be had is unavailable with the reason.
     */
    public synchronized EngineDescriptor get(EngineSpec spec) {
        if (spec.version() == null) {
            return get(spec.engine());
        }
        requireKnown(spec.engine());
        Path dir = dirs.get(spec.engine());
        return versions.computeIfAbsent(
                spec.engine() + "@" + spec.version(), key -> describe(dir, properties(dir), spec.version()));
    }

    /** The engine's {@code engine.properties}, for the versions it can be had at ({@code icebench engines --versions}). */
    public Properties declaration(String name) {
        requireKnown(name);
        return properties(dirs.get(name));
    }
}
