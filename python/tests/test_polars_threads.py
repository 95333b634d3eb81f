"""-E polars.threads=N reaches Polars: the worker's hello asks the version before open sets the thread count.

    cd python && python -m unittest discover -s tests     (with icebench's python-env, where Polars is)
"""
import importlib.util
import subprocess
import sys
import unittest

HELLO_THEN_OPEN = """
from icebench_worker.engines import PolarsEngine
engine = PolarsEngine()
print(engine.version())
engine.open({}, "tpch", {"threads": 1}, None)
print(engine.pl.thread_pool_size())
"""


@unittest.skipUnless(importlib.util.find_spec("polars"), "Polars is not installed in this Python")
class PolarsThreadsTest(unittest.TestCase):

    def test_the_thread_option_sizes_the_pool_though_the_version_was_asked_first(self):
        # a fresh process: Polars fixes its pool size at import
        out = subprocess.run([sys.executable, "-c", HELLO_THEN_OPEN], capture_output=True, text=True, check=True,
                             cwd=__file__.rsplit("/tests/", 1)[0]).stdout.split()
        self.assertTrue(out[0] == "polars" and out[1][0].isdigit(), out)
        self.assertEqual(out[2], "1")


if __name__ == "__main__":
    unittest.main()
