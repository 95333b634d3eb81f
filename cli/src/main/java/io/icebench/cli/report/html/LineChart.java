package io.icebench.cli.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A line chart as inline SVG: numeric x, one or more named lines (dashed for a reference such as "ideal"). */
public final class LineChart {

    /** A named line; {@code dashed} for a reference line. */
    public record Line(String name, List<double[]> points, boolean dashed) {}

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Line> lines = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    /** A labelled vertical line at {@code x}, marking an event such as a compaction. */
    public record Marker(double x, String label) {}

    public LineChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    public LineChart add(Line line) {
        lines.add(line);
        return this;
    }

    public LineChart mark(Marker marker) {
        markers.add(marker);
        return this;
    }

    public String svg() {
        double maxX = lines.stream()
                .flatMap(l -> l.points().stream())
                .mapToDouble(p -> p[0])
                .max()
                .orElse(1);
        double maxY = lines.stream()
                .flatMap(l -> l.points().stream())
                .mapToDouble(p -> p[1])
                .max()
                .orElse(1);
        Axis y = Axis.linear(maxY * 1.05);
        int left = 56;
        int top = 24;
        int plotWidth = 420;
        int plotHeight = 220;
        int width = left + plotWidth + 24;
        int height = top + plotHeight + 64;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" "
                        + "viewBox=\"0 0 %d %d\" width=\"%d\" aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\"><title>%s</title>",
                width,
                height,
                width,
                Html.escape(title),
                Html.escape(title)));
        for (double tick : y.ticks()) {
            double py = top + plotHeight - y.position(tick) * plotHeight;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    left,
                    left + plotWidth,
                    py,
                    py,
                    left - 6,
                    py + 4,
                    String.format(Locale.ROOT, "%.2f", tick)));
        }
        for (Marker marker : markers) {
            double px = left + marker.x() / maxX * plotWidth;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"marker line dashed\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>"
                            + "<text class=\"unit\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    px,
                    px,
                    top,
                    top + plotHeight,
                    px,
                    top - 4,
                    Html.escape(marker.label())));
        }
        List<Double> xs = lines.stream()
                .flatMap(l -> l.points().stream())
                .map(p -> p[0])
                .distinct()
                .sorted()
                .toList();
        for (double x : xs) {
            double px = left + x / maxX * plotWidth;
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"category\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    px,
                    top + plotHeight + 16,
                    String.format(Locale.ROOT, "%.0f", x)));
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            StringBuilder path = new StringBuilder();
            for (double[] p : line.points()) {
                path.append(path.length() == 0 ? "M" : "L")
                        .append(String.format(
                                Locale.ROOT,
                                "%.1f %.1f",
                                left + p[0] / maxX * plotWidth,
                                top + plotHeight - y.position(p[1]) * plotHeight));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<path class=\"line s%d%s\" data-series=\"%s\" d=\"%s\"/>",
                    i % 8,
                    line.dashed() ? " dashed" : "",
                    Html.escape(line.name()),
                    path));
            for (double[] p : line.points()) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"dot s%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s: %.0f → %.2f</title></circle>",
                        i % 8,
                        left + p[0] / maxX * plotWidth,
                        top + plotHeight - y.position(p[1]) * plotHeight,
                        Html.escape(line.name()),
                        p[0],
                        p[1]));
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"legend\" x=\"%d\" y=\"%d\">%s %s</text>",
                    left + i * 140,
                    top + plotHeight + 50,
                    line.dashed() ? "- -" : "—",
                    Html.escape(line.name())));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"unit\" x=\"8\" y=\"14\">%s</text><text class=\"unit\" "
                        + "x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                Html.escape(yLabel),
                left + plotWidth / 2,
                top + plotHeight + 32,
                Html.escape(xLabel)));
        return svg.append("</svg>").toString();
    }
}
