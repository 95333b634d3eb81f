"""Python engines: each implements open, register, prepare, execute, version, close and classify.

``prepare`` turns the coordinator's SQL into the engine's (untimed); ``execute`` runs it (timed). An engine may
also have ``settle``, called untimed before the first run of each query.
"""
import importlib.metadata
import os
import re
import sys

from . import allocator, snapshot, storage


def load_engine(name):
    if name == "polars":
        return PolarsEngine()
    if name == "daft":
        return DaftEngine()
    raise SystemExit(f"unknown python engine {name}")


class NameMapping:
    """Polars and Daft resolve bare table names only: qualified names in the SQL are mapped onto them.

    One pattern for every name, compiled when a table is added: the mapping is the harness's work, done before
    the query's timer starts (``prepare``), never inside it.
    """

    def __init__(self):
        self.qualified = {}
        self.pattern = None

    def add(self, table):
        bare = table["name"]
        for name in (f'{table["catalog"]}.{table["namespace"]}.{bare}', f'{table["namespace"]}.{bare}'):
            self.qualified[name.lower()] = bare
        names = sorted(self.qualified, key=len, reverse=True)
        self.pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])", re.IGNORECASE)
        return bare

    def rewrite(self, sql):
        if self.pattern is None:
            return sql
        return self.pattern.sub(lambda found: self.qualified[found.group(0).lower()], sql)


def _paths(table):
    """The data files of an engine that applies no delete file (the coordinator never sends it such a table)."""
    if table.get("delete_files"):
        raise NotImplementedError(
            f'snapshot {table["snapshot_id"]} of {table["catalog"]}.{table["namespace"]}.{table["name"]} has '
            f'{len(table["delete_files"])} delete files; this engine reads data files only and would return wrong answers')
    return [f["path"] for f in table["data_files"]]


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


class PolarsEngine:
    name = "polars"

    def __init__(self):
        self.context = None
        self.names = NameMapping()
        self.pl = None
        self.storage_options = None
        self.release_memory = None

    def _polars(self):
        if self.pl is None:
            import polars
            self.pl = polars
        return self.pl

    def open(self, catalog, default_namespace, options, connection=None):
        # Polars sizes its thread pool once, from POLARS_MAX_THREADS, when it is imported
        if "threads" in options:
            os.environ["POLARS_MAX_THREADS"] = str(options["threads"])
        pl = self._polars()
        if "threads" in options and pl.thread_pool_size() != int(options["threads"]):
            raise ValueError(f'threads={options["threads"]} cannot apply: Polars already runs {pl.thread_pool_size()} threads')
        self.storage_options = storage.object_store_options(connection)
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

    def register(self, table):
        self.context.register(self.names.add(table), snapshot.scan(self._polars(), table, self.storage_options))

    def prepare(self, sql):
        return self.names.rewrite(sql)

    def execute(self, sql):
        frame = self.context.execute(sql).collect()
        return frame.columns, frame.iter_rows()

    def version(self):
        """Read without importing Polars, which must wait for open's thread setting (the hello asks first)."""
        if self.pl is None:
            return "polars " + importlib.metadata.version("polars")
        return "polars " + self.pl.__version__

    def classify(self, error):
        pl = self._polars()
        return _classify(error, (pl.exceptions.PolarsError,))

    def close(self):
        self.context = None


class DaftEngine:
    """Daft reads the snapshot's Parquet files and runs daft.sql over them."""
    name = "daft"

    def __init__(self):
        import daft
        self.daft = daft
        self.tables = {}
        self.names = NameMapping()

    def open(self, catalog, default_namespace, options, connection=None):
        self.tables = {}

    def register(self, table):
        paths = _paths(table)
        self.tables[self.names.add(table)] = self.daft.read_parquet(paths)

    def prepare(self, sql):
        return self.names.rewrite(sql)

    def execute(self, sql):
        frame = self.daft.sql(sql, **self.tables).to_pydict()
        columns = list(frame.keys())
        return columns, zip(*[frame[c] for c in columns]) if columns else iter(())

    def version(self):
        return "daft " + self.daft.__version__

    def classify(self, error):
        return _classify(error, (ValueError,))

    def close(self):
        self.tables = {}
