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
 * measured so that the worker can subtract it from the query's time. Every value is fingerprinted whole;
 * the preview sent back is bounded: a long text value is cut (and says so), and rows stop being added once
 * the preview holds {@link #PREVIEW_BUDGET_CHARS} characters, so that a reply stays small whatever the result.
 * A result equal to the last one ({@link LastResult}) takes its fingerprint.
 */
final class ResultCollector implements Engine.RowConsumer {

    /** Longest text value kept whole in a preview. */
    static final int PREVIEW_VALUE_CHARS = 1_000;
    /** Characters of text values a preview holds at most. */
    static final long PREVIEW_BUDGET_CHARS = 4_000_000;

    private final ResultFingerprint fingerprint;
    private final boolean ordered;
    private LastResult last;
    private String knownFingerprint;
    private long previewChars;
    private final int bufferRows;
    private final int previewRows;
    private final List<Object[]> buffer = new ArrayList<>();
    private final List<List<Object>> preview = new ArrayList<>();
    private List<String> columns = List.of();
    private String[] types = new String[0];
    private long nanosInsideTimer;
    private long rows;

    ResultCollector(boolean ordered, int bufferRows, int previewRows, LastResult last) {
        this.fingerprint = new ResultFingerprint(ordered);
        this.ordered = ordered;
        this.last = last;
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
            fold(true);
            nanosInsideTimer += System.nanoTime() - start;
        }
    }

    private void fold(boolean fingerprinting) {
        for (Object[] values : buffer) {
            if (fingerprinting) {
                fingerprint.add(values);
            }
            for (int i = 0; i < values.length && i < types.length; i++) {
                if (types[i] == null) {
                    types[i] = CanonicalValue.kind(values[i]);
                }
            }
            if (preview.size() < previewRows && previewChars < PREVIEW_BUDGET_CHARS) {
                preview.add(new ArrayList<>(Arrays.stream(values)
                        .map(v -> bounded(CanonicalValue.forPreview(v)))
                        .toList()));
            }
        }
        buffer.clear();
    }

    private Object bounded(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        if (text.length() <= PREVIEW_VALUE_CHARS) {
            previewChars += text.length();
            return text;
        }
        previewChars += PREVIEW_VALUE_CHARS;
        return ResultPreview.cut(text, PREVIEW_VALUE_CHARS);
    }

    /** Fingerprints what is left; call after the timer stopped. */
    long finish() {
        long start = System.nanoTime();
        boolean whole = rows == buffer.size();
        if (whole && last != null && last.sameRows(ordered, buffer)) {
            knownFingerprint = last.fingerprint();
            fold(false);
        } else {
            List<Object[]> kept = whole && rows <= LastResult.MAX_ROWS ? List.copyOf(buffer) : null;
            fold(true);
            last = kept == null ? null : new LastResult(ordered, kept, fingerprint.value());
        }
        return System.nanoTime() - start;
    }

    /** The result to compare the next one with; call after {@link #finish}. */
    LastResult lastResult() {
        return last;
    }

    long nanosInsideTimer() {
        return nanosInsideTimer;
    }

    long rows() {
        return rows;
    }

    String fingerprint() {
        return knownFingerprint != null ? knownFingerprint : fingerprint.value();
    }

    ResultPreview preview() {
        return previewRows == 0
                ? null
                : new ResultPreview(
                        columns,
                        Arrays.stream(types).map(t -> t == null ? "null" : t).toList(),
                        preview);
    }
}
