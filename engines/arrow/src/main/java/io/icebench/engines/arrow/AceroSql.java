package io.icebench.engines.arrow;

import io.icebench.core.model.ColumnDef;
import io.icebench.core.model.TableSnapshot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the SQL text needs before isthmus turns it into a Substrait plan Acero can run, each step keeping the
 * meaning (the worker has already mapped table names onto the names the tables are registered by): constant date
 * arithmetic ({@code date '1998-12-01' - interval '90' day}) is folded into a date literal (Acero has no
 * kernel for date ± interval), and so is exact arithmetic of two decimal literals standing alone
 * ({@code between .06 - 0.01 and .06 + 0.01}: Acero crashed on the decimal kernel for it); names Calcite
 * reserves are quoted. Also the CREATE TABLE statements isthmus needs, from the Iceberg schema.
 */
final class AceroSql {

    private static final Pattern DATE_ARITHMETIC = Pattern.compile(
            "(?i)date\\s*'(\\d{4}-\\d{2}-\\d{2})'\\s*([+-])\\s*interval\\s*'(\\d+)'\\s*(day|month|year)(\\s*\\(\\s*\\d+\\s*\\))?");

    /** A sum or difference of two numeric literals standing alone between comparison keywords (TPC-H Q6's .06 - 0.01). */
    private static final Pattern NUMBER_ARITHMETIC = Pattern.compile(
            "(?i)(\\bbetween|\\band|\\bor|[(=<>,])(\\s*)(\\d*\\.?\\d+)\\s*([+-])\\s*(\\d*\\.?\\d+)(?=\\s*(?:and\\b|or\\b|[),;]|$))");

    /**
     * Names other engines take as identifiers but Calcite reserves (TPC-H Q11's {@code as value}), outside string
     * literals; quoted in upper case they are the same names Calcite gives unquoted ones.
     */
    private static final Pattern RESERVED_NAME = Pattern.compile("(?i)\\b(value)\\b(?=(?:[^']*'[^']*')*[^']*$)");

    private AceroSql() {}

    static String rewrite(String sql) {
        String out = RESERVED_NAME.matcher(sql).replaceAll(r -> '"' + r.group(1).toUpperCase(Locale.ROOT) + '"');
        Matcher m = DATE_ARITHMETIC.matcher(out);
        StringBuilder folded = new StringBuilder();
        while (m.find()) {
            LocalDate date = LocalDate.parse(m.group(1));
            long n = Long.parseLong(m.group(3)) * (m.group(2).equals("-") ? -1 : 1);
            LocalDate result = switch (m.group(4).toLowerCase(Locale.ROOT)) {
                case "day" -> date.plusDays(n);
                case "month" -> date.plusMonths(n);
                default -> date.plusYears(n);
            };
            m.appendReplacement(folded, "date '" + result + "'");
        }
        m.appendTail(folded);
        Matcher n = NUMBER_ARITHMETIC.matcher(folded.toString());
        StringBuilder numbers = new StringBuilder();
        while (n.find()) {
            BigDecimal a = new BigDecimal(n.group(3));
            BigDecimal b = new BigDecimal(n.group(5));
            BigDecimal value = n.group(4).equals("+") ? a.add(b) : a.subtract(b);
            n.appendReplacement(numbers, Matcher.quoteReplacement(n.group(1) + n.group(2) + value.toPlainString()));
        }
        n.appendTail(numbers);
        return numbers.toString();
    }

    static String createTable(TableSnapshot table) {
        return "CREATE TABLE " + table.name() + " ("
                + table.columns().stream()
                        .map(c -> c.name() + " " + type(c) + (c.required() ? " NOT NULL" : ""))
                        .collect(Collectors.joining(", "))
                + ")";
    }

    /** Iceberg type (as its toString) to the SQL type isthmus understands. */
    static String type(ColumnDef column) {
        String t = column.type().toLowerCase(Locale.ROOT);
        if (t.startsWith("decimal")) {
            return t.toUpperCase(Locale.ROOT);
        }
        return switch (t) {
            case "long" -> "BIGINT";
            case "int" -> "INTEGER";
            case "double" -> "DOUBLE";
            case "float" -> "REAL";
            case "boolean" -> "BOOLEAN";
            case "date" -> "DATE";
            case "timestamp" -> "TIMESTAMP";
            case "string", "uuid" -> "VARCHAR";
            default ->
                throw new UnsupportedOperationException(
                        "column " + column.name() + " of Iceberg type " + column.type() + " has no Acero mapping here");
        };
    }

    /** The query's own spelling of an output column Calcite upper-cased, or the name in lower case. */
    static String spelling(String name, String sql) {
        Matcher m = Pattern.compile("(?i)(?<![\\w])" + Pattern.quote(name) + "(?![\\w])")
                .matcher(sql);
        return m.find() ? m.group() : name.toLowerCase(Locale.ROOT);
    }
}
