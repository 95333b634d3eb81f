package io.icebench.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Gives a test class the shared metastore with TPC-H SF 0.01. */
final class SharedMetastoreExtension implements BeforeAllCallback {

    private SharedMetastore shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        shared = SharedMetastore.get(context);
    }

    SharedMetastore shared() {
        return shared;
    }
}
