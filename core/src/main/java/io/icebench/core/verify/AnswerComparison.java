package io.icebench.core.verify;

import io.icebench.core.model.ResultPreview;
import io.icebench.core.result.CanonicalValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Compares two engines' answers to one query. Columns are matched by position; rows in order when the
 * query orders its result, otherwise both sides are sorted first. Numbers compare by value whatever their
 * type: equal within a relative tolerance, or, when one side is a decimal of scale s and the other a float
 * or a finer decimal, when the decimal is the other value rounded to s places (they differ by at most half a
 * unit of the s-th place, as Spark's decimal averages are) or cut after s places (Acero's decimal division).
 * Everything else compares as canonical text.
 */
public final class AnswerComparison {

    private final double relativeTolerance;

    public AnswerComparison(double relativeTolerance) {
        this.relativeTolerance = relativeTolerance;
    }

    /** A difference between two answers: the first differing row (0-based), both versions, and why. */
    public record Difference(int row, List<Object> expected, List<Object> actual, String reason) {}

    public Optional<Difference> compare(ResultPreview expected, ResultPreview actual, boolean ordered) {
        if (expected.columns().size() != actual.columns().size()) {
            return Optional.of(new Difference(
                    -1,
                    List.copyOf(expected.columns()),
                    List.copyOf(actual.columns()),
                    expected.columns().size() + " columns against "
                            + actual.columns().size()));
        }
        List<List<Object>> a = ordered ? expected.rows() : sorted(expected.rows());
        List<List<Object>> b = ordered ? actual.rows() : sorted(actual.rows());
        for (int r = 0; r < Math.min(a.size(), b.size()); r++) {
            for (int c = 0; c < a.get(r).size(); c++) {
                Object x = a.get(r).get(c);
                Object y = b.get(r).get(c);
                if (!equal(x, type(expected, c), y, type(actual, c))) {
                    return Optional.of(new Difference(
                            r,
                            a.get(r),
                            b.get(r),
                            "column " + (c + 1) + " (" + expected.columns().get(c) + "): " + shown(x) + " against "
                                    + shown(y)));
                }
            }
        }
        if (a.size() != b.size()) {
            int r = Math.min(a.size(), b.size());
            return Optional.of(new Difference(
                    r,
                    r < a.size() ? a.get(r) : null,
                    r < b.size() ? b.get(r) : null,
                    a.size() + " rows against " + b.size()));
        }
        return Optional.empty();
    }

    /** A value in a message: numbers in full (the canonical form rounds them), the rest canonical. */
    private static String shown(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : CanonicalValue.of(value);
    }

    /** The answer's type of a column; {@code float} when the engine gave no types. */
    static String type(ResultPreview preview, int column) {
        return preview.types() == null || column >= preview.types().size()
                ? "float"
                : preview.types().get(column);
    }

    boolean equal(Object x, String typeX, Object y, String typeY) {
        if (x == null || y == null) {
            return x == y;
        }
        BigDecimal a = number(x);
        BigDecimal b = number(y);
        if (a == null || b == null) {
            return CanonicalValue.of(x).equals(CanonicalValue.of(y));
        }
        if (a.compareTo(b) == 0) {
            return true;
        }
        BigDecimal diff = a.subtract(b).abs();
        double scale = Math.max(a.abs().doubleValue(), b.abs().doubleValue());
        if (diff.doubleValue() <= relativeTolerance * scale) {
            return true;
        }
        BigDecimal decimal = coarserDecimal(a, typeX, b, typeY);
        if (decimal == null) {
            return false;
        }
        int places = decimal.scale();
        if (diff.compareTo(BigDecimal.ONE.movePointLeft(places).divide(BigDecimal.valueOf(2))) <= 0) {
            return true;
        }
        // or the other value cut after the decimal's last place (Acero's and Calcite's decimal division truncates)
        BigDecimal other = decimal == a ? b : a;
        return other.setScale(places, java.math.RoundingMode.DOWN).compareTo(decimal) == 0;
    }

    /** The side that is a decimal with fewer places than the other, if there is one. */
    private static BigDecimal coarserDecimal(BigDecimal a, String typeA, BigDecimal b, String typeB) {
        boolean decimalA = "decimal".equals(typeA);
        boolean decimalB = "decimal".equals(typeB);
        if (decimalA && (!decimalB || a.scale() < b.scale()) && !"integer".equals(typeB)) {
            return a;
        }
        if (decimalB && (!decimalA || b.scale() < a.scale()) && !"integer".equals(typeA)) {
            return b;
        }
        return null;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            return new BigDecimal(d);
        }
        return null;
    }

    private static List<List<Object>> sorted(List<List<Object>> rows) {
        List<List<Object>> copy = new ArrayList<>(rows);
        copy.sort(ROWS);
        return copy;
    }

    /** Numbers by value, then everything else by canonical text; nulls first. */
    private static final Comparator<Object> VALUES = (x, y) -> {
        if (x == null || y == null) {
            return x == null ? (y == null ? 0 : -1) : 1;
        }
        BigDecimal a = number(x);
        BigDecimal b = number(y);
        if (a != null && b != null) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        if (a != null || b != null) {
            return a != null ? -1 : 1;
        }
        return CanonicalValue.of(x).compareTo(CanonicalValue.of(y));
    };

    private static final Comparator<List<Object>> ROWS = (r1, r2) -> {
        for (int i = 0; i < Math.min(r1.size(), r2.size()); i++) {
            int c = VALUES.compare(r1.get(i), r2.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(r1.size(), r2.size());
    };
}
