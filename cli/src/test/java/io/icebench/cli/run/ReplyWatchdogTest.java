package io.icebench.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReplyWatchdogTest {

    @Test
    void killsAtTheDeadlineOfAWaitAndSaysSo() throws Exception {
        CountDownLatch killed = new CountDownLatch(1);
        try (ReplyWatchdog watchdog = new ReplyWatchdog("test-watchdog", killed::countDown)) {
            watchdog.start(Duration.ofSeconds(30));
            assertThat(watchdog.stop()).isFalse();
            long start = System.nanoTime();
            watchdog.start(Duration.ofMillis(100)); // earlier than the deadline it sleeps towards: it wakes
            assertThat(killed.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
            assertThat(watchdog.stop()).isTrue();
        }
    }

    @Test
    void aWaitThatEndsInTimeKillsNothing() throws Exception {
        AtomicInteger kills = new AtomicInteger();
        try (ReplyWatchdog watchdog = new ReplyWatchdog("test-watchdog", kills::incrementAndGet)) {
            for (int i = 0; i < 100; i++) {
                watchdog.start(Duration.ofMillis(200));
                assertThat(watchdog.stop()).isFalse();
            }
            Thread.sleep(400);
            assertThat(kills).hasValue(0);
            watchdog.start(Duration.ofMillis(50));
            Thread.sleep(300);
            assertThat(watchdog.stop()).isTrue();
            assertThat(kills).hasValue(1);
        }
    }
}
