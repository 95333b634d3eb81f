import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * The floor under a worker's round trip on this machine, as scripts/bench-harness-jvm prints it: one line (a frame's
 * size) written to a child process (cat) and read back, through the stream classes the coordinator uses with a worker
 * (Process.getOutputStream, write and flush; Process.getInputStream, read into a byte buffer until the line's end), on
 * the calling thread. ROUND_TRIPS times back to back, then as many with PAUSE_MS between them, so that both processes
 * sleep in between as a coordinator and its worker do while a query runs. Prints the medians in ms on one line.
 *   java PipeFloor.java [ROUND_TRIPS (default 600)] [PAUSE_MS (default 10)]
 */
public final class PipeFloor {

    public static void main(String[] args) throws Exception {
        int roundTrips = args.length > 0 ? Integer.parseInt(args[0]) : 600;
        long pauseNanos = (args.length > 1 ? Long.parseLong(args[1]) : 10) * 1_000_000;
        Process cat = new ProcessBuilder("cat").start();
        try (OutputStream out = cat.getOutputStream(); InputStream in = cat.getInputStream()) {
            byte[] line = ("#ICEBENCH " + "x".repeat(300) + "\n").getBytes();
            byte[] buffer = new byte[64 * 1024];
            double backToBack = median(out, in, line, buffer, roundTrips, 0);
            double paused = median(out, in, line, buffer, Math.max(20, roundTrips / 10), pauseNanos);
            System.out.printf("back to back %.3f ms, with %d ms pauses %.3f ms%n", backToBack, pauseNanos / 1_000_000, paused);
        } finally {
            cat.destroy();
        }
    }

    private static double median(OutputStream out, InputStream in, byte[] line, byte[] buffer, int n, long pauseNanos)
            throws Exception {
        double[] ms = new double[n];
        for (int i = -n / 5; i < n; i++) { // the first fifth warms up
            if (pauseNanos > 0) {
                LockSupport.parkNanos(pauseNanos);
            }
            long start = System.nanoTime();
            out.write(line);
            out.flush();
            int read = 0;
            while (read == 0 || buffer[read - 1] != '\n') {
                int got = in.read(buffer, read, buffer.length - read);
                if (got < 0) {
                    throw new IllegalStateException("cat ended");
                }
                read += got;
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(ms);
        return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }
}
