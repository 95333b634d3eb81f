package io.icebench.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reads what comes during the poll, what comes after it (a blocking read), and the end of the stream. */
class SpinningInputTest {

    @Test
    void bytesArrivingDuringOrAfterThePollAreReadAndTheEndIsTheEnd() throws Exception {
        PipedOutputStream out = new PipedOutputStream();
        SpinningInput in = new SpinningInput(new PipedInputStream(out));
        byte[] buffer = new byte[16];

        out.write("now\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(in.read(buffer, 0, buffer.length)).isEqualTo(4);

        long late = TimeUnit.NANOSECONDS.toMillis(SpinningInput.SPIN_NANOS) * 5;
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(late);
                out.write("later\n".getBytes(StandardCharsets.US_ASCII));
                out.close();
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        });
        long start = System.nanoTime();
        int read = in.read(buffer, 0, buffer.length);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
                .as("past the poll, the read waits")
                .isGreaterThanOrEqualTo(late - 1);
        assertThat(new String(buffer, 0, read, StandardCharsets.US_ASCII)).isEqualTo("later\n");
        writer.get();
        assertThat(in.read(buffer, 0, buffer.length)).isEqualTo(-1);
    }
}
