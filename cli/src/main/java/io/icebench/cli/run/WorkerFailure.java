package io.icebench.cli.run;

import io.icebench.core.model.Failure;

/** The worker process timed out, died or broke the protocol; it is gone when this is thrown. */
public final class WorkerFailure extends Exception {

    private final Failure failure;

    public WorkerFailure(Failure failure) {
        super(failure.message());
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
