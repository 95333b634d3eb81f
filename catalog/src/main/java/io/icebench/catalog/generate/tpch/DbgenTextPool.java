package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distribution;
import io.trino.tpch.Distributions;
import io.trino.tpch.RandomInt;
import java.math.BigInteger;
import java.util.stream.IntStream;

/**
 * TPC-H's text pool (dbgen's "text" grammar, TPC-H specification 4.2.2.10): sentences of random words from
 * dbgen's distributions, made from one seed and cut at {@code size} bytes. Every comment column is a random slice
 * of it. Held as ASCII bytes, so that a slice is written to Parquet without a String in between. Made in chunks
 * side by side where it is known at which sentence and random draw each chunk starts ({@link PoolChunks}).
 */
public final class DbgenTextPool {

    /** dbgen's size, which the offsets of every comment depend on. */
    private static final int STANDARD_SIZE = 300 * 1024 * 1024;

    private static final long SEED = 933588178;
    /** dbgen's random stream: seed' = seed * 16807 mod (2^31 - 1). */
    private static final BigInteger MULTIPLIER = BigInteger.valueOf(16807);

    private static final BigInteger MODULUS = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final int LONGEST_SENTENCE = 256;

    private final byte[] bytes;
    private final int size;

    public DbgenTextPool(int size, Distributions words) {
        this(size, words, PoolChunks.whole());
    }

    /** Each chunk made on a thread of the common pool; each but the last checked to end where the next starts. */
    DbgenTextPool(int size, Distributions words, PoolChunks chunks) {
        byte[] bytes = new byte[size + LONGEST_SENTENCE];
        IntStream.range(0, chunks.count()).parallel().forEach(chunk -> {
            Sentences text = new Sentences(bytes, words, chunks.draws(chunk), chunks.offset(chunk));
            boolean last = chunk + 1 == chunks.count();
            int end = last ? size : chunks.offset(chunk + 1);
            while (text.length < end) {
                text.sentence();
            }
            if (!last && (text.length != end || text.draws != chunks.draws(chunk + 1))) {
                throw new IllegalStateException("the text pool's chunk " + chunk + " ended at byte " + text.length
                        + " after " + text.draws + " draws, not where the next starts: the words are not dbgen's");
            }
        });
        this.bytes = bytes;
        this.size = size;
    }

    /**
     * Where the sentences that start at or after each {@code count}th of a pool of {@code size} bytes begin, found by
     * making it whole.
     */
    static PoolChunks chunkStarts(int size, Distributions words, int count) {
        Sentences text = new Sentences(new byte[size + LONGEST_SENTENCE], words, 0, 0);
        long[] draws = new long[count];
        int[] offsets = new int[count];
        for (int chunk = 1; chunk < count; chunk++) {
            while (text.length < (long) size * chunk / count) {
                text.sentence();
            }
            draws[chunk] = text.draws;
            offsets[chunk] = text.length;
        }
        return new PoolChunks(draws, offsets);
    }

    /** The pool of dbgen's size, made once per process (about 2 CPU-seconds, in chunks side by side) and kept. */
    public static DbgenTextPool standard() {
        return Standard.POOL;
    }

    public int size() {
        return size;
    }

    /** The pool's bytes; only the first {@link #size()} are text. Never to be changed. */
    byte[] bytes() {
        return bytes;
    }

    private static final class Standard {
        static final DbgenTextPool POOL =
                new DbgenTextPool(STANDARD_SIZE, Distributions.getDefaultDistributions(), PoolChunks.STANDARD);
    }

    /** Writes sentences into the pool's bytes while it is made. */
    private static final class Sentences {

        private final byte[] bytes;
        private final Distributions words;
        private final RandomInt random;
        private int length;
        /** Values drawn from the random stream so far, one per word, phrase or grammar chosen. */
        private long draws;

        Sentences(byte[] bytes, Distributions words, long draws, int length) {
            this.bytes = bytes;
            this.words = words;
            this.random = new RandomInt(
                    MULTIPLIER
                            .modPow(BigInteger.valueOf(draws), MODULUS)
                            .multiply(BigInteger.valueOf(SEED))
                            .mod(MODULUS)
                            .longValueExact(),
                    Integer.MAX_VALUE);
            this.draws = draws;
            this.length = length;
        }

        private String pick(Distribution source) {
            draws++;
            return source.randomValue(random);
        }

        private void sentence() {
            String grammar = pick(words.getGrammars());
            for (int i = 0; i < grammar.length(); i += 2) {
                switch (grammar.charAt(i)) {
                    case 'V' -> verbPhrase();
                    case 'N' -> nounPhrase();
                    case 'P' -> {
                        append(pick(words.getPrepositions()));
                        append(" the ");
                        nounPhrase();
                    }
                    case 'T' -> {
                        length--; // a terminator follows the last word without a space
                        append(pick(words.getTerminators()));
                    }
                    default -> throw new IllegalStateException("unknown grammar token in '" + grammar + "'");
                }
                if (bytes[length - 1] != ' ') {
                    append(" ");
                }
            }
        }

        private void verbPhrase() {
            String phrase = pick(words.getVerbPhrase());
            for (int i = 0; i < phrase.length(); i += 2) {
                Distribution source = switch (phrase.charAt(i)) {
                    case 'D' -> words.getAdverbs();
                    case 'V' -> words.getVerbs();
                    case 'X' -> words.getAuxiliaries();
                    default -> throw new IllegalStateException("unknown verb phrase token in '" + phrase + "'");
                };
                word(source);
            }
        }

        private void nounPhrase() {
            String phrase = pick(words.getNounPhrase());
            for (int i = 0; i < phrase.length(); i++) {
                char token = phrase.charAt(i);
                if (token == ' ') {
                    continue;
                }
                if (token == ',') {
                    length--;
                    append(", ");
                    continue;
                }
                Distribution source = switch (token) {
                    case 'A' -> words.getArticles();
                    case 'J' -> words.getAdjectives();
                    case 'D' -> words.getAdverbs();
                    case 'N' -> words.getNouns();
                    default -> throw new IllegalStateException("unknown noun phrase token in '" + phrase + "'");
                };
                word(source);
            }
        }

        private void word(Distribution source) {
            append(pick(source));
            append(" ");
        }

        @SuppressWarnings("deprecation") // dbgen's words are ASCII
        private void append(String text) {
            text.getBytes(0, text.length(), bytes, length);
            length += text.length();
        }
    }
}
