package io.icebench.engines.arrow;

import io.substrait.proto.Expression;
import io.substrait.proto.Plan;
import io.substrait.proto.PlanRel;
import io.substrait.proto.ProjectRel;
import io.substrait.proto.ReadRel;
import io.substrait.proto.Rel;
import io.substrait.proto.Type;

/**
 * Cuts a Substrait plan into stages Acero runs one after the other, each stage's result read by the next as
 * a named table. Acero's consumer (Arrow 18, still so in its main branch) gives a projected column the output
 * type of its kernel's signature, which is empty for kernels whose type is computed from their inputs: decimal
 * arithmetic, casts, CASE, string slices. An aggregate, join or projection over such a column then dispatches on
 * no type at all and the JVM dies (SIGSEGV in {@code SameTypeIdMatcher::Matches}: TPC-H Q6's
 * {@code sum(l_extendedprice * l_discount)}). Running such a projection as a plan of its own and reading its
 * result back gives the column the type Acero really computed; nothing is approximated.
 */
final class PlanStages {

    /** Runs one stage and returns the read of its result, with the schema Acero gave it. */
    interface StageRunner {
        ReadRel run(Plan stage) throws Exception;
    }

    private PlanStages() {}

    /** The plan with every projection whose column types a relation above it needs replaced by its stage's result. */
    static Plan split(Plan plan, StageRunner runner) throws Exception {
        // typesNeeded: some relation between the node and the plan's root binds to its column types
        return (Plan) ProtoTrees.bottomUp(
                plan,
                false,
                (node, typesNeeded) ->
                        typesNeeded || node instanceof Rel rel && !(rel.hasSort() || rel.hasFetch() || rel.hasFilter()),
                (node, typesNeeded) -> {
                    if (node instanceof Rel rel
                            && rel.hasProject()
                            && typesNeeded
                            && computesUntypedColumns(rel.getProject())) {
                        Plan stage = plan.toBuilder()
                                .clearRelations()
                                .addRelations(PlanRel.newBuilder().setRel(rel))
                                .build();
                        return Rel.newBuilder().setRead(runner.run(stage)).build();
                    }
                    return node;
                });
    }

    /** Whether a projected expression is a call whose Arrow kernel computes its type (anything not bool or numeric). */
    private static boolean computesUntypedColumns(ProjectRel project) {
        for (Expression e : project.getExpressionsList()) {
            if (e.hasSelection() || e.hasLiteral()) {
                continue;
            }
            if (!e.hasScalarFunction() || !fixed(e.getScalarFunction().getOutputType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean fixed(Type type) {
        return type.hasBool()
                || type.hasI8()
                || type.hasI16()
                || type.hasI32()
                || type.hasI64()
                || type.hasFp32()
                || type.hasFp64();
    }
}
