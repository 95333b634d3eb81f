package io.icebench.cli.run;

import io.icebench.core.protocol.Message;
import java.time.Duration;

/**
 * The coordinator's link to one engine worker: framed requests and their replies, the worker's memory as the
 * OS sees it, and its end. {@link WorkerProcess} is the real one; the coordinator knows no other.
 */
public interface WorkerConnection extends AutoCloseable {

    /** The next message from the worker; one that does not come within {@code timeout} kills the worker (TIMEOUT). */
    Message receive(Duration timeout, String waitingFor) throws WorkerFailure;

    /** Sends {@code message} and waits for the one reply, as {@link #receive} does. */
    Message request(Message message, Duration timeout, String waitingFor) throws WorkerFailure;

    /** Starts a new peak-memory measurement (where the OS allows it). */
    void resetPeakMemory();

    /** Peak resident set since the last reset; null where not measured. */
    Long peakRssBytes();

    /** Resident set now; null where not measured. */
    Long rssBytes();

    /** Asks the worker to close, then makes sure it and everything it started are gone. */
    @Override
    void close();

    /** Ends the worker at once, with everything it started. */
    void kill();
}
