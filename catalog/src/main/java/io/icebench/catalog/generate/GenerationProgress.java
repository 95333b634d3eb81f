package io.icebench.catalog.generate;

/** Receives progress while tables are written; called from several threads. */
public interface GenerationProgress {

    void started(long expectedRows);

    void rowsWritten(long rows);

    GenerationProgress NONE = new GenerationProgress() {
        @Override
        public void started(long expectedRows) {}

        @Override
        public void rowsWritten(long rows) {}
    };
}
