package io.icebench.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Gives a test class the {@link DeletionVectorRun}, made when the first test class asks for it. */
final class DeletionVectorRunExtension implements BeforeAllCallback {

    private ExtensionContext context;

    @Override
    public void beforeAll(ExtensionContext context) {
        this.context = context;
    }

    DeletionVectorRun run() {
        return DeletionVectorRun.get(context);
    }
}
