package io.icebench.core.result;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Canonical text of a result value, the same in every engine and every language, so that answers of
 * different engines can be fingerprinted and compared: numbers are compared by value whatever their type
 * (integer, decimal, double), rounded to {@value #SIGNIFICANT_DIGITS} significant digits (half-even)
 * so that a decimal average and a double average agree; dates, times and timestamps are ISO (times with six
 * fraction digits); binary values are lower-case hex; null is {@code \N}. The Python worker implements the same
 * rules; both are checked against {@code contract/values.json} (docs/contract.md).
 */
public final class CanonicalValue {

    public static final int SIGNIFICANT_DIGITS = 6;
    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private CanonicalValue() {}

    public static String of(Object value) {
        if (value == null) {
            return "\\N";
        }
        if (value instanceof Double d) {
            return ofDouble(d);
        }
        if (value instanceof Float f) {
            return ofDouble(f.doubleValue());
        }
        if (value instanceof BigDecimal d) {
            return ofDecimal(d);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ofDecimal(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigInteger i) {
            return ofDecimal(new BigDecimal(i));
        }
        if (value instanceof Boolean b) {
            return b ? "true" : "false";
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof LocalDateTime t) {
            return TIMESTAMP.format(t);
        }
        if (value instanceof Timestamp t) {
            return TIMESTAMP.format(t.toLocalDateTime());
        }
        if (value instanceof OffsetDateTime t) {
            return TIMESTAMP.format(t.toLocalDateTime()) + t.getOffset();
        }
        if (value instanceof LocalTime t) {
            return TIME.format(t);
        }
        if (value instanceof Time t) {
            return TIME.format(t.toLocalTime());
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }

    private static String ofDouble(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return ofDecimal(new BigDecimal(d));
    }

    private static String ofDecimal(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        return d.round(ROUNDING).stripTrailingZeros().toPlainString();
    }

    /** The kind of a value as {@link io.icebench.core.model.ResultPreview} names it; null for null. */
    public static String kind(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal) {
            return "decimal";
        }
        if (value instanceof Double || value instanceof Float) {
            return "float";
        }
        if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            return "integer";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof LocalDate || value instanceof Date) {
            return "date";
        }
        if (value instanceof LocalDateTime || value instanceof Timestamp || value instanceof OffsetDateTime) {
            return "timestamp";
        }
        return "text";
    }

    /** A value as it goes into a result preview: numbers stay numbers (decimals exact), the rest ISO text. */
    public static Object forPreview(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
                return d.toString();
            }
            if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
                return f.toString();
            }
            return value;
        }
        return of(value);
    }
}
