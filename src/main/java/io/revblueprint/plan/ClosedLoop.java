package io.revblueprint.plan;

import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.RecordedInputs;

import java.util.List;
import java.util.Optional;

/**
 * The closed loop: each fix of the team's previous blueprint with its metric then and now. A move outside the
 * earlier 95 % interval is a change (better or worse by the metric's direction); inside it, the figure held. A
 * figure without an interval (a percentile of too few values) counts any move as a change.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /**
     * Progress of every earlier fix over {@code period}, in its earlier rank order; a data fix improved when its input
     * is recorded now, and held while it is not; a fix that started after the period is not credited with its move.
     */
    public static List<FixProgress> progress(EarlierBlueprint earlier, List<MetricValue> now, RecordedInputs recorded,
                                             int minimumCases, Period period) {
        return earlier.fixes().stream()
                .map(fix -> {
                    boolean notStarted = fix.startsAfter(period.lastDay());
                    if (fix.unrecorded() != null) {
                        ProgressStatus status = notStarted ? ProgressStatus.NOT_STARTED
                                : recorded.isRecorded(fix.unrecorded()) ? ProgressStatus.IMPROVED : ProgressStatus.HELD;
                        return new FixProgress(fix, earlier.periodLabel(), null, null, status);
                    }
                    Optional<MetricValue> then = find(earlier.metrics(), fix);
                    Optional<MetricValue> current = find(now, fix);
                    ProgressStatus status = then.isEmpty() || current.isEmpty() ? ProgressStatus.NO_DATA
                            : notStarted ? ProgressStatus.NOT_STARTED
                            : then.get().restsOnFewerThan(minimumCases) || current.get().restsOnFewerThan(minimumCases)
                            ? ProgressStatus.TOO_FEW_CASES
                            : status(then.get(), current.get().value(), fix.metric().higherIsBetter());
                    return new FixProgress(fix, earlier.periodLabel(), then.orElse(null), current.orElse(null), status);
                })
                .toList();
    }

    static ProgressStatus status(MetricValue then, double now, boolean higherIsBetter) {
        if (now == then.value() || then.encloses(now)) {
            return ProgressStatus.HELD;
        }
        return (now > then.value()) == higherIsBetter ? ProgressStatus.IMPROVED : ProgressStatus.REGRESSED;
    }

    private static Optional<MetricValue> find(List<MetricValue> metrics, EarlierFix fix) {
        return metrics.stream()
                .filter(value -> value.scope().equals(fix.scope()) && value.is(fix.metric(), fix.dimension()))
                .findFirst();
    }
}
