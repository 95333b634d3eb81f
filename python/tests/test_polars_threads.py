"""-E polars.threads=N reaches Polars: the worker's hello asks the version before open sets the thread count."""
import subprocess
import sys

import pytest

from conftest import PYTHON

pytest.importorskip("polars")

HELLO_THEN_OPEN = """
from icebench_worker.engines import PolarsEngine
engine = PolarsEngine()
print(engine.version())
engine.open({}, "tpch", {"threads": 1}, None)
print(engine.pl.thread_pool_size())
"""


def test_the_thread_option_sizes_the_pool_though_the_version_was_asked_first():
    # a fresh process: Polars fixes its pool size at import
    out = subprocess.run([sys.executable, "-c", HELLO_THEN_OPEN], capture_output=True, text=True, check=True,
                         cwd=PYTHON).stdout.split()
    assert out[0] == "polars" and out[1][0].isdigit(), out
    assert out[2] == "1"
