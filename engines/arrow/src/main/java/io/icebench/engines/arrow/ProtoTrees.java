package io.icebench.engines.arrow;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

/** Bottom-up rewriting of a protobuf tree (a Substrait plan), each node seeing what its ancestors passed down. */
final class ProtoTrees {

    /** What a node passes down to its children, from what it was given. */
    interface Down<C> {
        C toChildren(Message node, C given);
    }

    /** The node that replaces one whose children are rewritten already. */
    interface Up<C> {
        Message rewrite(Message node, C given) throws Exception;
    }

    private ProtoTrees() {}

    static Message bottomUp(Message node, Up<Void> up) throws Exception {
        return bottomUp(node, null, (n, c) -> c, up);
    }

    static <C> Message bottomUp(Message node, C given, Down<C> down, Up<C> up) throws Exception {
        C below = down.toChildren(node, given);
        Message.Builder builder = node.toBuilder();
        for (FieldDescriptor field : node.getDescriptorForType().getFields()) {
            if (field.getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
                continue;
            }
            if (field.isRepeated()) {
                for (int i = 0; i < node.getRepeatedFieldCount(field); i++) {
                    builder.setRepeatedField(
                            field, i, bottomUp((Message) node.getRepeatedField(field, i), below, down, up));
                }
            } else if (node.hasField(field)) {
                builder.setField(field, bottomUp((Message) node.getField(field), below, down, up));
            }
        }
        return up.rewrite(builder.build(), given);
    }
}
