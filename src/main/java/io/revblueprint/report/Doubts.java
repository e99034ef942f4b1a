package io.revblueprint.report;

import io.revblueprint.metrics.Metric;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data shapes that cast doubt on a team's figures, in words for the console, where an alert can catch them:
 * TCRM's deals closed the day they were created said so only in the PDF, among notes logged at INFO.
 */
public final class Doubts {

    private Doubts() {
    }

    /** "median sales cycle and pipeline velocity in doubt: at least three in four of the 95 won deals …". */
    public static List<String> of(TeamPlan plan) {
        Map<String, List<String>> metricsByDoubt = plan.caveats().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(Metric::ordinal)))
                .collect(Collectors.groupingBy(caveat -> Figures.phrase(caveat.getValue()), LinkedHashMap::new,
                        Collectors.mapping(caveat -> Prose.lowerFirst(caveat.getKey().label()), Collectors.toList())));
        return metricsByDoubt.entrySet().stream()
                .map(doubt -> Prose.list(doubt.getValue()) + " in doubt: " + doubt.getKey()).toList();
    }
}
