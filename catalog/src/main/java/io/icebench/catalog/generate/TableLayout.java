package io.icebench.catalog.generate;

import io.icebench.core.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;

/**
 * How generated tables are laid out: Iceberg format version, a partition transform per table
 * ({@code month(l_shipdate)}, {@code bucket(16, o_custkey)}, {@code identity(r_name)} or a bare column), and
 * a number of parts (files, per partition) for tables that are not tiny.
 */
public record TableLayout(int formatVersion, Map<String, String> partitions, Integer parts) {

    public static final TableLayout DEFAULT = new TableLayout(2, Map.of(), null);
    /** {@code --partitioned} for TPC-H: the two large tables by month of their main date. */
    public static final Map<String, String> TPCH_PARTITIONS =
            Map.of("lineitem", "month(l_shipdate)", "orders", "month(o_orderdate)");

    private static final Pattern TRANSFORM = Pattern.compile(
            "\\s*(?:(identity|year|month|day|hour|bucket|truncate)\\s*\\(\\s*(?:(\\d+)\\s*,\\s*)?(\\w+)\\s*\\)|(\\w+))\\s*");

    public TableLayout {
        if (formatVersion < 2 || formatVersion > 3) {
            throw new ConfigException("--format-version " + formatVersion + " is not supported; use 2 or 3");
        }
        if (parts != null && (parts < 1 || parts > 10_000)) {
            throw new ConfigException("--files " + parts + " must be between 1 and 10000");
        }
        partitions = Map.copyOf(partitions);
    }

    /** The partition spec of one table, checked against its schema. */
    public PartitionSpec spec(String table, Schema schema) {
        String transform = partitions.get(table);
        if (transform == null) {
            return PartitionSpec.unpartitioned();
        }
        Matcher m = TRANSFORM.matcher(transform);
        if (!m.matches()) {
            throw new ConfigException("--partition " + table + "=" + transform + ": expected TRANSFORM(COLUMN) such as "
                    + "month(l_shipdate), bucket(16, o_custkey) or a column name");
        }
        String column = m.group(4) != null ? m.group(4) : m.group(3);
        if (schema.findField(column) == null) {
            throw new ConfigException(
                    "--partition " + table + "=" + transform + ": " + table + " has no column " + column);
        }
        String name = m.group(1) == null ? "identity" : m.group(1);
        boolean sized = name.equals("bucket") || name.equals("truncate");
        if (sized != (m.group(2) != null)) {
            throw new ConfigException("--partition " + table + "=" + transform + ": " + name
                    + (sized ? " needs a width, e.g. " + name + "(16, " + column + ")" : " takes only a column"));
        }
        PartitionSpec.Builder spec = PartitionSpec.builderFor(schema);
        try {
            switch (name) {
                case "year" -> spec.year(column);
                case "month" -> spec.month(column);
                case "day" -> spec.day(column);
                case "hour" -> spec.hour(column);
                case "bucket" -> spec.bucket(column, Integer.parseInt(m.group(2)));
                case "truncate" -> spec.truncate(column, Integer.parseInt(m.group(2)));
                default -> spec.identity(column);
            }
            return spec.build();
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new ConfigException("--partition " + table + "=" + transform + ": " + e.getMessage());
        }
    }

    /** Properties that identify the layout: a table generated with another layout is not kept as is. */
    public Map<String, String> identity(String table) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("icebench.format-version", Integer.toString(formatVersion));
        identity.put("icebench.partition", partitions.getOrDefault(table, "none"));
        identity.put("icebench.parts", parts == null ? "auto" : parts.toString());
        return identity;
    }

    /** Parses repeated {@code TABLE=TRANSFORM(COLUMN)} options over a preset. */
    public static Map<String, String> partitions(Map<String, String> preset, Map<String, String> options) {
        Map<String, String> all = new TreeMap<>(preset);
        all.putAll(options);
        return all;
    }
}
