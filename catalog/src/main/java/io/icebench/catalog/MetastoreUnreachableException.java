package io.icebench.catalog;

import io.icebench.core.model.ErrorKind;

/** The metastore cannot be reached: reported as kind {@code connection}. */
public class MetastoreUnreachableException extends ServiceFailure {

    public MetastoreUnreachableException(String message) {
        super(ErrorKind.CONNECTION, message);
    }
}
