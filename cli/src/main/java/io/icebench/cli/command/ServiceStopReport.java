package io.icebench.cli.command;

import io.icebench.catalog.service.ServiceState;
import io.icebench.core.process.ProcessIdentity;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** What {@code metastore|s3|rest stop} prints, the same for every embedded service. */
final class ServiceStopReport {

    private ServiceStopReport() {}

    /**
     * @param service what the service is called ({@code metastore}, {@code S3 server}, {@code REST catalog})
     * @param state   its recorded state (null: none), {@code where} its address
     */
    static void print(
            PrintStream out,
            String service,
            ServiceState state,
            String where,
            boolean stopped,
            List<ProcessIdentity> users,
            List<String> notes) {
        notes.forEach(note -> out.println("note: " + note));
        String pids = users.stream().map(u -> Long.toString(u.pid())).collect(Collectors.joining(", "));
        if (stopped) {
            out.printf(
                    "%s stopped (pid %d, %s)%s%n",
                    service, state.pid(), where, pids.isEmpty() ? "" : "; it was still in use by icebench pid " + pids);
        } else if (!users.isEmpty() && state != null) {
            out.printf(
                    "%s in use by %d other icebench command(s) (pid %s): it stops when the last "
                            + "of them ends; --force stops it now%n",
                    service, users.size(), pids);
        } else {
            out.println(service + " is not running");
        }
    }
}
