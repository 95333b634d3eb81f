"""The reference for icebench's Python engines: the same query on the same Parquet files in a plain loop.

    python plain_loop.py ENGINE SQL_FILE (the SQL exactly as icebench sent it) ITERATIONS WARMUP FILE...

One process, one engine session made once (as icebench's set-up, untimed); then one cold run, WARMUP
discarded runs and ITERATIONS measured runs, each timed with perf_counter_ns from submit to the last row
consumed as Python values, as the worker times them (docs/contract.md). Prints one JSON line: {"engine", "version", "ms": [...]}.
"""
import json
import sys
import time


def polars_runner(sql, files):
    import polars as pl
    context = pl.SQLContext(lineitem=pl.scan_parquet(files, hive_partitioning=False))
    return "polars " + pl.__version__, lambda: consume(context.execute(sql).collect().iter_rows())


def daft_runner(sql, files):
    import daft
    frame = daft.read_parquet(files)
    def run():
        result = daft.sql(sql, lineitem=frame).to_pydict()
        consume(zip(*result.values()))
    return "daft " + daft.__version__, run


def consume(rows):
    for _ in rows:
        pass


RUNNERS = {"polars": polars_runner, "daft": daft_runner}


def main(argv):
    engine, sql_file, iterations, warmup, files = argv[1], argv[2], int(argv[3]), int(argv[4]), argv[5:]
    sql = open(sql_file).read()
    version, run = RUNNERS[engine](sql, files)
    measured = []
    for k in range(1 + warmup + iterations):
        start = time.perf_counter_ns()
        run()
        elapsed = time.perf_counter_ns() - start
        if k > warmup:
            measured.append(elapsed / 1e6)
    print(json.dumps({"engine": engine, "version": version, "ms": measured}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
