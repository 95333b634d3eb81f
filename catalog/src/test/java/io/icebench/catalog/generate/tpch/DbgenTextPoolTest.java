package io.icebench.catalog.generate.tpch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trino.tpch.Distributions;
import org.junit.jupiter.api.Test;

/** The pool made in chunks side by side is the pool made in one go; the standard pool's chunks start where stated. */
class DbgenTextPoolTest {

    private static final Distributions WORDS = Distributions.getDefaultDistributions();

    @Test
    void theStandardPoolsChunksStartWhereItsSentencesDo() {
        PoolChunks found = DbgenTextPool.chunkStarts(300 * 1024 * 1024, WORDS, PoolChunks.STANDARD.count());
        assertThat(found.draws()).containsExactly(PoolChunks.STANDARD.draws());
        assertThat(found.offsets()).containsExactly(PoolChunks.STANDARD.offsets());
    }

    @Test
    void aPoolMadeInChunksIsThePoolMadeWhole() {
        int size = 3 * 1024 * 1024;
        DbgenTextPool whole = new DbgenTextPool(size, WORDS);
        DbgenTextPool chunked = new DbgenTextPool(size, WORDS, DbgenTextPool.chunkStarts(size, WORDS, 5));
        assertThat(chunked.bytes()).isEqualTo(whole.bytes());
    }

    @Test
    void aChunkThatDoesNotEndWhereTheNextStartsIsRefused() {
        int size = 1024 * 1024;
        PoolChunks found = DbgenTextPool.chunkStarts(size, WORDS, 2);
        PoolChunks shifted = new PoolChunks(found.draws(), new int[] {0, found.offset(1) + 1});
        assertThatThrownBy(() -> new DbgenTextPool(size, WORDS, shifted))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("chunk 0");
    }
}
