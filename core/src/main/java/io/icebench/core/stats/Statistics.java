package io.icebench.core.stats;

import io.icebench.core.model.Stats;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Summary statistics of measured times. Quantiles use the R-7 estimator (linear interpolation between
 * order statistics), the default of numpy, R and spreadsheets, so a user recomputing them by hand gets
 * the same figures. The standard deviation is the sample one (n - 1).
 */
public final class Statistics {

    private Statistics() {
    }

    public static Stats summarise(double[] ms) {
        if (ms.length == 0) {
            return null;
        }
        DescriptiveStatistics d = new DescriptiveStatistics(ms);
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(ms);
        double stddev = ms.length > 1 ? d.getStandardDeviation() : 0.0;
        return new Stats(ms.length, d.getMin(), quantile.evaluate(50), d.getMean(), stddev, quantile.evaluate(95));
    }
}
