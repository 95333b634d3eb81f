"""Table-name mapping: the vectors Java's TableNamesTest reads, so both workers map names alike.

    cd python && python -m unittest discover -s tests
"""
import json
import os
import pathlib
import unittest
from unittest import mock

from icebench_worker import engines, names

VECTORS = pathlib.Path(__file__).resolve().parents[2] / "core/src/test/resources/io/icebench/core/sql/table-names.json"


def table_names(vectors, case):
    mapping = names.TableNames(case["reads"], vectors["catalog"], vectors["default_namespace"], case.get("engine_catalog"))
    for namespace, name in vectors["tables"]:
        mapping.add({"catalog": vectors["catalog"], "namespace": namespace, "name": name})
    return mapping


class SharedVectorsTest(unittest.TestCase):

    def setUp(self):
        self.vectors = json.loads(VECTORS.read_text())

    def test_every_vector_maps_as_written(self):
        for case in self.vectors["cases"]:
            with self.subTest(sql=case["sql"]):
                self.assertEqual(table_names(self.vectors, case).map(case["sql"]), case["mapped"])

    def test_local_names_are_bare_in_the_default_namespace_only(self):
        for expected in self.vectors["local_names"]:
            self.assertEqual(names.local_name(expected["namespace"], expected["name"], self.vectors["default_namespace"]),
                             expected["local"])

    def test_a_table_registered_after_a_query_was_mapped_changes_its_mapping(self):
        mapping = names.TableNames("files", "warehouse", "tpch")
        sql = "SELECT * FROM warehouse.other.orders"
        self.assertEqual(mapping.map(sql), sql)
        mapping.add({"catalog": "warehouse", "namespace": "other", "name": "orders"})
        self.assertEqual(mapping.map(sql), "SELECT * FROM other__orders")


class EngineDeclarationTest(unittest.TestCase):

    def test_a_new_engine_is_one_class(self):
        class Probe(engines.FileEngine):
            name = "probe"

            def start(self, options, storage_options):
                self.loaded = {}

            def load(self, name, table):
                self.loaded[name] = table["name"]

        try:
            engine = engines.load_engine("probe")
            with mock.patch.dict(os.environ, {names.ENVIRONMENT_VARIABLE: "files"}):
                engine.open("warehouse", "tpch", {}, None)
            engine.register({"catalog": "warehouse", "namespace": "other", "name": "nation"})
            self.assertEqual(engine.loaded, {"other__nation": "nation"})
            self.assertEqual(engine.prepare("select * from warehouse.other.nation"), "select * from other__nation")
            self.assertEqual(engine.classify(NotImplementedError("x")), "unsupported")
        finally:
            engines.ENGINES.pop("probe")

    def test_an_unknown_declaration_is_refused(self):
        with mock.patch.dict(os.environ, {names.ENVIRONMENT_VARIABLE: "tables"}):
            with self.assertRaisesRegex(ValueError, r"reads=tables \(expected files or catalog\)"):
                names.worker_reads()


if __name__ == "__main__":
    unittest.main()
