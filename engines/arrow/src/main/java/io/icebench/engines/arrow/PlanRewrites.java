package io.icebench.engines.arrow;

import io.substrait.proto.Expression;
import io.substrait.proto.FunctionArgument;
import io.substrait.proto.Plan;
import io.substrait.proto.ReadRel;
import io.substrait.proto.SimpleExtensionDeclaration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Substrait plan rewrites that keep the meaning: isthmus emits AND and OR with many arguments (Calcite
 * flattens them), Acero accepts two; nest them into pairs, left to right. Also which tables a plan reads.
 */
final class PlanRewrites {

    private PlanRewrites() {}

    /** The names of the named tables the plan reads, in the order they appear. */
    static Set<String> namedTables(Plan plan) throws Exception {
        Set<String> names = new LinkedHashSet<>();
        ProtoTrees.bottomUp(plan, (node, none) -> {
            if (node instanceof ReadRel.NamedTable table) {
                names.add(String.join(".", table.getNamesList()));
            }
            return node;
        });
        return names;
    }

    static Plan nestBooleans(Plan plan) throws Exception {
        Set<Integer> anchors = new HashSet<>();
        for (SimpleExtensionDeclaration d : plan.getExtensionsList()) {
            if (d.hasExtensionFunction()) {
                String name = d.getExtensionFunction().getName();
                if (name.startsWith("and:") || name.startsWith("or:")) {
                    anchors.add(d.getExtensionFunction().getFunctionAnchor());
                }
            }
        }
        if (anchors.isEmpty()) {
            return plan;
        }
        return (Plan) ProtoTrees.bottomUp(
                plan,
                (node, none) -> node instanceof Expression e
                                && e.hasScalarFunction()
                                && anchors.contains(e.getScalarFunction().getFunctionReference())
                                && e.getScalarFunction().getArgumentsCount() > 2
                        ? nest(e)
                        : node);
    }

    private static Expression nest(Expression e) {
        Expression.ScalarFunction f = e.getScalarFunction();
        List<FunctionArgument> args = f.getArgumentsList();
        Expression acc = Expression.newBuilder()
                .setScalarFunction(
                        f.toBuilder().clearArguments().addArguments(args.get(0)).addArguments(args.get(1)))
                .build();
        for (int i = 2; i < args.size(); i++) {
            acc = Expression.newBuilder()
                    .setScalarFunction(f.toBuilder()
                            .clearArguments()
                            .addArguments(FunctionArgument.newBuilder().setValue(acc))
                            .addArguments(args.get(i)))
                    .build();
        }
        return acc;
    }
}
