package io.icebench.cli.run;

import io.icebench.core.model.Failure;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reading the end of a worker log. */
public final class WorkerLogs {

    private WorkerLogs() {
    }

    public static String tail(Path log, int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(0, length - 16_384);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            StringBuilder out = new StringBuilder();
            for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
                if (!all[i].isBlank()) {
                    out.append(all[i]).append('\n');
                }
            }
            return out.length() == 0 ? "(log is empty)" : out.toString().strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public static boolean looksLikeOutOfMemory(String text) {
        return text.contains("OutOfMemoryError") || text.contains("Out of Memory") || text.contains("MemoryError");
    }

    public static String firstLine(String text) {
        return Failure.of(io.icebench.core.model.ErrorKind.CRASH, text).oneLine();
    }
}
