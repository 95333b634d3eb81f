package io.icebench.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The time a run has left, from each engine's own pace: its fixed cost (worker start and set-up, stop) and its
 * seconds per cold and per warm execution, learned as it runs (its very first execution, which also warms the engine
 * up, counts as a cold run only until a second cold run is known, and meanwhile at most as its warm pace times the
 * other engines' ratio of cold to warm runs). An engine not yet measured is estimated from its pace on the same work
 * in an earlier run when one is known ({@link Estimate#remembered()}, {@link PaceHistory}), else guessed from the
 * engines that were (the mean of their paces) and named in {@link Estimate#guessed()}. Times are given by the
 * caller (nanoseconds on one clock), so the estimate is a pure function of what happened.
 */
public final class RunEta {

    /**
     * Executions per query: one cold run (fresh-process cold runs, which report no execution, are counted into
     * it), {@code warmup} warm-ups, then measured runs.
     */
    public record Work(int queries, int warmup, int iterations, boolean auto, double timeCapSeconds) {}

    /**
     * {@code secondsLeft} NaN while nothing is known yet; {@code guessed}: engines estimated from the others;
     * {@code remembered}: engines estimated from their pace on the same work in an earlier run.
     */
    public record Estimate(double secondsLeft, List<String> guessed, List<String> remembered) {
        public boolean known() {
            return !Double.isNaN(secondsLeft);
        }
    }

    /**
     * An engine's pace over a whole run: fixed cost, seconds per cold and per warm execution once warmed up, what
     * its first query took beyond that pace (a JVM engine compiling its code; 0 in a history written before it), and
     * the seconds each query took (null in a history written before they were kept).
     */
    public record Pace(
            double setupSeconds,
            double coldSeconds,
            double warmSeconds,
            double warmUpSeconds,
            Map<String, Double> querySeconds) {

        /** Without per-query times (a history written before they were kept). */
        public Pace(double setupSeconds, double coldSeconds, double warmSeconds, double warmUpSeconds) {
            this(setupSeconds, coldSeconds, warmSeconds, warmUpSeconds, null);
        }
    }

    private static final int PRIOR_RUNS = 5;

    private final Work work;
    private final Map<String, EnginePace> engines = new LinkedHashMap<>();
    private final Map<String, Pace> remembered;

    public RunEta(List<String> engineNames, Work work) {
        this(engineNames, work, Map.of());
    }

    /** {@code remembered}: engines' paces on the same work in an earlier run, used until they show their own. */
    public RunEta(List<String> engineNames, Work work, Map<String, Pace> remembered) {
        this.work = work;
        this.remembered = Map.copyOf(remembered);
        engineNames.forEach(name -> engines.put(name, new EnginePace()));
    }

    /** The pace an engine showed over all the queries of the run; empty when it did not run them all. */
    public Optional<Pace> observed(String engine) {
        EnginePace pace = engines.get(engine);
        if (pace == null || pace.queriesDone < work.queries() || pace.coldCount == 0 || pace.warmCount == 0) {
            return Optional.empty();
        }
        double cold = pace.coldPace();
        double warm = pace.warmPace();
        double warmUp = Math.max(0, pace.firstSeconds - cold)
                + Math.max(0, pace.firstQueryWarmSeconds - pace.firstQueryWarmCount * warm);
        return Optional.of(new Pace(pace.setupSeconds, cold, warm, warmUp, new LinkedHashMap<>(pace.querySeconds)));
    }

    public void engineStarted(String engine, long now) {
        pace(engine).started = now;
    }

    public void engineReady(String engine, long now) {
        EnginePace pace = pace(engine);
        Long from = pace.ready ? pace.lastEvent : pace.started; // ready again: a fresh worker after a crash
        pace.setupSeconds += seconds(now - (from == null ? now : from));
        pace.ready = true;
        pace.lastEvent = now;
    }

    public void queryStarted(String engine, String query) {
        EnginePace pace = pace(engine);
        pace.currentQuery = query;
        pace.currentQuerySeconds = 0;
    }

    public void execution(String engine, boolean cold, long now) {
        EnginePace pace = pace(engine);
        double took = pace.lastEvent == null ? 0 : seconds(now - pace.lastEvent);
        pace.lastEvent = now;
        pace.currentQuerySeconds += took;
        if (cold) {
            if (pace.coldCount == 0 && pace.warmCount == 0) {
                pace.firstSeconds = took; // the engine's first execution also warms it up: kept apart from its pace
            } else {
                pace.coldSeconds += took;
            }
            pace.coldCount++;
            pace.coldInQuery++;
        } else {
            pace.warmSeconds += took;
            pace.warmCount++;
            if (pace.queriesDone == 0) {
                pace.firstQueryWarmSeconds += took;
                pace.firstQueryWarmCount++;
            }
            pace.warmInQuery++;
        }
    }

    public void queryFinished(String engine) {
        EnginePace pace = pace(engine);
        if (pace.currentQuery != null) {
            pace.querySeconds.put(pace.currentQuery, pace.currentQuerySeconds);
            pace.currentQuery = null;
        }
        pace.queriesDone++;
        pace.warmInFinishedQueries += pace.warmInQuery;
        pace.coldInQuery = 0;
        pace.warmInQuery = 0;
    }

    public void engineFinished(String engine, long now) {
        EnginePace pace = pace(engine);
        if (pace.ready && pace.lastEvent != null) {
            pace.setupSeconds += seconds(now - pace.lastEvent); // stopping the worker is part of its fixed cost
        }
        pace.finished = true;
    }

    /** Seconds left at {@code now}, summed over engines (divided by {@code parallel} when engines run at once). */
    public Estimate estimate(long now, int parallel) {
        double left = 0;
        List<String> guessed = new ArrayList<>();
        List<String> fromMemory = new ArrayList<>();
        for (Map.Entry<String, EnginePace> entry : engines.entrySet()) {
            EnginePace pace = entry.getValue();
            if (pace.finished) {
                continue;
            }
            Pace before = remembered.get(entry.getKey());
            if (pace.warmCount + pace.coldCount == 0) {
                (before != null ? fromMemory : guessed).add(entry.getKey());
            }
            left += left(pace, before, now);
        }
        return new Estimate(
                left / Math.max(1, Math.min(parallel, engines.size())), List.copyOf(guessed), List.copyOf(fromMemory));
    }

    /**
     * From the engine's own pace; where it has not run, or only its first run or first query (which also warmed it
     * up), from {@code before} (its pace on the same work in an earlier run) when known, else from the others'.
     */
    private double left(EnginePace pace, Pace before, long now) {
        if (before != null
                && before.querySeconds() != null
                && before.querySeconds().size() == work.queries()) {
            return leftByQuery(pace, before, now);
        }
        double cold = pace.coldCount > 0 ? pace.coldPace() : guess(EnginePace::coldPace);
        if (before != null) {
            cold = withPrior(before.coldSeconds(), cold, pace.coldCount - 1);
        } else if (pace.coldCount == 1 && pace.warmCount == 0) {
            // the first run alone (Spark: 10 s, later cold runs 1 s): bounded by the others' later to first ratio
            double byFirst = pace.firstSeconds
                    * guess(p -> p.coldCount < 2 ? Double.NaN : Math.min(1, p.coldPace() / p.firstSeconds));
            cold = Double.isNaN(byFirst) ? cold : Math.min(cold, byFirst);
        } else if (pace.coldCount == 1 && pace.warmCount > 0) {
            // its only cold run also warmed it up, so it bounds the pace from above; other engines' ratio of cold to
            // warm runs, applied to its own warm pace, is nearer when smaller (Spark: 10 s first, 2 s later)
            double byWarm = pace.warmPace()
                    * guess(p -> p.coldCount < 2 || p.warmCount == 0 ? Double.NaN : p.coldPace() / p.warmPace());
            cold = Double.isNaN(byWarm) ? cold : Math.min(cold, byWarm);
        }
        // the warm runs of its first query (a JVM engine still compiling) give way to its last run, as its first run
        double warm = before != null
                ? withPrior(before.warmSeconds(), pace.warmPace(), pace.warmCount - pace.firstQueryWarmCount)
                : pace.warmCount > 0 ? pace.warmPace() : pace.coldCount > 0 ? cold : guess(EnginePace::warmPace);
        int measured = measuredPerQuery(pace, warm);
        double perQuery = cold + (work.warmup() + measured) * warm;
        boolean inQuery = pace.coldInQuery + pace.warmInQuery > 0;
        double current = inQuery
                ? Math.max(0, 1 - pace.coldInQuery) * cold
                        + Math.max(0, work.warmup() + measured - pace.warmInQuery) * warm
                : 0;
        int queriesLeft = work.queries() - pace.queriesDone - (inQuery ? 1 : 0);
        double warmUp = before != null && pace.coldCount == 0 ? before.warmUpSeconds() : 0;
        return warmUp + setupLeft(pace, before, now) + current + Math.max(0, queriesLeft) * perQuery;
    }

    /**
     * What is left of the engine's worker start and set-up while it is not ready: its fixed cost in its last run of
     * the same work when known, else the others', less what it has spent starting.
     */
    private double setupLeft(EnginePace pace, Pace before, long now) {
        if (pace.ready) {
            return 0;
        }
        double spent = pace.started == null ? 0 : seconds(now - pace.started);
        double fixed = before != null ? before.setupSeconds() : guess(p -> p.ready ? p.setupSeconds : Double.NaN);
        return Math.max(0, fixed - spent);
    }

    /**
     * From what each query left took in the engine's last run of the same work, scaled by how its queries done so far
     * compare with theirs then (that ratio weighed as {@link #PRIOR_RUNS} queries against the other engines' ratio:
     * a machine busier or slower than then, or than icebench's reference run).
     */
    private double leftByQuery(EnginePace pace, Pace before, long now) {
        EnginePace.Against own = pace.against(before);
        double others = othersRatio(pace);
        double ratio = own.then() > 0 ? withPrior(others, own.now() / own.then(), own.queries()) : others;
        double left = 0;
        for (Map.Entry<String, Double> query : before.querySeconds().entrySet()) {
            if (query.getKey().equals(pace.currentQuery)) {
                double spent = pace.currentQuerySeconds + (pace.lastEvent == null ? 0 : seconds(now - pace.lastEvent));
                left += Math.max(0, query.getValue() * ratio - spent);
            } else if (!pace.querySeconds.containsKey(query.getKey())) {
                left += query.getValue() * ratio;
            }
        }
        return left + setupLeft(pace, before, now);
    }

    /** How the other engines' queries took against their remembered times (weighed against 1 as for one engine). */
    private double othersRatio(EnginePace self) {
        double now = 0;
        double then = 0;
        int queries = 0;
        for (Map.Entry<String, EnginePace> engine : engines.entrySet()) {
            Pace before = remembered.get(engine.getKey());
            if (engine.getValue() != self && before != null && before.querySeconds() != null) {
                EnginePace.Against against = engine.getValue().against(before);
                now += against.now();
                then += against.then();
                queries += against.queries();
            }
        }
        return then > 0 ? withPrior(1, now / then, queries) : 1;
    }

    /**
     * The engine's pace in its last run of the same work, counted as {@link #PRIOR_RUNS} executions, and {@code runs}
     * executions of its own warmed-up pace (a query or two of Spark's say little of the twenty left).
     */
    private static double withPrior(double before, double own, int runs) {
        return runs <= 0 ? before : (PRIOR_RUNS * before + runs * own) / (PRIOR_RUNS + runs);
    }

    /** Measured runs a query of this engine will take: fixed, or with auto what its finished queries took. */
    private int measuredPerQuery(EnginePace pace, double warmSeconds) {
        if (!work.auto()) {
            return work.iterations();
        }
        if (pace.queriesDone > 0) {
            return (int)
                    Math.round(Math.max(0, pace.warmInFinishedQueries / (double) pace.queriesDone - work.warmup()));
        }
        int byTime = warmSeconds > 0 ? (int) Math.ceil(work.timeCapSeconds() / warmSeconds) : work.iterations();
        return Math.max(1, Math.min(work.iterations(), byTime));
    }

    /** The mean over engines that know the value; NaN when none does (the estimate is then unknown). */
    private double guess(ToDoubleFunction<EnginePace> value) {
        return engines.values().stream()
                .mapToDouble(value)
                .filter(v -> !Double.isNaN(v))
                .average()
                .orElse(Double.NaN);
    }

    private EnginePace pace(String engine) {
        return engines.computeIfAbsent(engine, name -> new EnginePace());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
