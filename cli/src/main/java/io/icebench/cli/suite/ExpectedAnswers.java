package io.icebench.cli.suite;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.icebench.core.config.ConfigException;
import io.icebench.core.model.ResultPreview;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A suite's expected answers at one scale factor: {@code <id>.csv} per query, a header line of column names, then
 * the rows in the query's order. A number is compared by value (written with s decimal places it matches an engine's
 * value rounded to s places), an empty field is NULL, anything else is compared as text.
 */
public final class ExpectedAnswers {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?");

    private ExpectedAnswers() {}

    /** The expected answer of each query of {@code ids} that has a file in {@code dir}. */
    public static Map<String, ResultPreview> read(Path dir, List<String> ids) {
        Map<String, ResultPreview> answers = new LinkedHashMap<>();
        for (String id : ids) {
            Path file = dir.resolve(id + ".csv");
            if (Files.isRegularFile(file)) {
                answers.put(id, readFile(file));
            }
        }
        return answers;
    }

    static ResultPreview readFile(Path file) {
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper()
                .enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class)
                .readValues(Files.readString(file))) {
            while (it.hasNext()) {
                lines.add(it.next());
            }
        } catch (IOException | RuntimeException e) {
            throw new ConfigException("cannot read the expected answer " + file + ": " + e.getMessage()
                    + "; write a header line of column names, then one CSV line per row");
        }
        if (lines.isEmpty()) {
            throw new ConfigException("the expected answer " + file + " is empty; its first line names the columns");
        }
        List<String> columns = lines.get(0);
        List<String> types = new ArrayList<>();
        columns.forEach(c -> types.add(null));
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 1; r < lines.size(); r++) {
            List<String> line = lines.get(r);
            if (line.size() != columns.size()) {
                throw new ConfigException(
                        "the expected answer " + file + " has " + line.size() + " fields on line " + (r + 1)
                                + " against " + columns.size() + " columns in its header; give every row all columns");
            }
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < line.size(); c++) {
                Object value = value(line.get(c));
                row.add(value);
                types.set(c, widen(types.get(c), value));
            }
            rows.add(row);
        }
        return new ResultPreview(columns, types, rows);
    }

    private static Object value(String field) {
        if (field.isEmpty()) {
            return null;
        }
        if (INTEGER.matcher(field).matches() || DECIMAL.matcher(field).matches()) {
            return new BigDecimal(field);
        }
        return field;
    }

    /** The column's kind so far and one more value: integer, then decimal, text when any value is not a number. */
    private static String widen(String kind, Object value) {
        if (value == null || "text".equals(kind)) {
            return kind;
        }
        if (!(value instanceof BigDecimal number)) {
            return "text";
        }
        String mine = number.scale() > 0 ? "decimal" : "integer";
        return kind == null || "integer".equals(kind) ? mine : kind;
    }
}
