package io.icebench.engines.arrow;

import io.substrait.proto.NamedStruct;
import io.substrait.proto.Type;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/** An Arrow schema as the Substrait schema of a named table, so a stage's result is read with Acero's own types. */
final class SubstraitSchemas {

    private static final Type.Nullability NULLABLE = Type.Nullability.NULLABILITY_NULLABLE;

    private SubstraitSchemas() {}

    static NamedStruct of(Schema schema) {
        NamedStruct.Builder named = NamedStruct.newBuilder();
        Type.Struct.Builder struct = Type.Struct.newBuilder().setNullability(Type.Nullability.NULLABILITY_REQUIRED);
        for (Field field : schema.getFields()) {
            named.addNames(field.getName());
            struct.addTypes(type(field));
        }
        return named.setStruct(struct).build();
    }

    private static Type type(Field field) {
        ArrowType t = field.getType();
        Type.Builder b = Type.newBuilder();
        if (t instanceof ArrowType.Int i && i.getIsSigned()) {
            switch (i.getBitWidth()) {
                case 8 -> b.setI8(Type.I8.newBuilder().setNullability(NULLABLE));
                case 16 -> b.setI16(Type.I16.newBuilder().setNullability(NULLABLE));
                case 32 -> b.setI32(Type.I32.newBuilder().setNullability(NULLABLE));
                default -> b.setI64(Type.I64.newBuilder().setNullability(NULLABLE));
            }
        } else if (t instanceof ArrowType.FloatingPoint f) {
            if (f.getPrecision() == FloatingPointPrecision.SINGLE) {
                b.setFp32(Type.FP32.newBuilder().setNullability(NULLABLE));
            } else {
                b.setFp64(Type.FP64.newBuilder().setNullability(NULLABLE));
            }
        } else if (t instanceof ArrowType.Decimal d && d.getBitWidth() == 128) {
            b.setDecimal(Type.Decimal.newBuilder()
                    .setPrecision(d.getPrecision())
                    .setScale(d.getScale())
                    .setNullability(NULLABLE));
        } else if (t instanceof ArrowType.Utf8 || t instanceof ArrowType.LargeUtf8) {
            b.setString(Type.String.newBuilder().setNullability(NULLABLE));
        } else if (t instanceof ArrowType.Bool) {
            b.setBool(Type.Boolean.newBuilder().setNullability(NULLABLE));
        } else if (t instanceof ArrowType.Date date && date.getUnit() == DateUnit.DAY) {
            b.setDate(Type.Date.newBuilder().setNullability(NULLABLE));
        } else if (t instanceof ArrowType.Timestamp ts
                && ts.getUnit() == TimeUnit.MICROSECOND
                && ts.getTimezone() == null) {
            b.setPrecisionTimestamp(
                    Type.PrecisionTimestamp.newBuilder().setPrecision(6).setNullability(NULLABLE));
        } else if (t instanceof ArrowType.Binary) {
            b.setBinary(Type.Binary.newBuilder().setNullability(NULLABLE));
        } else {
            throw new UnsupportedOperationException(
                    "a stage's column " + field.getName() + " of Arrow type " + t + " has no Substrait type here");
        }
        return b.build();
    }
}
