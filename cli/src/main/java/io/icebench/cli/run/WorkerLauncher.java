package io.icebench.cli.run;

import io.icebench.cli.run.RunPlan.PlannedEngine;
import io.icebench.core.config.Defaults;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import io.icebench.core.model.TableSnapshot;
import io.icebench.core.protocol.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * Starts one engine worker and sets it up: process start until its hello ({@code startupMs}), then the
 * engine session and the registration of every table the engine can read right ({@code setupMs}, timed inside
 * the worker).
 */
public final class WorkerLauncher {

    /** A worker ready for queries. */
    public record ReadyWorker(WorkerConnection connection, String version, double startupMs, double setupMs) {}

    private final WorkerStarter starter;

    public WorkerLauncher(WorkerStarter starter) {
        this.starter = starter;
    }

    /** {@code remaining} is the time budget left at each step; a failure kills the worker before it is thrown. */
    public ReadyWorker start(
            PlannedEngine engine, Message.Open open, List<TableSnapshot> tables, Path log, Supplier<Duration> remaining)
            throws WorkerFailure {
        long start = System.nanoTime();
        WorkerConnection worker;
        try {
            worker = starter.start(engine, log);
        } catch (IOException e) {
            throw new WorkerFailure(Failure.of(ErrorKind.SETUP, "cannot start the worker: " + e.getMessage()));
        }
        try {
            Duration startLimit = Defaults.WORKER_START_TIMEOUT.compareTo(remaining.get()) <= 0
                    ? Defaults.WORKER_START_TIMEOUT
                    : remaining.get();
            Message.Hello hello = hello(worker.receive(startLimit, "worker start-up"));
            double startupMs = (System.nanoTime() - start) / 1e6;
            Message.Ready opened = ready(worker.request(open, remaining.get(), "engine set-up"));
            long setupNanos = opened.nanos();
            for (TableSnapshot table : tables) {
                if (engine.descriptor()
                                .access()
                                .whyNotReadable(
                                        engine.spec().engine(), engine.spec().engineOptions(), table)
                        != null) {
                    continue; // never handed over: its queries are refused (QueryMeasurement)
                }
                setupNanos += ready(worker.request(
                                new Message.Register(table), remaining.get(), "registering " + table.fullName()))
                        .nanos();
            }
            String version = opened.version() != null ? opened.version() : hello.version();
            return new ReadyWorker(worker, version, startupMs, setupNanos / 1e6);
        } catch (WorkerFailure | RuntimeException e) {
            worker.kill();
            throw e;
        }
    }

    private static Message.Hello hello(Message first) throws WorkerFailure {
        if (first instanceof Message.Hello hello) {
            return hello;
        }
        throw new WorkerFailure(Failure.of(ErrorKind.CRASH, "the worker's first message is not hello but " + first));
    }

    private static Message.Ready ready(Message reply) throws WorkerFailure {
        if (reply instanceof Message.Ready ready) {
            return ready;
        }
        if (reply instanceof Message.Error error) {
            throw new WorkerFailure(Failure.of(error.kind(), error.message()));
        }
        throw new WorkerFailure(Failure.of(ErrorKind.CRASH, "unexpected reply " + reply));
    }
}
