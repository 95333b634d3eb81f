package io.icebench.catalog.generate;

import java.util.List;

/** A benchmark's tables at a scale factor, written as Iceberg tables into a namespace. */
public interface TableGenerator {

    /** Generates the tables not yet there; a failure removes what it wrote and leaves no half-made table. */
    List<TableOutcome> generate(
            double scale, String namespace, TableLayout layout, boolean replace, GenerationProgress progress);

    /** Stops a generation under way (Ctrl-C): deletes the files of tables not yet committed; how many. */
    int abort();
}
