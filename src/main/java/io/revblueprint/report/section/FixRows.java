package io.revblueprint.report.section;

import io.revblueprint.crm.Role;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.Threshold;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.Prose;

import java.util.List;
import java.util.Objects;

/** A team's fixes as the tables and the timeline show them. */
public final class FixRows {

    private final TeamBlueprint blueprint;

    FixRows(TeamBlueprint blueprint) {
        this.blueprint = blueprint;
    }

    /** The fixes in rank order. */
    List<Fix> ranked() {
        return blueprint.plan().fixes();
    }

    /** The best-ranked fixes, at most {@code limit}, as table rows. */
    List<FixRow> rows(int limit) {
        return ranked().stream().limit(limit).map(this::row).toList();
    }

    /**
     * The leak as a short title: the playbook's, with the source or segment it was found in, "(possible)" when the
     * plan judged it a possible leak, "(too few cases)" when its figure was not judged: "Low win rate · Mid-market
     * (possible)".
     */
    static String title(Fix fix) {
        String where = fix.dimension().isOverall() ? "" : " · " + fix.dimension().valueInWords();
        return fix.play().title() + where + (fix.isPossibleLeak() ? " (possible)"
                : fix.isInsufficientData() ? " (too few cases)" : "");
    }

    /** The title inside a sentence, quoted: its capital would otherwise read as a new sentence ("start with “Few MQLs …”"). */
    static String quotedTitle(Fix fix) {
        return "“" + title(fix) + "”";
    }

    /** The owner inside a sentence: a bare role reads as a person there, so it is "Marketing manager to be named". */
    static String ownerInText(Fix fix) {
        return fix.ownerName() == null ? role(fix.ownerRole()) + " to be named" : fix.ownerName();
    }

    public static String owner(Fix fix) {
        return fix.ownerName() == null ? role(fix.ownerRole()) : fix.ownerName();
    }

    /** A stake whose gain is within chance: no amount (fixes.csv leaves it empty too). */
    static final String NO_GAIN_WORDS = "not estimated: no gain measured";

    /**
     * The fix's stake in full or compact: "up to € 1.3M", "not estimated: no gain measured"; null for a stake not
     * estimated, which each table says in its own way. No gain measured is no amount: New York's "€ 0" beside the
     * company's worst response SLA read as "response time does not matter", on a difference within chance.
     */
    static String stake(Fix fix, String currency, boolean compact) {
        if (fix.revenueAtStake() == null) {
            return null;
        }
        RevenueAtStake stake = RevenueAtStake.of(fix);
        String amount = compact ? Figures.compactMoney(stake, currency) : Figures.money(stake, currency);
        return switch (fix.revenue().kind()) {
            case NO_GAIN_MEASURED -> NO_GAIN_WORDS;
            case COVERED_ABOVE -> amount + ", covered by the fixes above";
            case AS_COMPUTED, AT_MOST -> amount;
        };
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
        return new FixRow(
                Integer.toString(fix.rank()),
                title(fix),
                fix.firstStep(),
                doneWhen(fix),
                fix.ownerName() == null ? Figures.NONE : fix.ownerName(),
                role(fix.ownerRole()),
                fix.play().sla(),
                Figures.date(fix.startDate()),
                Figures.date(fix.dueDate()),
                Objects.requireNonNullElse(stake(fix, blueprint.run().currency(), false), Figures.NONE));
    }

    /**
     * "Done when MQL → SQL rate ≥ 25.0 % (now 19.8 %)", "… ≥ 89.2 % (the peers' best quartile; now 47.7 %)"; a data
     * fix is done when the input is recorded.
     */
    static String doneWhen(Fix fix) {
        if (fix.isDataFix()) {
            return "Done when the export records " + fix.unrecorded().words() + ", so that " + fix.metric().label()
                    + " can be measured";
        }
        String targetTerms = fix.metric().label() + " " + (fix.judgement().threshold().higherIsBetter() ? "≥" : "≤")
                + " " + figure(fix, fix.target());
        // "(now 47.7 %, the peers' best quartile)" read as if 47.7 % were the quartile: the line is named first.
        String yardstick = fix.judgement().threshold().kind() == Threshold.Kind.TARGET ? ""
                : MetricSentence.yardstick(fix.judgement().threshold()) + "; ";
        return "Done when " + targetTerms + " (" + yardstick + "now " + figure(fix, fix.current()) + ")"
                + alsoProvenBy(fix) + alsoAnswers(fix);
    }

    /** "; it also answers median lead response (9.3 h, line ≤ 4.0 h)": every figure off its line names its fix. */
    private static String alsoAnswers(Fix fix) {
        if (fix.alsoAnswers().isEmpty()) {
            return "";
        }
        return "; it also answers " + Prose.list(fix.alsoAnswers().stream().map(miss -> Prose.lowerFirst(
                miss.value().metric().label()) + " (" + Figures.inUnitOf(miss.value(), miss.value().value()) + ", line "
                + (miss.threshold().higherIsBetter() ? "≥ " : "≤ ")
                + Figures.inUnitOf(miss.value(), miss.threshold().level()) + ")").toList());
    }

    /**
     * The playbook's proof metric, unless it is another percentile of the same duration as the fix's own metric:
     * "Done when the 75th-percentile sales cycle ≤ 84.5 days; proven by median sales cycle" set two bars for one fix.
     */
    private static String alsoProvenBy(Fix fix) {
        Metric proof = fix.play().proofMetric();
        boolean samePercentiles = proof.unit() == fix.metric().unit()
                && (proof.unit() == Unit.Kind.DAYS || proof.unit() == Unit.Kind.HOURS);
        // "proven by CRM completeness, leads; it also answers CRM completeness, leads (94.2 %, …)" said it twice.
        boolean answered = fix.alsoAnswers().stream().anyMatch(miss -> miss.value().metric() == proof);
        return proof == fix.metric() || samePercentiles || answered ? ""
                : "; proven by " + Prose.lowerFirst(proof.label());
    }

    /** A number of the fix's metric in that metric's unit. */
    private static String figure(Fix fix, double number) {
        return Figures.inUnitOf(fix.judgement().value(), number);
    }
}
