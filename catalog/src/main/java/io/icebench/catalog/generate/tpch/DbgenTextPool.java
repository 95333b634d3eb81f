package io.icebench.catalog.generate.tpch;

import io.trino.tpch.Distribution;
import io.trino.tpch.Distributions;
import io.trino.tpch.RandomInt;

/**
 * TPC-H's text pool (dbgen's "text" grammar, TPC-H specification 4.2.2.10): sentences of random words from
 * dbgen's distributions, made from one seed and cut at {@code size} bytes. Every comment column is a random slice
 * of it. Held as ASCII bytes, so that a slice is written to Parquet without a String in between.
 */
public final class DbgenTextPool {

    /** dbgen's size, which the offsets of every comment depend on. */
    private static final int STANDARD_SIZE = 300 * 1024 * 1024;

    private static final long SEED = 933588178;
    private static final int LONGEST_SENTENCE = 256;

    private final byte[] bytes;
    private final int size;

    public DbgenTextPool(int size, Distributions words) {
        Sentences text = new Sentences(new byte[size + LONGEST_SENTENCE], words);
        while (text.length < size) {
            text.sentence();
        }
        this.bytes = text.bytes;
        this.size = size;
    }

    /** The pool of dbgen's size, made once per process (1-2.5 s of one core) and kept. */
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
        static final DbgenTextPool POOL = new DbgenTextPool(STANDARD_SIZE, Distributions.getDefaultDistributions());
    }

    /** Writes sentences into the pool's bytes while it is made. */
    private static final class Sentences {

        private final byte[] bytes;
        private final Distributions words;
        private final RandomInt random = new RandomInt(SEED, Integer.MAX_VALUE);
        private int length;

        Sentences(byte[] bytes, Distributions words) {
            this.bytes = bytes;
            this.words = words;
        }

        private void sentence() {
            String grammar = words.getGrammars().randomValue(random);
            for (int i = 0; i < grammar.length(); i += 2) {
                switch (grammar.charAt(i)) {
                    case 'V' -> verbPhrase();
                    case 'N' -> nounPhrase();
                    case 'P' -> {
                        append(words.getPrepositions().randomValue(random));
                        append(" the ");
                        nounPhrase();
                    }
                    case 'T' -> {
                        length--; // a terminator follows the last word without a space
                        append(words.getTerminators().randomValue(random));
                    }
                    default -> throw new IllegalStateException("unknown grammar token in '" + grammar + "'");
                }
                if (bytes[length - 1] != ' ') {
                    append(" ");
                }
            }
        }

        private void verbPhrase() {
            String phrase = words.getVerbPhrase().randomValue(random);
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
            String phrase = words.getNounPhrase().randomValue(random);
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
            append(source.randomValue(random));
            append(" ");
        }

        @SuppressWarnings("deprecation") // dbgen's words are ASCII
        private void append(String text) {
            text.getBytes(0, text.length(), bytes, length);
            length += text.length();
        }
    }
}
