"""The worker's execute step: the SQL is prepared (names mapped) before the timer, and run by the engine as prepared.

    cd python && python -m unittest discover -s tests
"""
import unittest

from icebench_worker import __main__ as worker
from icebench_worker.names import TableNames


def mapping(*tables):
    names = TableNames("files", "warehouse", "tpch")
    for table in tables:
        names.add({"catalog": "warehouse", "namespace": "tpch", "name": table})
    return names


class RecordingEngine:
    """Stands for an engine in the worker loop's own test: records what the loop asks of it, in order."""

    def __init__(self):
        self.calls = []
        self.names = mapping("lineitem")

    def prepare(self, sql):
        self.calls.append(("prepare", sql))
        return self.names.map(sql)

    def execute(self, sql):
        self.calls.append(("execute", sql))
        return ["n"], iter([(1,)])


class ExecuteTest(unittest.TestCase):

    def test_the_engine_runs_the_prepared_sql_and_prepares_it_once(self):
        engine = RecordingEngine()
        reply = worker.execute(engine, {"sql": "select count(*) as n from warehouse.tpch.lineitem"})
        self.assertEqual(engine.calls, [("prepare", "select count(*) as n from warehouse.tpch.lineitem"),
                                        ("execute", "select count(*) as n from lineitem")])
        self.assertEqual(reply["rows"], 1)

    def test_preparing_happens_before_the_timer_starts(self):
        engine = RecordingEngine()
        clock = []
        original = worker.time.perf_counter_ns
        engine_prepare = engine.prepare
        engine.prepare = lambda sql: (clock.append("prepare"), engine_prepare(sql))[1]
        worker.time.perf_counter_ns = lambda: (clock.append("clock"), original())[1]
        try:
            worker.execute(engine, {"sql": "select 1"})
        finally:
            worker.time.perf_counter_ns = original
        self.assertEqual(clock[:2], ["prepare", "clock"])


if __name__ == "__main__":
    unittest.main()
