"""The worker's execute step: the SQL is prepared (names mapped) before the timer, run by the engine as prepared, and
timed to the last row consumed, less the fingerprint work done inside the timer (docs/contract.md)."""
from icebench_worker import __main__ as worker
from icebench_worker import collector as collector_module
from icebench_worker.collector import ResultCollector
from icebench_worker.names import TableNames


def mapping(*tables):
    names = TableNames("files", "warehouse", "tpch")
    for table in tables:
        names.add({"catalog": "warehouse", "namespace": "tpch", "name": table})
    return names


class RecordingEngine:
    """Stands for an engine in the worker loop's own test: records what the loop asks of it, in order."""

    def __init__(self, clock=None, rows=((1,),)):
        self.calls = []
        self.names = mapping("lineitem")
        self.clock = clock if clock is not None else []
        self.rows = rows

    def prepare(self, sql):
        self.calls.append(("prepare", sql))
        self.clock.append("prepare")
        return self.names.map(sql)

    def execute(self, sql):
        self.calls.append(("execute", sql))

        def rows():
            for row in self.rows:
                self.clock.append("row")
                yield row
        return ["n"], rows()


def test_the_engine_runs_the_prepared_sql_and_prepares_it_once():
    engine = RecordingEngine()
    reply = worker.execute(engine, {"sql": "select count(*) as n from warehouse.tpch.lineitem"})
    assert engine.calls == [("prepare", "select count(*) as n from warehouse.tpch.lineitem"),
                            ("execute", "select count(*) as n from lineitem")]
    assert reply["rows"] == 1
    assert reply["engine_stats"] == {}


def test_a_series_answers_each_run_and_an_error_ends_it():
    engine = RecordingEngine()
    engine.classify = lambda error: "query"
    runs = []

    def execute(sql):
        runs.append(sql)
        if len(runs) == 3:
            raise ValueError("third run fails")
        return ["n"], iter([(len(runs),)])
    engine.execute = execute
    series = list(worker.replies(engine, {"type": "execute", "sql": "select 1", "times": 5}))
    assert [reply["type"] for reply in series] == ["executed", "executed", "error"]
    assert len(runs) == 3
    assert "third run fails" in series[-1]["message"]
    assert len(list(worker.replies(engine, {"type": "execute", "sql": "select 1"}))) == 1


def test_a_series_that_has_run_its_time_starts_no_more_runs_and_ends_with_ready(monkeypatch):
    engine = RecordingEngine()
    seconds = iter(range(0, 10**12, 10**9))  # every reading of the clock a second later
    monkeypatch.setattr(worker.time, "perf_counter_ns", lambda: next(seconds))
    series = worker.replies(engine, {"type": "execute", "sql": "select 1", "times": 5})
    assert [reply["type"] for reply in series] == ["executed", "ready"]
    assert series[-1]["nanos"] > worker.SERIES_LIMIT_NS


def test_the_timer_starts_after_preparing_and_stops_after_the_last_row(monkeypatch):
    clock = []
    engine = RecordingEngine(clock, rows=[(1,), (2,)])
    original = worker.time.perf_counter_ns
    monkeypatch.setattr(worker.time, "perf_counter_ns", lambda: (clock.append("clock"), original())[1])
    worker.execute(engine, {"sql": "select 1"})
    assert clock[:5] == ["prepare", "clock", "row", "row", "clock"]


def test_a_full_buffer_folded_inside_the_timer_is_subtracted_from_the_query_time(monkeypatch):
    ticks = iter(range(0, 10_000, 10))
    monkeypatch.setattr(collector_module.time, "perf_counter_ns", lambda: next(ticks))
    collector = ResultCollector(ordered=False, preview_rows=0, buffer_rows=2)
    for value in range(5):
        collector.row((value,))
    # two folds of two rows inside the timer, 10 ns each by this clock; the last row is folded after it
    assert collector.nanos_inside_timer == 20
    assert collector.finish() == 10
    assert collector.fingerprint.rows == 5


def test_the_engine_reports_its_own_statistics_when_it_has_them():
    engine = RecordingEngine()
    engine.last_query_stats = lambda: {"peak_memory_bytes": 1024}
    assert worker.execute(engine, {"sql": "select 1"})["engine_stats"] == {"peak_memory_bytes": 1024}


def test_a_long_text_is_cut_in_the_preview_and_fingerprinted_whole():
    collector = ResultCollector(ordered=False, preview_rows=1)
    collector.row(("x" * 1500,))
    collector.finish()
    preview = collector.preview_of(["t"])
    assert preview["rows"][0][0] == "x" * 1000 + "… [preview cut: 1500 characters in all]"
    assert preview["types"] == ["text"]
