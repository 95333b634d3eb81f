"""Takes the rows of one execution, as the JVM worker's ResultCollector does.

Rows are kept (up to FINGERPRINT_BUFFER_ROWS) and fingerprinted after the timer stops; a larger result folds full
buffers into the fingerprint while the query runs, and that time is measured so that the worker subtracts it from
the query's time. Every value is fingerprinted whole; the preview is bounded: a long text is cut (saying so), and
rows stop being added once the preview holds PREVIEW_BUDGET_CHARS characters.
"""
import time

from .fingerprint import Fingerprint, for_preview, kind as value_kind

# io.icebench.core.config.Defaults.FINGERPRINT_BUFFER_ROWS (contract/frames.json "limits")
FINGERPRINT_BUFFER_ROWS = 100_000
PREVIEW_VALUE_CHARS = 1_000
PREVIEW_BUDGET_CHARS = 4_000_000
# ResultPreview.CUT_MARK of the Java side: the answer check compares a cut value by fingerprint
CUT_MARK = "… [preview cut: "


class ResultCollector:
    def __init__(self, ordered, preview_rows, buffer_rows=FINGERPRINT_BUFFER_ROWS):
        self.fingerprint = Fingerprint(ordered)
        self.preview_rows = preview_rows
        self.buffer_rows = buffer_rows
        self.buffer = []
        self.preview = []
        self.preview_chars = 0
        self.types = []
        self.nanos_inside_timer = 0

    def row(self, values):
        self.buffer.append(values)
        if len(self.buffer) >= self.buffer_rows:
            start = time.perf_counter_ns()
            self._fold()
            self.nanos_inside_timer += time.perf_counter_ns() - start

    def finish(self):
        """Fingerprints what is left (call after the timer stopped); returns how long that took."""
        start = time.perf_counter_ns()
        self._fold()
        return time.perf_counter_ns() - start

    def _fold(self):
        for values in self.buffer:
            self.fingerprint.add(values)
            if len(self.types) < len(values):
                self.types.extend([None] * (len(values) - len(self.types)))
            for i, value in enumerate(values):
                if self.types[i] is None:
                    self.types[i] = value_kind(value)
            if len(self.preview) < self.preview_rows and self.preview_chars < PREVIEW_BUDGET_CHARS:
                self.preview.append([self._bounded(for_preview(v)) for v in values])
        self.buffer.clear()

    def _bounded(self, value):
        if not isinstance(value, str):
            return value
        if len(value) <= PREVIEW_VALUE_CHARS:
            self.preview_chars += len(value)
            return value
        self.preview_chars += PREVIEW_VALUE_CHARS
        return f"{value[:PREVIEW_VALUE_CHARS]}{CUT_MARK}{len(value)} characters in all]"

    def preview_of(self, columns):
        if not self.preview_rows:
            return None
        types = (self.types + [None] * len(columns))[:len(columns)]
        return {"columns": columns, "types": [t or "null" for t in types], "rows": self.preview}
