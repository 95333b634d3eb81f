package io.icebench.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The groups of engines that gave equal answers, as every report writes them: {@code [a, b] · [c]}. */
public final class AnswerGroups {

    private AnswerGroups() {
    }

    public static String text(JsonNode groups) {
        List<String> parts = new ArrayList<>();
        for (JsonNode group : groups) {
            List<String> names = new ArrayList<>();
            group.forEach(name -> names.add(name.asText()));
            parts.add("[" + String.join(", ", names) + "]");
        }
        return String.join(" · ", parts);
    }

    public static String text(List<List<String>> groups) {
        return String.join(" · ", groups.stream().map(g -> "[" + String.join(", ", g) + "]").toList());
    }
}
