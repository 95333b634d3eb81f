package io.icebench.cli.workload;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.icebench.core.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a workload's YAML file into a {@link WorkloadSpec} and unrolls it into the phases that run. */
public final class WorkloadFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WorkloadFile() {}

    public static WorkloadSpec read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("workload file " + file + " does not exist; give a YAML file or a built-in "
                    + "workload (longevity)");
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read workload file " + file + ": " + e.getMessage());
        }
    }

    static WorkloadSpec parse(String yaml, String where) {
        try {
            WorkloadSpec spec = YAML.readValue(yaml, WorkloadSpec.class);
            if (spec == null || spec.phases().isEmpty()) {
                throw new ConfigException(where + ": a workload needs phases: (see docs/workloads.md)");
            }
            return spec;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String line = at == null || at.getLineNr() < 1 ? "" : " line " + at.getLineNr() + ":";
            throw new ConfigException(where + ":" + line + " " + firstLine(e.getOriginalMessage())
                    + " (phase types: read, refresh, compact, expire-snapshots, sql, repeat; see docs/workloads.md)");
        }
    }

    /** The phases in the order they run, repeats unrolled, each checked and given a unique id. */
    public static List<PlannedPhase> expand(WorkloadSpec spec) {
        List<PlannedPhase> planned = new ArrayList<>();
        expand(spec.phases(), "", planned);
        return planned;
    }

    private static void expand(List<PhaseSpec> phases, String suffix, List<PlannedPhase> planned) {
        for (PhaseSpec phase : phases) {
            String name = phase.id() != null ? phase.id() : phase.kind();
            phase.check("phase " + name);
            if (phase instanceof PhaseSpec.Repeat repeat) {
                for (int i = 1; i <= repeat.times(); i++) {
                    expand(repeat.phases(), suffix + "-" + i, planned);
                }
            } else {
                int index = planned.size() + 1;
                String id = phase.id() != null ? phase.id() + suffix : phase.kind() + "-" + index;
                planned.add(new PlannedPhase(index, id, phase));
            }
        }
    }

    private static String firstLine(String message) {
        String text = message == null ? "not a workload" : message.strip();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
