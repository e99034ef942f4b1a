package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.RecordedInputs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The data fixes of a plan: one per input the snapshot does not record at all, owned by RevOps, so the metrics that
 * need it become measurable. Its stake is not estimated: nothing measures what the missing data hides.
 */
final class DataFixes {

    static final int EFFORT_WEEKS = 1;

    private DataFixes() {
    }

    /** The unranked, undated data fixes of a scope. */
    static List<Fix> of(String scope, RecordedInputs recorded, String currency) {
        return recorded.needingAFix().stream().map(input -> fix(scope, input, currency)).toList();
    }

    private static Fix fix(String scope, RecordedInput input, String currency) {
        List<Metric> blind = Arrays.stream(Metric.values()).filter(metric -> metric.inputs().contains(input)).toList();
        Play play = new Play(blind.get(0), input.title(), input.title(), input.howToRecord() + ".",
                input.howToRecord() + ".", Role.REVOPS, EFFORT_WEEKS,
                "unrecorded_" + input.name().toLowerCase(java.util.Locale.ROOT),
                input.installs(), blind.get(0));
        RevenueEstimate revenue = new RevenueEstimate(null, currency, null, List.of(), Phrase.of("not estimated: the"
                + " missing data hides it; recording it makes " + blind.stream().map(Metric::label)
                .collect(Collectors.joining(", ")) + " measurable"));
        return new Fix(scope, 0, null, input, play, revenue, null, null, null, Role.REVOPS, null, null);
    }
}
