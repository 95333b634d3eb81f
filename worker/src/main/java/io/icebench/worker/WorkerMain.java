package io.icebench.worker;

import io.icebench.core.model.ErrorKind;
import io.icebench.core.protocol.FrameCodec;
import io.icebench.core.protocol.FrameReader;
import io.icebench.core.protocol.Message;
import io.icebench.core.sql.EngineReads;
import io.icebench.core.sql.TableNames;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The worker process of a JVM engine: answers the coordinator's messages by calling one {@link Engine}.
 * The protocol owns the process's stdout; {@code System.out} is pointed at stderr (the worker log) so that
 * engine output cannot mix into it. The SQL's table names are mapped for the engine here, before the timer starts
 * ({@link TableNames}, by the {@code reads=} declaration the worker is started with).
 */
public final class WorkerMain {

    private final Engine engine;
    private final Executions executions;
    private final OutputStream protocol;
    private TableNames names;

    private WorkerMain(Engine engine, OutputStream protocol) {
        this.engine = engine;
        this.executions = new Executions(engine);
        this.protocol = protocol;
    }

    public static void main(String[] args) throws Exception {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        Engine engine = load(args.length > 0 ? args[0] : null);
        int exit = new WorkerMain(engine, protocol).loop();
        System.exit(exit);
    }

    private static Engine load(String name) {
        for (Engine engine : ServiceLoader.load(Engine.class)) {
            if (name == null || engine.name().equals(name)) {
                return engine;
            }
        }
        throw new IllegalStateException("no engine named " + name + " on the worker's classpath");
    }

    private int loop() throws Exception {
        FrameCodec.write(
                protocol,
                new Message.Hello(
                        engine.name(), safeVersion(), ProcessHandle.current().pid()));
        FrameReader in = new FrameReader(new FileInputStream(FileDescriptor.in));
        Message message;
        while ((message = in.read(line -> System.err.println("[stray input] " + line))) != null) {
            if (message instanceof Message.Close) {
                long start = System.nanoTime();
                engine.close();
                FrameCodec.write(protocol, new Message.Ready(System.nanoTime() - start, null));
                return 0;
            }
            for (Message reply : replies(message)) {
                FrameCodec.write(protocol, reply);
            }
        }
        engine.close();
        return 0;
    }

    /** The replies to one request: one, or for an execute one per run of its series ({@link Executions}). */
    private List<Message> replies(Message message) {
        if (message instanceof Message.Execute execute) {
            try {
                String sql = names().map(execute.sql());
                return executions.series(execute, sql, error -> failed(message, error));
            } catch (RuntimeException error) {
                return List.of(failed(message, error));
            }
        }
        return List.of(answer(message));
    }

    private Message answer(Message message) {
        try {
            if (message instanceof Message.Open open) {
                EngineReads reads = EngineReads.ofWorker();
                return timed(() -> {
                    engine.open(open);
                    names = TableNames.of(reads, open.catalog(), open.defaultNamespace(), engine.catalogName(open));
                });
            }
            if (message instanceof Message.Register register) {
                return timed(() -> engine.register(names().registered(register.table())));
            }
            if (message instanceof Message.ExecuteConcurrently concurrently) {
                return ConcurrentClients.run(engine, mapped(concurrently));
            }
            return new Message.Error(ErrorKind.CRASH, "unexpected message " + message);
        } catch (Throwable error) {
            return failed(message, error);
        }
    }

    private Message.Error failed(Message request, Throwable error) {
        error.printStackTrace();
        return Message.Error.replyTo(request, engine.classify(error), engine.message(error));
    }

    private Message timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return new Message.Ready(System.nanoTime() - start, safeVersion());
    }

    private TableNames names() {
        if (names == null) {
            throw new IllegalStateException("the engine session is not open: the coordinator sends open first");
        }
        return names;
    }

    private Message.ExecuteConcurrently mapped(Message.ExecuteConcurrently request) {
        List<List<Message.Statement>> clients = request.clients().stream()
                .map(statements -> statements.stream()
                        .map(s -> new Message.Statement(s.queryId(), names().map(s.sql())))
                        .toList())
                .toList();
        return new Message.ExecuteConcurrently(clients);
    }

    private String safeVersion() {
        try {
            return engine.version();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
