"""``python -m icebench_worker ENGINE``: answers the coordinator's messages by calling one engine.

The protocol owns a private copy of stdout; file descriptor 1 is pointed at stderr (the worker log),
so nothing an engine prints can reach the protocol stream.
"""
import os
import sys
import time
import traceback

from . import protocol
from .collector import ResultCollector
from .engines import load_engine

_settled_for = None  # the query whose runs follow the engine's last settle
# io.icebench.core.config.Defaults.SERIES_LIMIT (contract/frames.json "limits"): no run of a series starts after it
SERIES_LIMIT_NS = 2_000_000_000

def main(argv):
    channel = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    engine = load_engine(argv[1])
    protocol.write(channel, hello(engine))
    requests = os.fdopen(0, "rb")
    while True:
        message = protocol.read(requests, lambda line: print("[stray input]", line, file=sys.stderr))
        if message is None:
            break
        if message["type"] == "close":
            start = time.perf_counter_ns()
            engine.close()
            protocol.write(channel, ready(start, None))
            break
        for reply in replies(engine, message):  # a series' replies, written once it ends
            protocol.write(channel, reply)
    return 0


def hello(engine):
    """The worker's first message: its engine, the engine's version and its pid."""
    return {"type": "hello", "engine": engine.name, "version": engine.version(), "pid": os.getpid()}


def ready(start, version):
    """The reply to open, register and close: how long the step took inside the worker."""
    return {"type": "ready", "nanos": time.perf_counter_ns() - start, "version": version}


def replies(engine, message):
    """The replies to one request: one, or for an ``execute`` with ``times`` above 1 one per run of the series, which
    an error ends, or a ``ready`` once it has run SERIES_LIMIT_NS; all made before any is written, so that nothing
    happens between two runs (docs/contract.md)."""
    runs = max(1, message.get("times") or 1) if message["type"] == "execute" else 1
    made = []
    began = time.perf_counter_ns()
    for run in range(runs):
        ran = time.perf_counter_ns() - began
        if run > 0 and ran > SERIES_LIMIT_NS:
            made.append(ready(began, None))
            break
        made.append(answer(engine, message))
        if made[-1]["type"] == "error":
            break
    return made


def answer(engine, message):
    kind = message["type"]
    try:
        start = time.perf_counter_ns()
        if kind == "open":
            engine.open(message["catalog"], message["default_namespace"], message.get("options") or {},
                        message.get("connection"))
            return ready(start, engine.version())
        if kind == "register":
            engine.register(message["table"])
            return ready(start, engine.version())
        if kind == "execute":
            return execute(engine, message)
        if kind == "error":  # a frame the reader could not read: say so in the reply
            return message
        if kind == "execute_concurrently":
            return {"type": "error", "kind": "unsupported",
                    "message": f"{engine.name} does not run concurrent queries in one Python worker; use --mode processes"}
        return {"type": "error", "kind": "crash", "message": f"unexpected message {kind}"}
    except BaseException as error:  # every failure is a result
        traceback.print_exc()
        error_kind = protocol.reported_kind(kind, engine.classify(error))
        return {"type": "error", "kind": error_kind, "message": f"{type(error).__name__}: {error}"}


def execute(engine, message):
    """Times the engine's run from submit to the last row consumed (docs/contract.md), as the JVM worker does:
    preparing the SQL before, fingerprint and preview after (and any fold of a full buffer inside), are the harness's.
    Before a query's first run the engine settles (untimed): what the previous query left behind is cleared now
    rather than during this query's timed runs (docs/method-python.md).
    """
    global _settled_for
    if message.get("query_id") != _settled_for and hasattr(engine, "settle"):
        engine.settle()
        _settled_for = message.get("query_id")
    sql = engine.prepare(message["sql"])
    collector = ResultCollector(message.get("ordered", False), message.get("preview_rows", 0))
    start = time.perf_counter_ns()
    columns, rows = engine.execute(sql)
    for row in rows:
        collector.row(row)
    elapsed = time.perf_counter_ns() - start
    after_timer = collector.finish()
    inside = collector.nanos_inside_timer
    stats = getattr(engine, "last_query_stats", None)
    return {"type": "executed", "nanos": elapsed - inside, "rows": collector.fingerprint.rows,
            "fingerprint": collector.fingerprint.value(), "fingerprint_nanos": inside + after_timer,
            "preview": collector.preview_of(list(columns)), "engine_stats": (stats() if stats else None) or {}}


if __name__ == "__main__":
    sys.exit(main(sys.argv))
