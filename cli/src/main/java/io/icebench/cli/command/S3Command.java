package io.icebench.cli.command;

import io.icebench.catalog.service.EmbeddedS3;
import io.icebench.catalog.service.S3State;
import io.icebench.cli.IcebenchContext;
import io.icebench.cli.Main;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icebench s3 start|stop|status}: the embedded S3-compatible server of the data directory. */
@Command(
        name = "s3",
        mixinStandardHelpOptions = true,
        description =
                "Start, stop or show the embedded S3-compatible server (s3proxy on 127.0.0.1, objects under the data directory).",
        subcommands = {S3Command.Start.class, S3Command.Stop.class, S3Command.Status.class})
public final class S3Command {

    @Command(
            name = "start",
            mixinStandardHelpOptions = true,
            description = "Start it in the background (port 9000 if free) with bucket " + EmbeddedS3.BUCKET
                    + "; it runs until s3 stop.")
    static final class Start implements Callable<Integer> {
        @Option(names = "--port", description = "Port to use (default: 9000 if free, else any free port).")
        int port;

        @Override
        public Integer call() {
            EmbeddedS3 s3 = new EmbeddedS3(IcebenchContext.load().dataDir());
            long start = System.nanoTime();
            EmbeddedS3.StartOutcome outcome = s3.start(port);
            outcome.notes().forEach(note -> System.out.println("note: " + note));
            S3State state = outcome.state();
            if (outcome.started()) {
                System.out.printf(
                        "S3 server started: %s (pid %d) in %.1f s%n",
                        state.endpoint(), state.pid(), (System.nanoTime() - start) / 1e9);
            } else {
                System.out.printf("S3 server already running: %s (pid %d)%n", state.endpoint(), state.pid());
            }
            describe(state);
            return Main.OK;
        }
    }

    @Command(
            name = "stop",
            mixinStandardHelpOptions = true,
            description = "Stop it; while other icebench commands use it, it stops when the last of them ends.")
    static final class Stop implements Callable<Integer> {
        @Option(names = "--force", description = "Stop it now, even while other icebench commands use it.")
        boolean force;

        @Override
        public Integer call() {
            EmbeddedS3.StopOutcome outcome =
                    new EmbeddedS3(IcebenchContext.load().dataDir()).stop(force);
            ServiceStopReport.print(
                    System.out,
                    "S3 server",
                    outcome.state(),
                    outcome.state() == null ? null : outcome.state().endpoint(),
                    outcome.stopped(),
                    outcome.users(),
                    outcome.notes());
            return Main.OK;
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Print endpoint, bucket, pid and uptime; exit 1 when it is not running.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            EmbeddedS3 s3 = new EmbeddedS3(IcebenchContext.load().dataDir());
            Optional<S3State> running = s3.running();
            if (running.isPresent()) {
                S3State s = running.get();
                Duration up = Duration.between(Instant.parse(s.startedAt()), Instant.now());
                System.out.printf(
                        "running: %s  pid %d  uptime %dh %02dm %02ds%n",
                        s.endpoint(), s.pid(), up.toHours(), up.toMinutesPart(), up.toSecondsPart());
                describe(s);
                return Main.OK;
            }
            String problem = s3.staleStateProblem();
            System.out.println(
                    "not running" + (problem == null ? "" : ": " + problem) + " (start it with ./icebench s3 start)");
            return Main.FAILURES;
        }
    }

    private static void describe(S3State state) {
        System.out.println("  bucket       s3://" + EmbeddedS3.BUCKET + "/  (path-style, region us-east-1)");
        System.out.println("  objects      " + state.objects());
        System.out.println("  credentials  " + state.credentials() + "  (access key id and secret key, mode 0600)");
        System.out.println("  log          " + state.log());
    }
}
