"""The worker returns a finished query's memory to the OS before the next query (allocator.purger).

    cd python && python -m unittest discover -s tests     (with icebench's python-env, where Polars is)
"""
import importlib.util
import subprocess
import sys
import unittest

FREE_THEN_PURGE = """
import polars as pl
from icebench_worker import allocator
purge, why = allocator.purger("polars")
assert purge is not None, why
mallctl = allocator.mallctl_of("polars")
frames = [pl.DataFrame({"x": range(i * 200_000, (i + 1) * 200_000)}) for i in range(200)]
del frames
before = allocator.unused_pages(mallctl)
print(before, purge(), allocator.unused_pages(mallctl))
"""


@unittest.skipUnless(importlib.util.find_spec("polars"), "Polars is not installed in this Python")
class AllocatorTest(unittest.TestCase):

    def test_purging_returns_freed_polars_memory_to_the_os(self):
        out = subprocess.run([sys.executable, "-c", FREE_THEN_PURGE], capture_output=True, text=True, check=True,
                             cwd=__file__.rsplit("/tests/", 1)[0]).stdout.split()
        before, left, after = (int(word) for word in out)
        self.assertGreater(before, 25_000, "320 MB of freed frames should leave jemalloc holding unused pages")
        self.assertEqual((left, after), (0, 0), f"jemalloc still holds {after} of {before} unused pages after the purge")

    def test_a_library_without_jemalloc_gives_a_reason_not_a_purger(self):
        from icebench_worker import allocator
        purge, why = allocator.purger("libc.so")
        self.assertIsNone(purge)
        self.assertIn("_rjem_mallctl", why)


if __name__ == "__main__":
    unittest.main()
