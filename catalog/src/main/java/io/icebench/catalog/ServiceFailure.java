package io.icebench.catalog;

import io.icebench.core.model.ErrorKind;

/** A catalog or storage service that cannot be used: unreachable ({@code connection}) or refusing us ({@code auth}). */
public class ServiceFailure extends RuntimeException {

    private final ErrorKind kind;

    public ServiceFailure(ErrorKind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
