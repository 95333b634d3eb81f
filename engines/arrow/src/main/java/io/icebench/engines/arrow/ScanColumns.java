package io.icebench.engines.arrow;

import io.substrait.proto.Expression;
import io.substrait.proto.NamedStruct;
import io.substrait.proto.Plan;
import io.substrait.proto.ProjectRel;
import io.substrait.proto.ReadRel;
import io.substrait.proto.Rel;
import io.substrait.proto.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads only the columns a query uses. Acero's consumer takes no projection on a read, and arrow-dataset's
 * Java entry point loads every table it is given into memory before Acero starts; Calcite's field trimmer
 * leaves a projection of plain column references right above each table read, and such a pair becomes a read
 * of a named table whose name carries the columns ({@code LINEITEM#4,5,6}), scanned with just those columns.
 */
final class ScanColumns {

    private static final char SEPARATOR = '#';

    private ScanColumns() {}

    /** The table a named read reads, without its columns. */
    static String table(String namedTable) {
        int at = namedTable.indexOf(SEPARATOR);
        return at < 0 ? namedTable : namedTable.substring(0, at);
    }

    /** The positions of the table's columns a named read reads, or null for all of them. */
    static int[] columns(String namedTable) {
        int at = namedTable.indexOf(SEPARATOR);
        return at < 0
                ? null
                : Arrays.stream(namedTable.substring(at + 1).split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray();
    }

    static Plan prune(Plan plan) throws Exception {
        return (Plan) ProtoTrees.bottomUp(plan, (node, none) -> {
            Rel read = node instanceof Rel rel && rel.hasProject() ? prunedRead(rel.getProject()) : null;
            return read != null ? read : node;
        });
    }

    private static Rel prunedRead(ProjectRel project) {
        if (!project.getInput().hasRead()) {
            return null;
        }
        ReadRel read = project.getInput().getRead();
        if (!read.hasNamedTable()
                || read.getNamedTable().getNamesCount() != 1
                || read.hasFilter()
                || read.hasProjection()
                || read.getCommon().hasEmit()
                || read.getNamedTable().getNames(0).indexOf(SEPARATOR) >= 0) {
            return null;
        }
        int width = read.getBaseSchema().getNamesCount();
        List<Integer> outputs = new ArrayList<>();
        if (project.getCommon().hasEmit()) {
            outputs.addAll(project.getCommon().getEmit().getOutputMappingList());
        } else {
            for (int i = 0; i < width + project.getExpressionsCount(); i++) {
                outputs.add(i);
            }
        }
        List<Integer> columns = new ArrayList<>();
        for (int output : outputs) {
            Integer column = output < width ? Integer.valueOf(output) : column(project.getExpressions(output - width));
            if (column == null) {
                return null;
            }
            columns.add(column);
        }
        NamedStruct all = read.getBaseSchema();
        NamedStruct.Builder schema = NamedStruct.newBuilder();
        Type.Struct.Builder struct = all.getStruct().toBuilder().clearTypes();
        for (int column : columns) {
            schema.addNames(all.getNames(column));
            struct.addTypes(all.getStruct().getTypes(column));
        }
        String name = read.getNamedTable().getNames(0)
                + SEPARATOR
                + columns.stream().map(String::valueOf).collect(Collectors.joining(","));
        return Rel.newBuilder()
                .setRead(read.toBuilder()
                        .setBaseSchema(schema.setStruct(struct))
                        .setNamedTable(ReadRel.NamedTable.newBuilder().addNames(name)))
                .build();
    }

    /** The input column a projected expression is a plain reference to, or null. */
    private static Integer column(Expression e) {
        if (!e.hasSelection()
                || !e.getSelection().hasRootReference()
                || !e.getSelection().hasDirectReference()) {
            return null;
        }
        Expression.ReferenceSegment segment = e.getSelection().getDirectReference();
        return segment.hasStructField() && !segment.getStructField().hasChild()
                ? segment.getStructField().getField()
                : null;
    }
}
