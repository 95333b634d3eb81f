"""``python -m icebench_worker ENGINE``: answers the coordinator's messages by calling one engine.

The protocol owns a private copy of stdout; file descriptor 1 is pointed at stderr (the worker log),
so nothing an engine prints can reach the protocol stream.
"""
import os
import sys
import time
import traceback

from . import protocol
from .fingerprint import Fingerprint, for_preview, kind as value_kind
from .engines import load_engine

# The same bounds as the JVM worker's ResultCollector: a reply stays small whatever the result;
# every value is still fingerprinted whole.
PREVIEW_VALUE_CHARS = 1_000
PREVIEW_BUDGET_CHARS = 4_000_000
_settled_for = None  # the query whose runs follow the engine's last settle


def main(argv):
    channel = os.fdopen(os.dup(1), "wb", buffering=0)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    engine = load_engine(argv[1])
    protocol.write(channel, {"type": "hello", "engine": engine.name, "version": engine.version(), "pid": os.getpid()})
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
        protocol.write(channel, answer(engine, message))
    return 0


def ready(start, version):
    """The reply to open, register and close: how long the step took inside the worker."""
    return {"type": "ready", "nanos": time.perf_counter_ns() - start, "version": version}


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
        if kind == "execute_concurrently":
            return {"type": "error", "kind": "unsupported",
                    "message": f"{engine.name} does not run concurrent queries in one Python worker; use --mode processes"}
        return {"type": "error", "kind": "crash", "message": f"unexpected message {kind}"}
    except BaseException as error:  # every failure is a result
        traceback.print_exc()
        error_kind = engine.classify(error)
        if kind in ("open", "register") and error_kind in ("sql-error", "crash"):
            error_kind = "setup"
        return {"type": "error", "kind": error_kind, "message": f"{type(error).__name__}: {error}"}


def execute(engine, message):
    """Times the engine's run only: preparing the SQL before, fingerprint and preview after, are the harness's.

    Before a query's first run the engine settles (untimed): what the previous query left behind is cleared
    now rather than during this query's timed runs (docs/method-python.md).
    """
    global _settled_for
    if message.get("query_id") != _settled_for and hasattr(engine, "settle"):
        engine.settle()
        _settled_for = message.get("query_id")
    sql = engine.prepare(message["sql"])
    start = time.perf_counter_ns()
    columns, rows = engine.execute(sql)
    elapsed = time.perf_counter_ns() - start
    after = time.perf_counter_ns()
    fingerprint = Fingerprint(message.get("ordered", False))
    preview_rows = message.get("preview_rows", 0)
    preview = []
    budget = [PREVIEW_BUDGET_CHARS]
    types = [None] * len(columns)
    for row in rows:
        fingerprint.add(row)
        for i, value in enumerate(row):
            if types[i] is None:
                types[i] = value_kind(value)
        if len(preview) < preview_rows and budget[0] > 0:
            preview.append([bounded(for_preview(v), budget) for v in row])
    return {"type": "executed", "nanos": elapsed, "rows": fingerprint.rows, "fingerprint": fingerprint.value(),
            "fingerprint_nanos": time.perf_counter_ns() - after,
            "preview": {"columns": columns, "types": [t or "null" for t in types], "rows": preview}
            if preview_rows else None}


def bounded(value, budget):
    """A preview value, a long text cut (saying so); ``budget`` holds the characters the preview may still take.

    The mark is ResultPreview.CUT_MARK of the Java side: the answer check compares a cut value by fingerprint.
    """
    if not isinstance(value, str):
        return value
    if len(value) <= PREVIEW_VALUE_CHARS:
        budget[0] -= len(value)
        return value
    budget[0] -= PREVIEW_VALUE_CHARS
    return f"{value[:PREVIEW_VALUE_CHARS]}… [preview cut: {len(value)} characters in all]"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
