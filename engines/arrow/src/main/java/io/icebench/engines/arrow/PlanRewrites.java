package io.icebench.engines.arrow;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.substrait.proto.Expression;
import io.substrait.proto.FunctionArgument;
import io.substrait.proto.Plan;
import io.substrait.proto.SimpleExtensionDeclaration;
import io.substrait.proto.ReadRel;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Substrait plan rewrites that keep the meaning: isthmus emits AND and OR with many arguments (Calcite
 * flattens them), Acero accepts two; nest them into pairs, left to right. Also which tables a plan reads.
 */
final class PlanRewrites {

    private PlanRewrites() {
    }

    /** The names of the named tables the plan reads, in the order they appear. */
    static Set<String> namedTables(Plan plan) {
        Set<String> names = new LinkedHashSet<>();
        collectNamedTables(plan, names);
        return names;
    }

    private static void collectNamedTables(Message message, Set<String> names) {
        if (message instanceof ReadRel.NamedTable table) {
            names.add(String.join(".", table.getNamesList()));
            return;
        }
        for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
            if (field.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (field.getKey().isRepeated()) {
                for (Object item : (List<?>) field.getValue()) {
                    collectNamedTables((Message) item, names);
                }
            } else {
                collectNamedTables((Message) field.getValue(), names);
            }
        }
    }

    static Plan nestBooleans(Plan plan) {
        Set<Integer> anchors = new HashSet<>();
        for (SimpleExtensionDeclaration d : plan.getExtensionsList()) {
            if (d.hasExtensionFunction()) {
                String name = d.getExtensionFunction().getName();
                if (name.startsWith("and:") || name.startsWith("or:")) {
                    anchors.add(d.getExtensionFunction().getFunctionAnchor());
                }
            }
        }
        return anchors.isEmpty() ? plan : (Plan) rewrite(plan, anchors);
    }

    private static Message rewrite(Message message, Set<Integer> anchors) {
        Message.Builder builder = message.toBuilder();
        for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
            if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (field.isRepeated()) {
                for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
                    builder.setRepeatedField(field, i, rewrite((Message) message.getRepeatedField(field, i), anchors));
                }
            } else if (message.hasField(field)) {
                builder.setField(field, rewrite((Message) message.getField(field), anchors));
            }
        }
        Message out = builder.build();
        if (out instanceof Expression e && e.hasScalarFunction()
                && anchors.contains(e.getScalarFunction().getFunctionReference())
                && e.getScalarFunction().getArgumentsCount() > 2) {
            return nest(e);
        }
        return out;
    }

    private static Expression nest(Expression e) {
        Expression.ScalarFunction f = e.getScalarFunction();
        List<FunctionArgument> args = f.getArgumentsList();
        Expression acc = Expression.newBuilder().setScalarFunction(f.toBuilder().clearArguments()
                .addArguments(args.get(0)).addArguments(args.get(1))).build();
        for (int i = 2; i < args.size(); i++) {
            acc = Expression.newBuilder().setScalarFunction(f.toBuilder().clearArguments()
                    .addArguments(FunctionArgument.newBuilder().setValue(acc)).addArguments(args.get(i))).build();
        }
        return acc;
    }
}
