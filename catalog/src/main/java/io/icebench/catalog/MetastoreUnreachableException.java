package io.icebench.catalog;

/** The metastore cannot be reached: reported as kind {@code connection}. */
public class MetastoreUnreachableException extends RuntimeException {

    public MetastoreUnreachableException(String message) {
        super(message);
    }
}
