package io.icebench.worker;

import io.icebench.core.model.ResultPreview;
import io.icebench.core.result.CanonicalValue;
import io.icebench.core.result.ResultFingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes the rows of one execution. Rows are kept (up to a buffer size) and fingerprinted after the timer
 * stops; a larger result folds full buffers into the fingerprint while the query runs, and that time is
 * measured so that the worker can subtract it from the query's time.
 */
final class ResultCollector implements Engine.RowConsumer {

    private final ResultFingerprint fingerprint;
    private final int bufferRows;
    private final int previewRows;
    private final List<Object[]> buffer = new ArrayList<>();
    private final List<List<Object>> preview = new ArrayList<>();
    private List<String> columns = List.of();
    private String[] types = new String[0];
    private long nanosInsideTimer;
    private long rows;

    ResultCollector(boolean ordered, int bufferRows, int previewRows) {
        this.fingerprint = new ResultFingerprint(ordered);
        this.bufferRows = bufferRows;
        this.previewRows = previewRows;
    }

    @Override
    public void columns(List<String> names) {
        this.columns = List.copyOf(names);
        this.types = new String[names.size()];
    }

    @Override
    public void row(Object[] values) {
        rows++;
        buffer.add(values);
        if (buffer.size() >= bufferRows) {
            long start = System.nanoTime();
            fold();
            nanosInsideTimer += System.nanoTime() - start;
        }
    }

    private void fold() {
        for (Object[] values : buffer) {
            fingerprint.add(values);
            for (int i = 0; i < values.length && i < types.length; i++) {
                if (types[i] == null) {
                    types[i] = CanonicalValue.kind(values[i]);
                }
            }
            if (preview.size() < previewRows) {
                preview.add(new ArrayList<>(Arrays.stream(values).map(CanonicalValue::forPreview).toList()));
            }
        }
        buffer.clear();
    }

    /** Fingerprints what is left; call after the timer stopped. */
    long finish() {
        long start = System.nanoTime();
        fold();
        return System.nanoTime() - start;
    }

    long nanosInsideTimer() {
        return nanosInsideTimer;
    }

    long rows() {
        return rows;
    }

    String fingerprint() {
        return fingerprint.value();
    }

    ResultPreview preview() {
        return previewRows == 0 ? null : new ResultPreview(columns,
                Arrays.stream(types).map(t -> t == null ? "null" : t).toList(), preview);
    }
}
