package io.icebench.worker;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The coordinator's requests, polled for up to {@link #SPIN_NANOS} before each blocking read. The next request
 * usually comes within a millisecond of a reply (the coordinator records the run meanwhile), and a thread asleep in
 * {@code read} takes 0.1-0.15 ms to wake on a 2-core VM, which each round trip would pay (docs/method.md). The poll
 * runs between executions only, never inside the timed span.
 */
final class SpinningInput extends FilterInputStream {

    static final long SPIN_NANOS = 2_000_000;

    SpinningInput(InputStream in) {
        super(in);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long until = System.nanoTime() + SPIN_NANOS;
        while (in.available() == 0 && System.nanoTime() - until < 0) {
            Thread.onSpinWait();
        }
        return in.read(buffer, offset, length);
    }
}
