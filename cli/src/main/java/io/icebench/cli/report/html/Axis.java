package io.icebench.cli.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A value axis, linear from 0 or logarithmic over whole decades, mapping values to 0..1. */
record Axis(double min, double max, boolean log) {

    static Axis linear(double max) {
        double step = niceStep(max / 5);
        return new Axis(0, Math.max(step, Math.ceil(max / step) * step), false);
    }

    static Axis log(double min, double max) {
        double low = Math.pow(10, Math.floor(Math.log10(Math.max(min, 1e-3))));
        double high = Math.pow(10, Math.ceil(Math.log10(Math.max(max, low * 10))));
        return new Axis(low, high, true);
    }

    double position(double value) {
        if (log) {
            double v = Math.max(value, min);
            return (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        }
        return max <= 0 ? 0 : Math.max(0, value) / max;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        if (log) {
            for (double t = min; t <= max * 1.0001; t *= 10) {
                ticks.add(t);
            }
        } else {
            double step = niceStep(max / 5);
            for (double t = 0; t <= max * 1.0001; t += step) {
                ticks.add(t);
            }
        }
        return ticks;
    }

    static String label(double value) {
        if (value >= 1000 && value % 1000 == 0) {
            return String.format(Locale.ROOT, "%.0fk", value / 1000);
        }
        return value >= 1 || value == 0
                ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    private static double niceStep(double raw) {
        if (raw <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
