package io.icebench.cli.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading the end of a worker log. */
public final class WorkerLogs {

    /** Lines the coordinator writes into a worker log to show the command it started. */
    public static final String COMMAND_PREFIX = "$ ";

    private WorkerLogs() {}

    public static String tail(Path log, int lines) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long start = Math.max(0, length - 16_384);
            byte[] bytes = new byte[(int) (length - start)];
            file.seek(start);
            file.readFully(bytes);
            String[] all = new String(bytes, StandardCharsets.UTF_8).split("\\R");
            StringBuilder out = new StringBuilder();
            List<String> kept = new ArrayList<>();
            for (String line : all) {
                if (!line.isBlank() && !line.startsWith(COMMAND_PREFIX)) {
                    kept.add(line);
                }
            }
            for (String line : kept.subList(Math.max(0, kept.size() - lines), kept.size())) {
                out.append(line).append('\n');
            }
            return out.length() == 0 ? "(log is empty)" : out.toString().strip();
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public static boolean looksLikeOutOfMemory(String text) {
        return text.contains("java.lang.OutOfMemoryError")
                || text.contains("Out of Memory Error")
                || text.contains("MemoryError:");
    }
}
