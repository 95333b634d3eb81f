"""A snapshot as a Polars LazyFrame: exactly its data files, with its delete files applied.

Position deletes (and deletion vectors, which arrive converted into position delete files) are anti-joined
on the row's index in the scan: a file's rows are numbered from the sum of the row counts of the files
before it. Equality deletes are anti-joined on their columns, null equal to null, for the data files
Iceberg applies them to (each data file lists them: sequence numbers and partitions are already settled).
"""

from . import storage

ROW = "__icebench_row"
POSITIONAL = ("POSITION", "DELETION_VECTOR")


def scan(pl, table, storage_options=None):
    files = table["data_files"]
    deletes = table.get("delete_files") or []
    columns = [c["name"] for c in table["columns"]]
    if not files:
        return pl.LazyFrame(schema={name: pl.String for name in columns})
    if not deletes:
        return _scan(pl, [f["path"] for f in files], storage_options)
    positional = [d["path"] for d in deletes if d["kind"] in POSITIONAL]
    parts = []
    for equality, group in _by_equality_deletes(files).items():
        frame = _scan(pl, [f["path"] for f in group], storage_options, row_index_name=ROW)
        if positional:
            frame = frame.join(_deleted_rows(pl, positional, group, storage_options), on=ROW, how="anti")
        for keys, paths in _equality_files(deletes, equality).items():
            removed = _scan(pl, paths, storage_options).select(list(keys))
            frame = frame.join(removed, on=list(keys), how="anti", nulls_equal=True)
        parts.append(frame.select(columns))
    return _concat(pl, parts)


def _scan(pl, paths, storage_options, **options):
    """scan_parquet, with the object store's settings for remote files (deletion vectors arrive as local files)."""
    if storage_options and paths and storage.is_remote(paths[0]):
        options["storage_options"] = storage_options
    return pl.scan_parquet(paths, hive_partitioning=False, **options)


def _deleted_rows(pl, positional, group, storage_options):
    offsets, start = [], 0
    for f in group:
        offsets.append(start)
        start += f["rows"]
    starts = pl.LazyFrame({"file_path": [f["location"] for f in group], "start": offsets},
                          schema={"file_path": pl.String, "start": pl.Int64})
    deleted = _concat(pl, [_scan(pl, paths, storage_options) for paths in _by_place(positional)]).select("file_path", "pos")
    return deleted.join(starts, on="file_path").select(
        (pl.col("start") + pl.col("pos")).cast(pl.get_index_type()).alias(ROW))


def _by_equality_deletes(files):
    groups = {}
    for f in files:
        groups.setdefault(tuple(f.get("equality_deletes") or ()), []).append(f)
    return groups


def _equality_files(deletes, indexes):
    by_columns = {}
    for index in indexes:
        delete = deletes[index]
        by_columns.setdefault(tuple(delete["equality_columns"]), []).append(delete["path"])
    return by_columns


def _by_place(paths):
    """Remote and local files apart: one scan cannot mix them."""
    remote = [p for p in paths if storage.is_remote(p)]
    local = [p for p in paths if not storage.is_remote(p)]
    return [group for group in (remote, local) if group]


def _concat(pl, frames):
    return pl.concat(frames) if len(frames) > 1 else frames[0]
