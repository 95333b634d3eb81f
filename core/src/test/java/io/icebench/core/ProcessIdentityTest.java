package io.icebench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.icebench.core.process.ProcessIdentity;
import org.junit.jupiter.api.Test;

class ProcessIdentityTest {

    @Test
    void aLiveProcessMatchesItsOwnIdentityOnly() {
        ProcessIdentity self = ProcessIdentity.current();
        assertThat(self.isRunning()).isTrue();
        assertThat(ProcessIdentity.keyIsRunning(self.key())).isTrue();
        assertThat(new ProcessIdentity(self.pid(), "2020-01-01T00:00:00Z", self.command()).isRunning())
                .as("same pid, other start time")
                .isFalse();
        assertThat(new ProcessIdentity(self.pid(), self.startedAt(), "/usr/bin/sleep").isRunning())
                .as("same pid, other executable")
                .isFalse();
        assertThat(ProcessIdentity.keyIsRunning(self.pid() + "-1000")).isFalse();
        assertThat(ProcessIdentity.keyIsRunning("not-a-key")).isFalse();
    }

    @Test
    void aStartInstantReportedASecondApartIsTheSameProcess() {
        ProcessIdentity self = ProcessIdentity.current();
        java.time.Instant start = java.time.Instant.parse(self.startedAt());
        assertThat(new ProcessIdentity(self.pid(), start.plusSeconds(1).toString(), self.command()).isRunning())
                .as("another JVM's boot time rounded the other way")
                .isTrue();
        assertThat(new ProcessIdentity(self.pid(), start.minusSeconds(60).toString(), self.command()).isRunning())
                .isFalse();
        assertThat(ProcessIdentity.keyIsRunning(self.pid() + "-" + (start.toEpochMilli() - 1000)))
                .isTrue();
    }

    @Test
    void onLinuxTheStartInTicksDecidesHoweverFarTheReportedInstantDrifted() {
        ProcessIdentity self = ProcessIdentity.current();
        assumeTrue(self.startTicks() != null, "the OS has no /proc/PID/stat");
        java.time.Instant start = java.time.Instant.parse(self.startedAt());
        assertThat(new ProcessIdentity(self.pid(), start.minusSeconds(60).toString(), self.command(), self.startTicks())
                        .isRunning())
                .as("a minute of clock drift between the JVM that recorded it and this one")
                .isTrue();
        assertThat(new ProcessIdentity(self.pid(), self.startedAt(), self.command(), self.startTicks() + 1).isRunning())
                .as("same pid and instant, another start tick: another process")
                .isFalse();
        assertThat(self.key()).isEqualTo(self.pid() + "-t" + self.startTicks());
        assertThat(ProcessIdentity.keyIsRunning(self.pid() + "-t" + (self.startTicks() + 1)))
                .isFalse();
    }

    @Test
    void aFinishedProcessIsNotRunning() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        assertThat(ProcessIdentity.of(done.pid())).isEmpty();
        assertThat(new ProcessIdentity(done.pid(), "2020-01-01T00:00:00Z", "/usr/bin/true").isRunning())
                .isFalse();
    }
}
