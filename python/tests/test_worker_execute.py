"""The worker's execute step: the SQL is prepared (names mapped) before the timer, and run by the engine as prepared.

    cd python && python -m unittest discover -s tests
"""
import unittest

from icebench_worker import __main__ as worker
from icebench_worker.engines import NameMapping


def mapping(*tables):
    names = NameMapping()
    for table in tables:
        names.add({"catalog": "warehouse", "namespace": "tpch", "name": table})
    return names


class NameMappingTest(unittest.TestCase):

    def test_qualified_names_become_bare_whatever_their_case(self):
        names = mapping("lineitem", "orders")
        self.assertEqual(names.rewrite("select * from Warehouse.TPCH.lineitem join tpch.orders on 1=1"),
                         "select * from lineitem join orders on 1=1")

    def test_longer_identifiers_and_column_references_are_left_alone(self):
        names = mapping("orders")
        sql = "select x.tpch.orders_2, tpch.orders2 from tpch.orders_archive"
        self.assertEqual(names.rewrite(sql), sql)

    def test_sql_without_tables_registered_is_unchanged(self):
        self.assertEqual(NameMapping().rewrite("select 1"), "select 1")


class RecordingEngine:
    """Stands for an engine in the worker loop's own test: records what the loop asks of it, in order."""

    def __init__(self):
        self.calls = []
        self.names = mapping("lineitem")

    def prepare(self, sql):
        self.calls.append(("prepare", sql))
        return self.names.rewrite(sql)

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
