"""The median of paired ratios (icebench's time over a reference's) with a distribution-free 95% confidence interval:
the order statistics whose ranks a binomial(n, 1/2) puts outside with at most 2.5% on each side. With too few pairs
for such an interval, none is given. Also their geometric mean with a normal 95% interval on the logarithms, narrower
for as many pairs when the ratios' spread has no long tail."""
import statistics
from math import comb, exp, log, sqrt


def median_interval(values, level=0.95):
    """(median, low, high) of values; low and high are None when there are too few values for the level."""
    ordered = sorted(values)
    n = len(ordered)
    tail = (1 - level) / 2
    below, k = 0.0, 0
    while below + comb(n, k) / 2 ** n <= tail:
        below += comb(n, k) / 2 ** n
        k += 1
    if k == 0:
        return statistics.median(ordered), None, None
    return statistics.median(ordered), ordered[k - 1], ordered[n - k]


def describe(ratios, target=0.01):
    """One line: the median ratio, its interval, how much slower at most, and whether the interval shows the ratio
    within target of 1 (both ways: a side found faster than its reference is also a difference)."""
    median, low, high = median_interval(ratios)
    if low is None:
        return f"median ratio {median:.3f} ({len(ratios)} pairs: too few for a 95% interval)"
    if 1 - target <= low and high <= 1 + target:
        verdict = "shown"
    elif high < 1 - target or low > 1 + target:
        verdict = "outside, shown"
    else:
        verdict = "not resolved"
    slower = f"at most {high - 1:.1%} slower" if high > 1 else f"faster by at least {1 - high:.1%}"
    return (f"median ratio {median:.3f}, 95% interval {low:.3f}-{high:.3f} over {len(ratios)} pairs "
            f"({slower}; within {target:.0%}: {verdict})")


def geometric_mean(ratios):
    """One line: the geometric mean of the ratios and its 95% interval (mean of the logarithms +- 1.96 standard errors)."""
    logs = [log(r) for r in ratios]
    if len(logs) < 30:
        return f"geometric mean {exp(statistics.fmean(logs)):.3f} ({len(logs)} pairs: too few for its interval)"
    mean, half = statistics.fmean(logs), 1.96 * statistics.stdev(logs) / sqrt(len(logs))
    return f"geometric mean {exp(mean):.3f}, 95% interval {exp(mean - half):.3f}-{exp(mean + half):.3f}"
