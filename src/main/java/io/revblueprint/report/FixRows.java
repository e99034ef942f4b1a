package io.revblueprint.report;

import io.revblueprint.crm.Role;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.PlannedFix;
import io.revblueprint.plan.Verdict;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A team's fixes as the tables and the timeline show them, enriched with what the plan knows about each. */
final class FixRows {

    private final TeamBlueprint blueprint;
    private final Assessments assessments;

    FixRows(TeamBlueprint blueprint) {
        this.blueprint = blueprint;
        this.assessments = Assessments.of(blueprint);
    }

    /** The fixes in rank order. */
    List<Fix> ranked() {
        return blueprint.fixes().stream().sorted(Comparator.comparingInt(Fix::rank)).toList();
    }

    /** The best-ranked fixes, at most {@code limit}, as table rows. */
    List<FixRow> rows(int limit) {
        return ranked().stream().limit(limit).map(this::row).toList();
    }

    /** What the plan decided for the fix ranked and aimed like this one, if a plan was stored. */
    Optional<PlannedFix> planned(Fix fix) {
        return blueprint.plan().fixes().stream()
                .filter(planned -> planned.fix().rank() == fix.rank() && planned.fix().metric().equals(fix.metric()))
                .findFirst();
    }

    /** The leak's name from the playbook (the metric's name without a plan), "(possible)" when the plan says so. */
    String leak(Fix fix) {
        Optional<PlannedFix> planned = planned(fix);
        String name = planned.map(p -> p.play().leak()).orElse(MetricLabels.label(fix.metric(), null));
        return possible(fix) ? name + " (possible)" : name;
    }

    boolean possible(Fix fix) {
        return planned(fix).map(p -> p.judgement().verdict() == Verdict.POSSIBLE_LEAK).orElse(false);
    }

    static String owner(Fix fix) {
        return fix.ownerName() == null ? role(fix.ownerRole()) : fix.ownerName();
    }

    static String role(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case SDR -> "SDR";
            case AE -> "Account executive";
            case SALES_MANAGER -> "Sales manager";
            case MARKETING_MANAGER -> "Marketing manager";
            case MARKETING_OPS -> "Marketing ops";
            case REVOPS -> "RevOps";
            case EXECUTIVE -> "Executive";
        };
    }

    private FixRow row(Fix fix) {
        String target = figure(fix, fix.target());
        String targetTerms = MetricLabels.label(fix.metric(), null) + " " + direction(fix) + " " + target;
        return new FixRow(
                Integer.toString(fix.rank()),
                leak(fix),
                fix.action(),
                "Done when " + targetTerms + " (now " + figure(fix, fix.current()) + ")" + alsoProvenBy(fix),
                fix.ownerName() == null ? Figures.NONE : fix.ownerName(),
                role(fix.ownerRole()),
                planned(fix).map(p -> p.play().sla())
                        .or(() -> SlaTerms.of(fix.metric(), blueprint.run().sla()))
                        .orElse(targetTerms),
                Figures.date(fix.startDate()),
                Figures.date(fix.dueDate()),
                fix.revenueAtStake() == null ? Figures.NONE : Figures.money(fix.revenueAtStake(), blueprint.run().currency()));
    }

    /** The playbook's proof metric, when it is not the fix's own metric. */
    private String alsoProvenBy(Fix fix) {
        return planned(fix).map(p -> p.play().proofMetric())
                .filter(proof -> proof != null && !proof.equals(fix.metric()))
                .map(proof -> "; proven by " + MetricLabels.label(proof, null))
                .orElse("");
    }

    /** A number of the fix's metric in that metric's unit (a fraction without a stored row reads as a percentage). */
    private String figure(Fix fix, double number) {
        return metricRow(fix).map(value -> Figures.inUnitOf(value, number)).orElse(Figures.percent(number));
    }

    private String direction(Fix fix) {
        boolean higherIsBetter = metricRow(fix).flatMap(assessments::threshold)
                .map(threshold -> threshold.higherIsBetter())
                .orElse(fix.target() >= fix.current());
        return higherIsBetter ? "≥" : "≤";
    }

    private Optional<MetricValue> metricRow(Fix fix) {
        return blueprint.metrics().overall(fix.metric());
    }
}
