package io.icebench.cli.report;

import java.util.List;

/** The groups of engines that gave equal answers, as every report writes them: {@code [a, b] · [c]}. */
public final class AnswerGroups {

    private AnswerGroups() {}

    public static String text(List<List<String>> groups) {
        return String.join(
                " · ",
                groups.stream().map(g -> "[" + String.join(", ", g) + "]").toList());
    }
}
