package io.icebench.engines.arrow;

import io.substrait.isthmus.ConverterProvider;
import io.substrait.isthmus.SubstraitRelVisitor;
import io.substrait.isthmus.sql.SubstraitSqlToCalcite;
import io.substrait.plan.Plan;
import io.substrait.plan.PlanProtoConverter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.plan.hep.HepMatchOrder;
import org.apache.calcite.plan.hep.HepPlanner;
import org.apache.calcite.plan.hep.HepProgram;
import org.apache.calcite.plan.hep.HepProgramBuilder;
import org.apache.calcite.prepare.Prepare;
import org.apache.calcite.rel.RelCollation;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.RelFieldCollation;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinInfo;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.logical.LogicalFilter;
import org.apache.calcite.rel.logical.LogicalJoin;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql2rel.RelDecorrelator;
import org.apache.calcite.sql2rel.RelFieldTrimmer;
import org.apache.calcite.tools.RelBuilder;

/**
 * SQL to a Substrait plan Acero's consumer can take: isthmus parses and validates with Calcite; Calcite's own
 * rules and decorrelator then remove subqueries, push filters into comma joins and pick a join order without
 * cross joins; every join keeps one {@code left = right} key (Acero's consumer takes no more), the rest of an
 * inner join's condition becoming a filter above it, a join without key joining on a constant; sort keys that
 * cannot be null take the others' null placement (Acero has one); expressions are rewritten by
 * {@link ExpressionRewrites}; unused columns are trimmed (see {@link ScanColumns}). All of it keeps the meaning.
 */
final class SubstraitPlanner {

    private final ConverterProvider provider = new ConverterProvider();

    io.substrait.proto.Plan plan(String sql, Prepare.CatalogReader catalog) throws SqlParseException {
        RelRoot root = SubstraitSqlToCalcite.convertQuery(sql, catalog, provider.getSqlOperatorTable());
        RelNode rel = oneKeyJoins(pushConditionsIntoJoins(withoutSubqueries(root.rel)));
        // only the columns used, as a projection right above each table read (see ScanColumns)
        rel = new RelFieldTrimmer(null, RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null)).trim(rel);
        Plan plan = Plan.builder()
                .addRoots(SubstraitRelVisitor.convert(root.withRel(rel), provider))
                .build();
        return new PlanProtoConverter().toProto(plan);
    }

    /**
     * Subqueries (IN, EXISTS, scalar, correlated) become joins and aggregates by Calcite's own rules and
     * decorrelator: Acero evaluates no subquery expression, and isthmus cannot convert correlated ones.
     */
    private static RelNode withoutSubqueries(RelNode rel) {
        RelNode correlated = run(
                rel,
                new HepProgramBuilder()
                        .addRuleCollection(List.of(
                                CoreRules.FILTER_SUB_QUERY_TO_CORRELATE,
                                CoreRules.PROJECT_SUB_QUERY_TO_CORRELATE,
                                CoreRules.JOIN_SUB_QUERY_TO_CORRELATE))
                        .build());
        return RelDecorrelator.decorrelateQuery(
                correlated, RelFactories.LOGICAL_BUILDER.create(rel.getCluster(), null));
    }

    private static RelNode pushConditionsIntoJoins(RelNode rel) {
        RelNode pushed = run(rel, pushFilters());
        if (!hasJoinWithoutKey(pushed)) {
            return pushed;
        }
        // the order the query lists its tables in joins two with no key between them (TPC-H Q8's part, supplier):
        // let Calcite's join-order rule pick an order whose every join has a key, then push the conditions again
        RelNode reordered = run(
                pushed,
                new HepProgramBuilder()
                        .addMatchOrder(HepMatchOrder.BOTTOM_UP)
                        .addRuleInstance(CoreRules.JOIN_TO_MULTI_JOIN)
                        .addRuleInstance(CoreRules.PROJECT_MULTI_JOIN_MERGE)
                        .addRuleInstance(CoreRules.FILTER_MULTI_JOIN_MERGE)
                        .build());
        reordered = run(
                reordered,
                new HepProgramBuilder()
                        .addRuleInstance(CoreRules.MULTI_JOIN_OPTIMIZE)
                        .build());
        return run(reordered, pushFilters());
    }

    private static HepProgram pushFilters() {
        return new HepProgramBuilder()
                .addRuleCollection(
                        List.of(CoreRules.FILTER_INTO_JOIN, CoreRules.JOIN_CONDITION_PUSH, CoreRules.FILTER_MERGE))
                .build();
    }

    private static RelNode run(RelNode rel, HepProgram program) {
        HepPlanner planner = new HepPlanner(program);
        planner.setRoot(rel);
        return planner.findBestExp();
    }

    private static boolean hasJoinWithoutKey(RelNode rel) {
        if (rel instanceof Join join && join.analyzeCondition().leftKeys.isEmpty()) {
            return true;
        }
        return rel.getInputs().stream().anyMatch(SubstraitPlanner::hasJoinWithoutKey);
    }

    private static RelNode oneKeyJoins(RelNode rel) {
        return rel.accept(new RelHomogeneousShuttle() {
            @Override
            public RelNode visit(RelNode other) {
                RelNode visited = super.visit(other)
                        .accept(new ExpressionRewrites(other.getCluster().getRexBuilder()));
                if (visited instanceof Sort sort
                        && !sort.getCollation().getFieldCollations().isEmpty()) {
                    return sameNullPlacement(sort);
                }
                return visited instanceof LogicalJoin join ? oneKey(join) : visited;
            }
        });
    }

    /**
     * A join with no key between its sides (TPC-H Q11's rows against its scalar subquery's one row) is the same
     * as a join on a constant both sides carry: Acero has no cross join but joins on that key. The condition
     * becomes a filter above it.
     */
    private static RelNode onConstantKey(LogicalJoin join) {
        RelBuilder b = RelFactories.LOGICAL_BUILDER.create(join.getCluster(), null);
        int left = join.getLeft().getRowType().getFieldCount();
        int right = join.getRight().getRowType().getFieldCount();
        b.push(join.getLeft());
        b.project(concat(b.fields(), b.literal(0)));
        b.push(join.getRight());
        b.project(concat(b.fields(), b.literal(0)));
        b.join(JoinRelType.INNER, b.equals(b.field(2, 0, left), b.field(2, 1, right)));
        List<RexNode> withoutKeys = new ArrayList<>(b.fields().subList(0, left));
        withoutKeys.addAll(b.fields().subList(left + 1, left + 1 + right));
        b.project(withoutKeys, join.getRowType().getFieldNames(), true);
        if (!join.getCondition().isAlwaysTrue()) {
            b.filter(join.getCondition());
        }
        return b.build();
    }

    private static List<RexNode> concat(List<RexNode> fields, RexNode extra) {
        List<RexNode> all = new ArrayList<>(fields);
        all.add(extra);
        return all;
    }

    /**
     * Acero sorts with one null placement for all keys; Calcite's default puts nulls last ascending and first
     * descending (TPC-H Q3's {@code order by revenue desc, o_orderdate}). A key that is never null can take any
     * placement: give it the one of the first key that can be null.
     */
    private static RelNode sameNullPlacement(Sort sort) {
        List<RelFieldCollation> keys = sort.getCollation().getFieldCollations();
        List<RelDataTypeField> fields = sort.getInput().getRowType().getFieldList();
        RelFieldCollation.NullDirection placement = keys.stream()
                .filter(k -> fields.get(k.getFieldIndex()).getType().isNullable())
                .map(k -> k.nullDirection)
                .findFirst()
                .orElse(keys.get(0).nullDirection);
        RelCollation same = RelCollations.of(keys.stream()
                .map(k -> fields.get(k.getFieldIndex()).getType().isNullable() ? k : k.withNullDirection(placement))
                .toList());
        return sort.copy(sort.getTraitSet().replace(same), sort.getInput(), same, sort.offset, sort.fetch);
    }

    /** The join on its first key pair, written left = right; for an inner join the rest as a filter above it. */
    private static RelNode oneKey(LogicalJoin original) {
        // (a = b and x) or (a = b and y) is a = b and (x or y): TPC-H Q19's key is inside each branch of an OR
        RexNode factored = RexUtil.pullFactors(original.getCluster().getRexBuilder(), original.getCondition());
        LogicalJoin join = original.copy(
                original.getTraitSet(),
                factored,
                original.getLeft(),
                original.getRight(),
                original.getJoinType(),
                original.isSemiJoinDone());
        JoinInfo info = join.analyzeCondition();
        if (info.leftKeys.isEmpty()) {
            return join.getJoinType() == JoinRelType.INNER ? onConstantKey(join) : join;
        }
        RexBuilder rex = join.getCluster().getRexBuilder();
        int leftCount = join.getLeft().getRowType().getFieldCount();
        List<RexNode> keys = new ArrayList<>();
        for (int i = 0; i < info.leftKeys.size(); i++) {
            int left = info.leftKeys.get(i);
            int right = info.rightKeys.get(i);
            keys.add(rex.makeCall(
                    SqlStdOperatorTable.EQUALS,
                    rex.makeInputRef(
                            join.getLeft().getRowType().getFieldList().get(left).getType(), left),
                    rex.makeInputRef(
                            join.getRight()
                                    .getRowType()
                                    .getFieldList()
                                    .get(right)
                                    .getType(),
                            leftCount + right)));
        }
        List<RexNode> rest = new ArrayList<>(keys.subList(1, keys.size()));
        rest.addAll(info.nonEquiConditions);
        if (!rest.isEmpty() && join.getJoinType() != JoinRelType.INNER) {
            return join;
        }
        LogicalJoin keyed = join.copy(
                join.getTraitSet(),
                keys.get(0),
                join.getLeft(),
                join.getRight(),
                join.getJoinType(),
                join.isSemiJoinDone());
        if (rest.isEmpty()) {
            return keyed;
        }
        return LogicalFilter.create(keyed, RexUtil.composeConjunction(rex, rest));
    }
}
