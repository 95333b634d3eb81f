package io.icebench.engines.duckdb;

import io.icebench.core.model.ColumnDef;
import io.icebench.core.model.DataFileRef;
import io.icebench.core.model.DeleteFileRef;
import io.icebench.core.model.DeleteKind;
import io.icebench.core.model.TableSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SELECT that reads a snapshot in DuckDB: {@code read_parquet} of exactly its data files, with its delete
 * files applied as anti-joins — position deletes (and deletion vectors, converted) on (file, row number),
 * equality deletes on their columns (null equal to null) for the data files Iceberg applies them to. The
 * anti-joins are written as LEFT JOIN ... IS NULL: DuckDB 1.4 cannot decorrelate a subquery over a view
 * holding an ANTI JOIN (TPC-H Q4, Q17, Q20-Q22), and a matched row is dropped either way.
 */
final class DuckDbScan {

    private DuckDbScan() {}

    static String of(TableSnapshot table) {
        if (table.dataFiles().isEmpty()) {
            String columns = table.columns().stream()
                    .map(c -> "CAST(NULL AS " + DuckDbTypes.of(c.type()) + ") AS " + ident(c.name()))
                    .collect(Collectors.joining(", "));
            return "SELECT " + columns + " WHERE false";
        }
        if (table.deleteFiles().isEmpty()) {
            return "SELECT " + columns(table, "") + " FROM " + readParquet(table.dataFiles(), "");
        }
        List<DeleteFileRef> positional = table.deleteFiles().stream()
                .filter(d -> d.kind().appliedAs() == DeleteKind.POSITION)
                .toList();
        StringBuilder sql = new StringBuilder();
        if (!positional.isEmpty()) {
            sql.append("WITH deleted_positions AS (SELECT DISTINCT f.path, d.pos FROM read_parquet([")
                    .append(paths(positional.stream().map(DeleteFileRef::path).toList()))
                    .append("], hive_partitioning = false) d JOIN (VALUES ")
                    .append(table.dataFiles().stream()
                            .map(f -> "(" + quote(f.path()) + ", " + quote(f.location()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(") f(path, location) ON d.file_path = f.location) ");
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<List<Integer>, List<DataFileRef>> group :
                byEqualityDeletes(table).entrySet()) {
            StringBuilder part = new StringBuilder("SELECT ")
                    .append(columns(table, "t."))
                    .append(" FROM ")
                    .append(readParquet(group.getValue(), ", filename = true, file_row_number = true"))
                    .append(" t");
            List<String> live = new ArrayList<>();
            if (!positional.isEmpty()) {
                part.append(" LEFT JOIN deleted_positions p ON t.filename = p.path AND t.file_row_number = p.pos");
                live.add("p.pos IS NULL");
            }
            int n = 0;
            for (Map.Entry<List<String>, List<String>> equality :
                    equalityFiles(table, group.getKey()).entrySet()) {
                String alias = "e" + n++;
                List<String> keys = equality.getKey();
                part.append(" LEFT JOIN (SELECT DISTINCT ")
                        .append(keys.stream().map(DuckDbScan::ident).collect(Collectors.joining(", ")))
                        .append(", true AS deleted FROM read_parquet([")
                        .append(paths(equality.getValue()))
                        .append("], hive_partitioning = false)) ")
                        .append(alias)
                        .append(" ON ")
                        .append(keys.stream()
                                .map(k -> "t." + ident(k) + " IS NOT DISTINCT FROM " + alias + "." + ident(k))
                                .collect(Collectors.joining(" AND ")));
                live.add(alias + ".deleted IS NULL");
            }
            if (!live.isEmpty()) {
                part.append(" WHERE ").append(String.join(" AND ", live));
            }
            parts.add(part.toString());
        }
        return sql.append(String.join(" UNION ALL ", parts)).toString();
    }

    /** Data files grouped by the exact equality deletes Iceberg applies to them. */
    private static Map<List<Integer>, List<DataFileRef>> byEqualityDeletes(TableSnapshot table) {
        Map<List<Integer>, List<DataFileRef>> groups = new LinkedHashMap<>();
        for (DataFileRef file : table.dataFiles()) {
            groups.computeIfAbsent(file.equalityDeletes(), k -> new ArrayList<>())
                    .add(file);
        }
        return groups;
    }

    /** The equality delete files of a group, by the columns they match on. */
    private static Map<List<String>, List<String>> equalityFiles(TableSnapshot table, List<Integer> indexes) {
        Map<List<String>, List<String>> byColumns = new LinkedHashMap<>();
        for (int index : indexes) {
            DeleteFileRef delete = table.deleteFiles().get(index);
            byColumns
                    .computeIfAbsent(delete.equalityColumns(), k -> new ArrayList<>())
                    .add(delete.path());
        }
        return byColumns;
    }

    private static String readParquet(List<DataFileRef> files, String options) {
        return "read_parquet([" + paths(files.stream().map(DataFileRef::path).toList()) + "], hive_partitioning = false"
                + options + ")";
    }

    private static String columns(TableSnapshot table, String qualifier) {
        return table.columns().stream()
                .map(ColumnDef::name)
                .map(c -> qualifier + ident(c))
                .collect(Collectors.joining(", "));
    }

    private static String paths(List<String> paths) {
        return paths.stream().map(DuckDbScan::quote).collect(Collectors.joining(", "));
    }

    /** Every file the scan of {@link #of} opens: the data files and the delete files. */
    static List<String> files(TableSnapshot table) {
        List<String> files = new ArrayList<>(
                table.dataFiles().stream().map(DataFileRef::path).toList());
        table.deleteFiles().forEach(d -> files.add(d.path()));
        return files;
    }

    private static String ident(String name) {
        return DuckDbEngine.ident(name);
    }

    private static String quote(String text) {
        return DuckDbEngine.quote(text);
    }
}
