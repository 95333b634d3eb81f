package io.icebench.engines.arrow;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Decimal arithmetic gets the type SQL gives it, and prefix LIKE becomes a range. Acero types a result by its
 * own rules (a product of two DECIMAL(15,2) is DECIMAL(31,4)), Calcite by SQL's, and isthmus casts operands to
 * make its function match
 * ({@code l_extendedprice * 2} multiplies by 2 cast to DECIMAL(15,2)); a comparison, CASE or join over the
 * two disagreeing types then gave wrong rows or a type error (TPC-H Q8, Q11). Each result is cast to SQL's
 * type, a checked cast: a value that does not fit is an error, never a different number. And Acero divides to
 * the dividend's scale minus the divisor's (Q17's {@code sum(l_extendedprice) / 7.0} gave 23512.7 for
 * 23512.752857): the dividend is first cast (exactly) to the scale that keeps the digits of SQL's type.
 */
final class ExpressionRewrites extends RexShuttle {
    private static final Set<SqlKind> ARITHMETIC =
            EnumSet.of(SqlKind.PLUS, SqlKind.MINUS, SqlKind.TIMES, SqlKind.DIVIDE, SqlKind.MINUS_PREFIX);
    private final RexBuilder rex;

    ExpressionRewrites(RexBuilder rex) {
        this.rex = rex;
    }

    @Override
    public RexNode visitCall(RexCall call) {
        RexCall visited = (RexCall) super.visitCall(call);
        if (visited.getKind() == SqlKind.LIKE) {
            return prefixRange(visited);
        }
        if (!ARITHMETIC.contains(visited.getKind()) || visited.getType().getSqlTypeName() != SqlTypeName.DECIMAL) {
            return visited;
        }
        RexNode computed = visited.getKind() == SqlKind.DIVIDE ? exactDivision(visited) : visited;
        return rex.makeAbstractCast(visited.getType(), computed, false);
    }

    /**
     * {@code x LIKE 'PROMO%'} is {@code x >= 'PROMO' AND x < 'PROMP'} in byte order (TPC-H Q14, Q20): Acero's
     * Substrait consumer maps no LIKE, but compares strings. Other patterns stay LIKE.
     */
    private RexNode prefixRange(RexCall like) {
        if (like.getOperands().size() != 2
                || !(like.getOperands().get(1) instanceof RexLiteral literal)
                || literal.getValueAs(String.class) == null) {
            return like;
        }
        String pattern = literal.getValueAs(String.class);
        String prefix = pattern.substring(0, Math.max(0, pattern.length() - 1));
        if (!pattern.endsWith("%")
                || prefix.isEmpty()
                || prefix.matches(".*[%_\\\\].*")
                || prefix.chars().anyMatch(c -> Character.isSurrogate((char) c) || c == Character.MAX_VALUE)) {
            return like;
        }
        String next = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        RexNode value = like.getOperands().get(0);
        RelDataType text = rex.getTypeFactory().createTypeWithNullability(value.getType(), false);
        RexNode range = rex.makeCall(
                SqlStdOperatorTable.AND,
                rex.makeCall(
                        SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, value, rex.makeCast(text, rex.makeLiteral(prefix))),
                rex.makeCall(SqlStdOperatorTable.LESS_THAN, value, rex.makeCast(text, rex.makeLiteral(next))));
        return like.getOperator().getName().startsWith("NOT") ? rex.makeCall(SqlStdOperatorTable.NOT, range) : range;
    }

    private RexNode exactDivision(RexCall division) {
        RexNode dividend = division.getOperands().get(0);
        RexNode divisor = division.getOperands().get(1);
        if (dividend.getType().getSqlTypeName() != SqlTypeName.DECIMAL
                || divisor.getType().getSqlTypeName() != SqlTypeName.DECIMAL) {
            return division;
        }
        int scale = division.getType().getScale() + divisor.getType().getScale();
        if (scale <= dividend.getType().getScale()) {
            return division;
        }
        int precision = Math.min(
                38, dividend.getType().getPrecision() - dividend.getType().getScale() + scale);
        RelDataType wider = rex.getTypeFactory()
                .createTypeWithNullability(
                        rex.getTypeFactory().createSqlType(SqlTypeName.DECIMAL, precision, scale),
                        dividend.getType().isNullable());
        return rex.makeCall(
                division.getType(), division.getOperator(), List.of(rex.makeCast(wider, dividend), divisor));
    }
}
