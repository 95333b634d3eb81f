package io.icebench.cli.run;

import io.icebench.core.model.Failure;
import io.icebench.core.protocol.Message;

/**
 * One execution of a query as the coordinator saw it: the worker's reply (null when it failed), the
 * request-to-reply time, the worker's peak resident set (null where not measured) and the failure, if any.
 */
record ExecutionOutcome(Message.Executed executed, double roundtripMs, Long peakRssBytes, Failure failure) {

    static ExecutionOutcome failed(Failure failure) {
        return new ExecutionOutcome(null, 0, null, failure);
    }
}
