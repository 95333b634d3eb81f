"""Python engines. A new engine is one subclass of :class:`FileEngine` (plus ``engines/<name>/engine.properties``
and a requirements line): it names itself and implements ``start``, ``load``, ``execute``, ``version`` and ``close``.

What every engine needs from the harness is done here once: the table names of the SQL are mapped by the engine's
``reads=`` declaration (:mod:`.names`, before the query's timer starts), the object store's settings are derived from
the run's connection, and errors are classified into the protocol's kinds. An engine may also have ``settle``,
called untimed before the first run of each query.
"""
import importlib.metadata
import os
import sys

from . import allocator, names, snapshot, storage

ENGINES = {}


def load_engine(name):
    engine = ENGINES.get(name)
    if engine is None:
        raise SystemExit(f"unknown python engine {name}; engines: {', '.join(sorted(ENGINES))}")
    return engine()


# what object stores answer when they refuse the keys, and what a client says when it cannot reach them
STORAGE_AUTH_ERRORS = ("SignatureDoesNotMatch", "InvalidAccessKeyId", "AccessDenied", "403 Forbidden", "ExpiredToken")
STORAGE_CONNECTION_ERRORS = ("Connection refused", "error sending request", "dns error", "connection closed before")


def _classify(error, sql_errors=()):
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, MemoryError) or "out of memory" in text.lower():
        return "oom"
    if any(code in text for code in STORAGE_AUTH_ERRORS):
        return "auth"
    if any(sign in text for sign in STORAGE_CONNECTION_ERRORS):
        return "connection"
    if isinstance(error, (FileNotFoundError, PermissionError, IsADirectoryError)):
        return "io"
    if isinstance(error, NotImplementedError) or "unsupported" in text.lower() or "not supported" in text.lower():
        return "unsupported"
    if isinstance(error, sql_errors):
        return "sql-error"
    return "crash"


class FileEngine:
    """An engine that reads the snapshot files the coordinator hands it, each table under its local name.

    The worker calls open, register, prepare (untimed), execute (timed), version, classify and close; a subclass
    implements the engine's part of them:

    - ``start(options, storage_options)``: begin a session (``storage_options``: the object store's settings, or None)
    - ``load(name, table)``: make the protocol's table visible under ``name``
    - ``execute(sql)``: run it, return ``(columns, rows)``
    - ``version()``, ``close()``, and ``sql_errors()``: the exception types that mean the SQL is wrong
    """
    name = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        ENGINES[cls.name] = cls

    def open(self, catalog, default_namespace, options, connection=None):
        self.names = names.TableNames(names.worker_reads(), catalog, default_namespace)
        self.start(options, storage.object_store_options(connection))

    def register(self, table):
        self.load(self.names.add(table), table)

    def prepare(self, sql):
        return self.names.map(sql)

    def classify(self, error):
        return _classify(error, self.sql_errors())

    def sql_errors(self):
        return ()


def data_paths(table):
    """The data files of an engine that applies no delete file (the coordinator never sends it such a table)."""
    if table.get("delete_files"):
        raise NotImplementedError(
            f'snapshot {table["snapshot_id"]} of {table["catalog"]}.{table["namespace"]}.{table["name"]} has '
            f'{len(table["delete_files"])} delete files; this engine reads data files only and would return wrong answers')
    return [f["path"] for f in table["data_files"]]


class PolarsEngine(FileEngine):
    name = "polars"

    def __init__(self):
        self.context = None
        self.pl = None
        self.storage_options = None
        self.release_memory = None

    def _polars(self):
        if self.pl is None:
            import polars
            self.pl = polars
        return self.pl

    def start(self, options, storage_options):
        # Polars sizes its thread pool once, from POLARS_MAX_THREADS, when it is imported
        if "threads" in options:
            os.environ["POLARS_MAX_THREADS"] = str(options["threads"])
        pl = self._polars()
        if "threads" in options and pl.thread_pool_size() != int(options["threads"]):
            raise ValueError(f'threads={options["threads"]} cannot apply: Polars already runs {pl.thread_pool_size()} threads')
        self.storage_options = storage_options
        self.context = pl.SQLContext()
        self.release_memory, why = allocator.purger("polars")
        if why:
            print(f"[icebench] Polars' freed memory is not released between queries: {why}", file=sys.stderr)

    def settle(self):
        """The previous query's freed memory goes back to the OS now, not while the next one is timed."""
        if self.release_memory:
            try:
                self.release_memory()
            except OSError as error:  # measuring goes on, as it did before this step existed
                print(f"[icebench] releasing Polars' freed memory failed: {error}", file=sys.stderr)
                self.release_memory = None

    def load(self, name, table):
        self.context.register(name, snapshot.scan(self._polars(), table, self.storage_options))

    def execute(self, sql):
        frame = self.context.execute(sql).collect()
        return frame.columns, frame.iter_rows()

    def version(self):
        """Read without importing Polars, which must wait for open's thread setting (the hello asks first)."""
        if self.pl is None:
            return "polars " + importlib.metadata.version("polars")
        return "polars " + self.pl.__version__

    def sql_errors(self):
        return (self._polars().exceptions.PolarsError,)

    def close(self):
        self.context = None


class DaftEngine(FileEngine):
    """Daft reads the snapshot's Parquet files and runs daft.sql over them."""
    name = "daft"

    def __init__(self):
        import daft
        self.daft = daft
        self.tables = {}

    def start(self, options, storage_options):
        self.tables = {}

    def load(self, name, table):
        self.tables[name] = self.daft.read_parquet(data_paths(table))

    def execute(self, sql):
        frame = self.daft.sql(sql, **self.tables).to_pydict()
        columns = list(frame.keys())
        return columns, zip(*[frame[c] for c in columns]) if columns else iter(())

    def version(self):
        return "daft " + self.daft.__version__

    def sql_errors(self):
        return (ValueError,)

    def close(self):
        self.tables = {}
