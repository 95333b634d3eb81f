package io.icebench.cli.run;

import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;
import java.time.Duration;

/** The worker process timed out, died or broke the protocol; it is gone when this is thrown. */
public final class WorkerFailure extends Exception {

    private final Failure failure;

    public WorkerFailure(Failure failure) {
        super(failure.message());
        this.failure = failure;
    }

    /** The worker did not answer in time and was killed with everything it started. */
    public static WorkerFailure timedOut(String waitingFor, Duration timeout) {
        return new WorkerFailure(Failure.of(
                ErrorKind.TIMEOUT,
                waitingFor + " did not finish within " + Durations.format(timeout) + "; worker process tree killed"));
    }

    public Failure failure() {
        return failure;
    }
}
