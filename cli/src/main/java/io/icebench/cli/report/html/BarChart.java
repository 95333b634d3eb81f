package io.icebench.cli.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart as inline SVG: one group per category (a query), one bar per series (an engine),
 * optional whiskers (a confidence interval), linear or logarithmic value axis. Every bar carries
 * {@code data-series}/{@code data-category} and a tooltip, so the picture can be checked and read.
 */
public final class BarChart {

    /** One bar: value, and whisker ends (NaN for none). */
    public record Bar(String series, String category, double value, double low, double high, String tooltip) {}

    private final String title;
    private final String unit;
    private final List<String> series;
    private final List<String> categories;
    private final List<Bar> bars = new ArrayList<>();

    public BarChart(String title, String unit, List<String> series, List<String> categories) {
        this.title = title;
        this.unit = unit;
        this.series = series;
        this.categories = categories;
    }

    public BarChart add(Bar bar) {
        bars.add(bar);
        return this;
    }

    public String svg(boolean log) {
        double max = bars.stream()
                .mapToDouble(b -> Double.isNaN(b.high()) ? b.value() : Math.max(b.value(), b.high()))
                .max()
                .orElse(1);
        double min =
                bars.stream().mapToDouble(Bar::value).filter(v -> v > 0).min().orElse(1);
        Axis axis = log ? Axis.log(min, max) : Axis.linear(max);
        int left = 64;
        // fit a laptop-wide page when it can: narrower bars before a scrolling chart
        int longestLabel = categories.stream().mapToInt(String::length).max().orElse(2);
        int groupWidth = Math.max(
                Math.max(Math.max(24, longestLabel * 7 + 8), series.size() * 5 + 10),
                Math.min(series.size() * 14 + 16, (1100 - left) / Math.max(1, categories.size())));
        int barWidth = Math.max(5, (groupWidth - 10) / Math.max(1, series.size()));
        int top = 28;
        int plotHeight = 240;
        int legendWidth =
                left + series.stream().mapToInt(name -> 24 + name.length() * 7).sum();
        int width = Math.max(left + categories.size() * groupWidth + 16, legendWidth);
        int height = top + plotHeight + 64;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                        + "aria-label=\"%s\" xmlns=\"http://www.w3.org/2000/svg\">",
                width,
                height,
                width,
                Html.escape(title)));
        svg.append("<title>")
                .append(Html.escape(title + (log ? " (log scale)" : "")))
                .append("</title>");
        for (double tick : axis.ticks()) {
            double y = top + plotHeight - axis.position(tick) * plotHeight;
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                            + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    left,
                    width - 8,
                    y,
                    y,
                    left - 6,
                    y + 4,
                    Html.escape(Axis.label(tick))));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<text class=\"unit\" x=\"8\" y=\"16\">%s%s</text>",
                Html.escape(unit),
                log ? " (log)" : ""));
        for (int c = 0; c < categories.size(); c++) {
            String category = categories.get(c);
            double x0 = left + c * groupWidth + 8;
            for (int s = 0; s < series.size(); s++) {
                String name = series.get(s);
                Bar bar = bars.stream()
                        .filter(b -> b.series().equals(name) && b.category().equals(category))
                        .findFirst()
                        .orElse(null);
                if (bar == null) {
                    continue;
                }
                double x = x0 + s * barWidth;
                double h = Math.max(1, axis.position(bar.value()) * plotHeight);
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"bar s%d\" data-series=\"%s\" data-category=\"%s\" "
                                + "x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"><title>%s</title></rect>",
                        s % 8,
                        Html.escape(name),
                        Html.escape(category),
                        x,
                        top + plotHeight - h,
                        barWidth - 2,
                        h,
                        Html.escape(bar.tooltip())));
                if (!Double.isNaN(bar.low()) && !Double.isNaN(bar.high())) {
                    double yLow = top + plotHeight - axis.position(bar.low()) * plotHeight;
                    double yHigh = top + plotHeight - axis.position(bar.high()) * plotHeight;
                    double mid = x + (barWidth - 2) / 2.0;
                    svg.append(String.format(
                            Locale.ROOT,
                            "<path class=\"whisker\" d=\"M%.1f %.1fV%.1fM%.1f %.1fH%.1fM%.1f %.1fH%.1f\"/>",
                            mid,
                            yLow,
                            yHigh,
                            mid - 3,
                            yLow,
                            mid + 3,
                            mid - 3,
                            yHigh,
                            mid + 3));
                }
            }
            svg.append(String.format(
                    Locale.ROOT,
                    "<text class=\"category\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x0 + series.size() * barWidth / 2.0,
                    top + plotHeight + 16,
                    Html.escape(category)));
        }
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                left,
                width - 8,
                top + plotHeight,
                top + plotHeight));
        double legendX = left;
        for (int s = 0; s < series.size(); s++) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect class=\"bar s%d\" x=\"%.1f\" y=\"%d\" width=\"10\" height=\"10\"/>"
                            + "<text class=\"legend\" x=\"%.1f\" y=\"%d\">%s</text>",
                    s % 8,
                    legendX,
                    top + plotHeight + 34,
                    legendX + 14,
                    top + plotHeight + 43,
                    Html.escape(series.get(s))));
            legendX += 24 + series.get(s).length() * 7;
        }
        return svg.append("</svg>").toString();
    }
}
