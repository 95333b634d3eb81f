package io.icebench.catalog.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Class-data sharing for a service JVM icebench starts on the CLI's own class path (the metastore): it maps the
 * launcher's archive, made once per build from a class list that holds the metastore's classes too
 * ({@code startup-classes.txt}), so even a build's first metastore loads its classes from it. Start-up only: the
 * service's code and JIT are the same with it or without. Engine workers, which are measured, never share.
 */
public final class ServiceClassSharing {

    /** Set by the launcher to the archive the CLI runs with; unset without one (or with ICEBENCH_NO_CDS). */
    public static final String ARCHIVE_PROPERTY = "icebench.class-sharing";

    private ServiceClassSharing() {}

    /** The JVM options that map the CLI's archive in a JVM started on the CLI's class path; none without one. */
    public static List<String> options() {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        if (archive == null || !Files.isRegularFile(Path.of(archive))) {
            return List.of();
        }
        return List.of("-Xlog:cds*=off", "-XX:SharedArchiveFile=" + archive);
    }
}
