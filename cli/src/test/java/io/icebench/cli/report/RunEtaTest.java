package io.icebench.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The ETA from each engine's own pace, with the times given (no clock). */
class RunEtaTest {

    private static final RunEta.Work TWO_QUERIES = new RunEta.Work(2, 1, 2, false, 0);

    private static long at(double seconds) {
        return (long) (seconds * 1e9);
    }

    /** fast: set-up 1 s, cold 0.5 s, warm 0.1 s; its first query done at 1.8 s. */
    private static RunEta fastRanOneQuery(RunEta.Work work) {
        return fastRanOneQuery(work, java.util.Map.of());
    }

    private static RunEta fastRanOneQuery(RunEta.Work work, java.util.Map<String, RunEta.Pace> remembered) {
        RunEta eta = new RunEta(List.of("fast", "slow"), work, remembered);
        eta.engineStarted("fast", at(0));
        eta.engineReady("fast", at(1));
        eta.execution("fast", true, at(1.5));
        eta.execution("fast", false, at(1.6));
        eta.execution("fast", false, at(1.7));
        eta.execution("fast", false, at(1.8));
        eta.queryFinished("fast");
        return eta;
    }

    @Test
    void nothingIsKnownBeforeTheFirstEngineIsReady() {
        RunEta eta = new RunEta(List.of("fast", "slow"), TWO_QUERIES);
        eta.engineStarted("fast", at(0));
        assertThat(eta.estimate(at(0.5), 1).known()).isFalse();
    }

    @Test
    void anEngineNotStartedIsGuessedFromTheOthersAndNamed() {
        RunEta.Estimate estimate = fastRanOneQuery(TWO_QUERIES).estimate(at(1.8), 1);
        // fast: one query of 0.5 + 3 x 0.1; slow guessed: set-up 1 + two such queries
        assertThat(estimate.secondsLeft()).isCloseTo(0.8 + 1 + 1.6, within(1e-9));
        assertThat(estimate.guessed()).containsExactly("slow");
    }

    @Test
    void eachEngineIsEstimatedFromItsOwnPaceOnceItHasOne() {
        RunEta eta = fastRanOneQuery(TWO_QUERIES);
        eta.execution("fast", true, at(2.3));
        eta.execution("fast", false, at(2.4));
        eta.execution("fast", false, at(2.5));
        eta.execution("fast", false, at(2.6));
        eta.queryFinished("fast");
        eta.engineFinished("fast", at(2.8));
        eta.engineStarted("slow", at(2.8));
        assertThat(eta.estimate(at(3.0), 1).secondsLeft())
                .as("fast's fixed cost 1.2 s, 0.2 s of it spent; its pace")
                .isCloseTo(1.0 + 2 * 0.8, within(1e-9));
        eta.engineReady("slow", at(12.8));
        eta.execution("slow", true, at(14.8));
        eta.execution("slow", false, at(15.8));
        RunEta.Estimate estimate = eta.estimate(at(15.8), 1);
        // slow: two warm runs left in this query at 1 s, then one query of 2 + 3 x 1
        assertThat(estimate.secondsLeft()).isCloseTo(2 + 5, within(1e-9));
        assertThat(estimate.guessed()).isEmpty();
    }

    @Test
    void withAutoTheTimeCapBoundsTheRunsUntilAQueryHasShownHowManyItTakes() {
        RunEta.Work auto = new RunEta.Work(2, 1, 10, true, 0.25);
        RunEta eta = new RunEta(List.of("fast"), auto);
        eta.engineStarted("fast", at(0));
        eta.engineReady("fast", at(1));
        eta.execution("fast", true, at(1.5));
        eta.execution("fast", false, at(1.6));
        // 0.25 s cap at 0.1 s a run: 3 measured runs expected; this query has 3 of its 4 warm-up and measured left
        assertThat(eta.estimate(at(1.6), 1).secondsLeft()).isCloseTo(0.3 + (0.5 + 4 * 0.1), within(1e-9));
        for (int i = 1; i <= 6; i++) {
            eta.execution("fast", false, at(1.6 + 0.1 * i));
        }
        eta.queryFinished("fast");
        // the finished query took 6 measured runs (the precision rule, not the cap): the next one is expected alike
        assertThat(eta.estimate(at(2.2), 1).secondsLeft()).isCloseTo(0.5 + 7 * 0.1, within(1e-9));
    }

    @Test
    void theFirstExecutionWarmsTheEngineAndStopsCountingAsItsColdPaceOnceAnotherColdRunIsKnown() {
        RunEta eta = new RunEta(List.of("slow"), new RunEta.Work(3, 0, 1, false, 0));
        eta.engineStarted("slow", at(0));
        eta.engineReady("slow", at(1));
        eta.execution("slow", true, at(11)); // 10 s: first table loads, classes, JIT
        eta.execution("slow", false, at(12));
        eta.queryFinished("slow");
        assertThat(eta.estimate(at(12), 1).secondsLeft()).isCloseTo(2 * (10 + 1), within(1e-9));
        eta.execution("slow", true, at(14));
        eta.execution("slow", false, at(15));
        eta.queryFinished("slow");
        assertThat(eta.estimate(at(15), 1).secondsLeft()).isCloseTo(2 + 1, within(1e-9));
    }

    @Test
    void aFirstColdRunThatWarmedTheEngineUpIsBoundedByItsWarmPaceTimesTheOthersColdToWarmRatio() {
        RunEta eta = fastRanOneQuery(TWO_QUERIES);
        eta.execution("fast", true, at(2.3));
        eta.execution("fast", false, at(2.4));
        eta.execution("fast", false, at(2.5));
        eta.execution("fast", false, at(2.6));
        eta.queryFinished("fast");
        eta.engineFinished("fast", at(2.8)); // fast: cold 0.5 s, warm 0.1 s: cold runs take 5 warm runs
        eta.engineStarted("slow", at(2.8));
        eta.engineReady("slow", at(3.8));
        eta.execution("slow", true, at(13.8)); // 10 s: its first run, warming it up
        eta.execution("slow", false, at(14.0));
        // slow: two warm runs left in this query at 0.2 s, then one query of a cold run at 5 x 0.2 s and 3 warm runs
        assertThat(eta.estimate(at(14.0), 1).secondsLeft()).isCloseTo(2 * 0.2 + (1.0 + 3 * 0.2), within(1e-9));
    }

    @Test
    void theWarmRunsOfTheFirstQueryStopCountingOnceALaterQueryHasWarmRuns() {
        RunEta eta = new RunEta(List.of("slow"), new RunEta.Work(3, 0, 1, false, 0));
        eta.engineStarted("slow", at(0));
        eta.engineReady("slow", at(1));
        eta.execution("slow", true, at(11)); // its first query: the JVM still compiling
        eta.execution("slow", false, at(14));
        eta.queryFinished("slow");
        eta.execution("slow", true, at(16));
        eta.execution("slow", false, at(17));
        eta.queryFinished("slow");
        assertThat(eta.estimate(at(17), 1).secondsLeft()).isCloseTo(2 + 1, within(1e-9));
    }

    @Test
    void enginesRunningAtOnceShareTheTimeLeft() {
        RunEta eta = fastRanOneQuery(TWO_QUERIES);
        assertThat(eta.estimate(at(1.8), 2).secondsLeft()).isCloseTo((0.8 + 1 + 1.6) / 2, within(1e-9));
    }

    @Test
    void anEngineNotStartedIsEstimatedFromItsLastRunOfTheSameWorkWhenOneIsKnown() {
        RunEta eta = fastRanOneQuery(TWO_QUERIES, java.util.Map.of("slow", new RunEta.Pace(8, 2, 0.5, 4)));
        RunEta.Estimate estimate = eta.estimate(at(1.8), 1);
        // fast: one query of 0.5 + 3 x 0.1; slow as last time: set-up 8, warm-up 4, two queries of 2 + 3 x 0.5
        assertThat(estimate.secondsLeft()).isCloseTo(0.8 + 8 + 4 + 2 * 3.5, within(1e-9));
        assertThat(estimate.remembered()).containsExactly("slow");
        assertThat(estimate.guessed()).isEmpty();
    }

    @Test
    void anEngineNotStartedIsScaledByHowTheOthersCompareWithTheirRememberedTimes() {
        RunEta eta = new RunEta(
                List.of("fast", "slow"),
                TWO_QUERIES,
                java.util.Map.of(
                        "fast", new RunEta.Pace(1, 0.5, 0.1, 0, java.util.Map.of("q1", 0.4, "q2", 0.4)),
                        "slow", new RunEta.Pace(8, 2, 0.5, 0, java.util.Map.of("q1", 10.0, "q2", 10.0))));
        eta.engineStarted("fast", at(0));
        eta.engineReady("fast", at(1));
        eta.queryStarted("fast", "q1");
        eta.execution("fast", true, at(1.5));
        eta.execution("fast", false, at(1.6));
        eta.execution("fast", false, at(1.7));
        eta.execution("fast", false, at(1.8));
        eta.queryFinished("fast");
        // fast took 0.8 s where it took 0.4: twice as long, weighed against 1 as five queries to one
        double slower = (5 * 1 + 2) / 6.0;
        assertThat(eta.estimate(at(1.8), 1).secondsLeft())
                .as("fast's q2, then slow's set-up and both queries, scaled")
                .isCloseTo(0.4 * slower + 8 + 20 * slower, within(1e-9));
    }

    @Test
    void theObservedPaceIsTheWarmedUpOneAndWhatTheFirstQueryTookBeyondIt() {
        assertThat(fastRanOneQuery(TWO_QUERIES).observed("fast"))
                .as("one query of two")
                .isEmpty();
        RunEta eta = fastRanBothQueries(java.util.Map.of());
        RunEta.Pace pace = eta.observed("fast").orElseThrow();
        assertThat(pace.setupSeconds()).isCloseTo(1.2, within(1e-9));
        assertThat(pace.coldSeconds()).as("the second cold run").isCloseTo(0.3, within(1e-9));
        assertThat(pace.warmSeconds()).isCloseTo(0.1, within(1e-9));
        assertThat(pace.warmUpSeconds())
                .as("the first cold run's 0.5 s less 0.3")
                .isCloseTo(0.2, within(1e-9));
    }

    /** fast ran both queries (first cold 0.5 s, second 0.3 s) and finished at 2.6 s. */
    private static RunEta fastRanBothQueries(java.util.Map<String, RunEta.Pace> remembered) {
        RunEta eta = fastRanOneQuery(TWO_QUERIES, remembered);
        eta.execution("fast", true, at(2.1));
        eta.execution("fast", false, at(2.2));
        eta.execution("fast", false, at(2.3));
        eta.execution("fast", false, at(2.4));
        eta.queryFinished("fast");
        eta.engineFinished("fast", at(2.6));
        return eta;
    }

    /** After {@link #fastRanBothQueries}: slow is ready at 12.6 s and its first cold run took 10 s. */
    private static RunEta slowAfterItsFirstRun(java.util.Map<String, RunEta.Pace> remembered) {
        RunEta eta = fastRanBothQueries(remembered);
        eta.engineStarted("slow", at(2.6));
        eta.engineReady("slow", at(12.6));
        eta.execution("slow", true, at(22.6));
        return eta;
    }

    @Test
    void aFirstRunAloneIsBoundedByTheOthersRatioOfLaterToFirstRuns() {
        // slow: 10 s x fast's 0.3 / 0.5 = 6 s a run; 3 runs left in this query, 4 in the next
        assertThat(slowAfterItsFirstRun(java.util.Map.of())
                        .estimate(at(22.6), 1)
                        .secondsLeft())
                .isCloseTo(7 * 6, within(1e-9));
    }

    @Test
    void aFirstRunAloneGivesWayToTheEnginesLastRunOfTheSameWork() {
        RunEta.Estimate estimate = slowAfterItsFirstRun(java.util.Map.of("slow", new RunEta.Pace(10, 2, 0.5, 4)))
                .estimate(at(22.6), 1);
        // as last time: 3 warm runs of 0.5 s left in this query, then a cold run of 2 s and 3 warm runs
        assertThat(estimate.secondsLeft()).isCloseTo(1.5 + 2 + 1.5, within(1e-9));
        assertThat(estimate.remembered()).as("it has run: its own pace, helped").isEmpty();
    }

    @Test
    void theWarmRunsOfAFirstQueryStillCompilingGiveWayToTheEnginesLastRunOfTheSameWork() {
        RunEta eta = slowAfterItsFirstRun(java.util.Map.of("slow", new RunEta.Pace(10, 2, 0.5, 4)));
        eta.execution("slow", false, at(25.6)); // 3 s: the engine still compiles its code
        // as last time: 2 warm runs of 0.5 s left in this query, then a cold run of 2 s and 3 warm runs
        assertThat(eta.estimate(at(25.6), 1).secondsLeft()).isCloseTo(1 + 2 + 1.5, within(1e-9));
    }

    @Test
    void anEnginesOwnPaceIsWeighedAgainstItsLastRunOfTheSameWorkAsFiveRuns() {
        RunEta eta = new RunEta(
                List.of("slow"),
                new RunEta.Work(3, 0, 1, false, 0),
                java.util.Map.of("slow", new RunEta.Pace(10, 2, 0.5, 4)));
        eta.engineStarted("slow", at(0));
        eta.engineReady("slow", at(10));
        eta.execution("slow", true, at(20));
        eta.execution("slow", false, at(23));
        eta.queryFinished("slow");
        eta.execution("slow", true, at(30)); // 7 s: one cold run of its own against five of 2 s
        // this query's measured run (0.5 s), then one query of a cold run of (5 x 2 + 7) / 6 s and a measured run
        assertThat(eta.estimate(at(30), 1).secondsLeft()).isCloseTo(0.5 + 17.0 / 6 + 0.5, within(1e-9));
    }

    @Test
    void withTheSecondsEachQueryTookLastTimeWhatIsLeftIsThoseOfTheQueriesLeftScaledByTheOnesDone() {
        java.util.Map<String, Double> lastTime = new java.util.LinkedHashMap<>();
        lastTime.put("q1", 10.0);
        lastTime.put("q2", 1.0);
        lastTime.put("q3", 5.0);
        RunEta eta = new RunEta(
                List.of("slow"),
                new RunEta.Work(3, 0, 1, false, 0),
                java.util.Map.of("slow", new RunEta.Pace(2, 1, 1, 0, lastTime)));
        eta.engineStarted("slow", at(0));
        assertThat(eta.estimate(at(0.5), 1).secondsLeft())
                .as("set-up left, then every query")
                .isCloseTo(1.5 + 16, within(1e-9));
        eta.engineReady("slow", at(1));
        eta.queryStarted("slow", "q1");
        eta.execution("slow", true, at(5));
        eta.execution("slow", false, at(6));
        eta.queryFinished("slow");
        // q1 took 5 s against 10 s: a ratio of 0.5, weighed against 1 as five queries
        double ratio = (5 * 1 + 0.5) / 6;
        assertThat(eta.estimate(at(6), 1).secondsLeft()).isCloseTo((1 + 5) * ratio, within(1e-9));
        eta.queryStarted("slow", "q2");
        // half a second into q2: what is left of it, then q3
        assertThat(eta.estimate(at(6.5), 1).secondsLeft()).isCloseTo(ratio - 0.5 + 5 * ratio, within(1e-9));
        eta.execution("slow", true, at(7));
        eta.queryFinished("slow");
        eta.queryStarted("slow", "q3");
        eta.execution("slow", true, at(9));
        eta.execution("slow", false, at(10));
        eta.queryFinished("slow");
        eta.engineFinished("slow", at(10.5));
        assertThat(eta.observed("slow").orElseThrow().querySeconds())
                .containsExactly(
                        java.util.Map.entry("q1", 5.0), java.util.Map.entry("q2", 1.0), java.util.Map.entry("q3", 3.0));
    }
}
