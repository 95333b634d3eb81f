package io.icebench.catalog.generate.tpch;

/**
 * Where each chunk of a text pool starts: after how many draws of its random stream, at which byte (the first of a
 * sentence). Chunk 0 starts at the pool's start; the last ends at its size.
 */
record PoolChunks(long[] draws, int[] offsets) {

    /** dbgen's 300 MB pool in eighths, as {@link DbgenTextPool#chunkStarts} finds them. */
    static final PoolChunks STANDARD = new PoolChunks(
            new long[] {0, 7989946, 15975809, 23962009, 31949852, 39934233, 47919803, 55904232},
            new int[] {0, 39321619, 78643223, 117964817, 157286442, 196608019, 235929648, 275251227});

    /** One chunk: the pool made in one go. */
    static PoolChunks whole() {
        return new PoolChunks(new long[] {0}, new int[] {0});
    }

    int count() {
        return offsets.length;
    }

    long draws(int chunk) {
        return draws[chunk];
    }

    int offset(int chunk) {
        return offsets[chunk];
    }
}
