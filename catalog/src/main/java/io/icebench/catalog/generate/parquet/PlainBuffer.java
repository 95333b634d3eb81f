package io.icebench.catalog.generate.parquet;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;

/** A growing byte array of values in Parquet's PLAIN encoding: little-endian numbers, text as length then bytes. */
final class PlainBuffer {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private byte[] bytes;
    private int size;

    PlainBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    private void putLong(long value) {
        ensure(8);
        LONGS.set(bytes, size, value);
        size += 8;
    }

    private void putInt(int value) {
        ensure(4);
        INTS.set(bytes, size, value);
        size += 4;
    }

    /** An INT64 ({@code width} 8) or INT32 ({@code width} 4) value. */
    void putNumber(long value, int width) {
        if (width == 8) {
            putLong(value);
        } else {
            putInt((int) value);
        }
    }

    void putText(byte[] source, int start, int length) {
        ensure(4 + length);
        INTS.set(bytes, size, length);
        System.arraycopy(source, start, bytes, size + 4, length);
        size += 4 + length;
    }

    void putByte(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }

    /** The bytes written so far, not copied: valid until the next write or {@link #clear()}. */
    BytesInput view() {
        return BytesInput.from(bytes, 0, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
