package io.icebench.catalog.storage;

import io.icebench.core.config.ConfigException;
import io.icebench.core.model.ErrorKind;
import io.icebench.core.model.Failure;

/**
 * Object storage cannot be used as configured: unreachable ({@code connection}), keys refused ({@code auth}) or
 * a bucket missing ({@code setup}). The message is one line saying what and where, never a secret.
 */
public final class StorageAccessException extends ConfigException {

    private final Failure failure;

    public StorageAccessException(ErrorKind kind, String message) {
        this(Failure.of(kind, message));
    }

    private StorageAccessException(Failure failure) {
        super(failure.message());
        this.failure = failure;
    }

    public ErrorKind kind() {
        return failure.kind();
    }

    public Failure failure() {
        return failure;
    }
}
