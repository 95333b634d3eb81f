package io.icebench.cli.run;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Kills a process and all its descendants, children first listed before the parent dies. */
public final class ProcessTree {

    private ProcessTree() {}

    public static void kill(ProcessHandle root) {
        List<ProcessHandle> tree = root.descendants().toList();
        root.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : tree) {
            await(handle);
        }
        await(root);
    }

    private static void await(ProcessHandle handle) {
        try {
            handle.onExit().get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // a process that outlives SIGKILL for 5 s is a zombie awaiting its parent
        }
    }
}
