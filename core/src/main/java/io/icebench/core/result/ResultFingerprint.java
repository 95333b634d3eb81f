package io.icebench.core.result;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprint of a result: each row's canonical text ({@link CanonicalValue}, values joined by U+001F)
 * is hashed with SHA-256 (first 8 bytes, big-endian). Unordered results add the row hashes (mod 2^64),
 * so row order does not matter; ordered results fold them as {@code h = h * 1000003 + rowHash}.
 * Printed as {@code u:} or {@code o:} followed by 16 hex digits.
 */
public final class ResultFingerprint {

    private static final char SEPARATOR = '\u001f';
    private static final MessageDigest SHA_256 = prototype();
    private final boolean ordered;
    private final MessageDigest sha256;
    private final StringBuilder row = new StringBuilder();
    private long hash;
    private long rows;

    public ResultFingerprint(boolean ordered) {
        this.ordered = ordered;
        this.sha256 = sha256();
    }

    /** Cloned: a provider look-up for every result would sit in the worker's reply path. */
    private static MessageDigest sha256() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return prototype();
        }
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void add(Object[] values) {
        row.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                row.append(SEPARATOR);
            }
            row.append(CanonicalValue.of(values[i]));
        }
        byte[] digest = sha256.digest(row.toString().getBytes(StandardCharsets.UTF_8));
        long rowHash = 0;
        for (int i = 0; i < 8; i++) {
            rowHash = (rowHash << 8) | (digest[i] & 0xff);
        }
        hash = ordered ? hash * 1000003L + rowHash : hash + rowHash;
        rows++;
    }

    public long rows() {
        return rows;
    }

    public String value() {
        return (ordered ? "o:" : "u:") + HexFormat.of().toHexDigits(hash);
    }
}
