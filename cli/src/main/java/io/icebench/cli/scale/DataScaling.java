package io.icebench.cli.scale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Time against data size ({@code scale --scales 0.01,0.1,1}): each query's median at every TPC-H scale
 * factor, and the growth exponent b of time ∝ SF^b fitted by least squares on the logarithms (b near 1:
 * linear; well below 1: fixed costs dominate at these sizes).
 */
public record DataScaling(List<Point> points, List<Fit> fits) {

    /** Medians (ms) of each query, and their total, at one scale factor. */
    public record Point(double scale, String namespace, Map<String, Double> medianMs, double totalMs) {}

    /** The fitted exponent for one query (or {@code total}), with the fit's R². */
    public record Fit(String query, double exponent, double rSquared) {}

    public static DataScaling of(List<Point> points) {
        List<Fit> fits = new ArrayList<>();
        Map<String, SimpleRegression> regressions = new LinkedHashMap<>();
        for (Point p : points) {
            p.medianMs()
                    .forEach((query, ms) -> regressions
                            .computeIfAbsent(query, q -> new SimpleRegression())
                            .addData(Math.log(p.scale()), Math.log(ms)));
            regressions
                    .computeIfAbsent("total", q -> new SimpleRegression())
                    .addData(Math.log(p.scale()), Math.log(p.totalMs()));
        }
        regressions.forEach((query, r) -> {
            if (r.getN() >= 2) {
                fits.add(new Fit(query, r.getSlope(), r.getN() > 2 ? r.getRSquare() : 1.0));
            }
        });
        return new DataScaling(points, fits);
    }
}
