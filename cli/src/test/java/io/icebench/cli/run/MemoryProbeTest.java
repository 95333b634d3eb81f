package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MemoryProbeTest {

    @Test
    void readsThisProcessesResidentSetAsTheStatusFileSaysIt() throws Exception {
        long pid = ProcessHandle.current().pid();
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            assertThat(MemoryProbe.peakRssBytes(pid)).isNull();
            return;
        }
        long peakKb = Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.substring(6).strip().split("\\s+")[0]))
                .findFirst()
                .orElseThrow();
        assertThat(MemoryProbe.peakRssBytes(pid)).isBetween(peakKb * 1024, peakKb * 1024 * 2);
        assertThat(MemoryProbe.rssBytes(pid)).isPositive().isLessThanOrEqualTo(MemoryProbe.peakRssBytes(pid));
        assertThat(MemoryProbe.peakRssBytes(Long.MAX_VALUE)).isNull();
    }
}
