package io.revblueprint.report.section;

import io.revblueprint.crm.EmailAddress;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;
import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.RecordedInputs;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.Phrase;
import io.revblueprint.plan.RevenueEstimate;
import io.revblueprint.plan.Verdict;
import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.Prose;
import io.revblueprint.report.text.SmallSample;
import net.sf.jasperreports.engine.JRDataSource;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Data health and method: how complete the data is, what was rejected, and how every figure and amount was computed. */
public record AppendixSection(String finding, String howToRead, JRDataSource health, JRDataSource dataIssues, JRDataSource policy,
                       JRDataSource actions, JRDataSource definitions, JRDataSource formulas) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Appendix", "templates/sections/appendix.jrxml", SectionTemplate.Table.HEALTH, SectionTemplate.Table.TERMS);


    static final List<Metric> HEALTH_METRICS = Metric.inGroup(Metric.Group.DATA_HEALTH);

    static final String HOW_TO_READ = "Page 1 gives the answer; each section after it opens with one sentence that"
            + " states its finding. Rates, medians and percentiles carry a 95 % confidence interval and the number of"
            + " cases (n) behind them:"
            + " a narrow interval means a firm figure; figures on fewer than " + SmallSample.MIN_CASES + " cases are"
            + " marked and never judged (a fix on one asks for a closer look and counts no revenue). A leak is"
            + " confirmed when the whole interval misses its line, and labelled possible when the figure misses but"
            + " its interval reaches the line, or the figure has none (a high percentile of few values). A figure"
            + " whose inputs the CRM does not record is not measurable, never 0 %. Every fix names its owner, the SLA"
            + " it installs, its start and due dates in a 6-week sprint, and the revenue a year at stake, assuming the"
            + " fixes ranked above it are done; \"up to\" marks an upper bound, whose assumption the formulas below"
            + " name. The team's rows of metrics.csv and fixes.csv are attached to this PDF.";

    static AppendixSection of(TeamBlueprint blueprint) {
        return new AppendixSection(
                finding(blueprint.metrics(), blueprint.dataHealth()),
                HOW_TO_READ,
                new RecordDataSource(health(blueprint.metrics())),
                new RecordDataSource(dataIssues(blueprint)),
                new RecordDataSource(policy(blueprint)),
                blueprint.plan().fixes().isEmpty() ? null : new RecordDataSource(actions(blueprint)),
                new RecordDataSource(definitions(blueprint.metrics())),
                new RecordDataSource(formulas(blueprint)));
    }

    /** "Lead records are 94 % complete and opportunity records 88 %; 26 of 33,256 input rows (0.1 %) were quarantined …". */
    static String finding(ScopeMetrics metrics, DataHealth dataHealth) {
        List<String> completeness = new ArrayList<>();
        metrics.overall(Metric.CRM_COMPLETENESS_LEADS)
                .ifPresent(value -> completeness.add("lead records are " + MetricSentence.inWords(value) + " complete"));
        metrics.overall(Metric.CRM_COMPLETENESS_OPPORTUNITIES)
                .ifPresent(value -> completeness.add("opportunity records " + (completeness.isEmpty() ? "are " : "")
                        + MetricSentence.inWords(value) + (completeness.isEmpty() ? " complete" : "")));
        String quarantined = dataHealth.quarantinedRows() == 0
                ? "no input row was rejected"
                : Figures.count(dataHealth.quarantinedRows()) + " of " + Figures.count(dataHealth.inputRows())
                        + " input rows (" + Figures.percent((double) dataHealth.quarantinedRows() / dataHealth.inputRows())
                        + ") were quarantined and left out of every figure";
        // Maven's "No input row was rejected" stood beside 500 skipped prospecting deals, unexplained.
        if (dataHealth.skippedRows() > 0) {
            quarantined += "; " + Prose.count(dataHealth.skippedRows(), "source record was", "source records were")
                    + " skipped by the mapping, with the reasons under Data issues";
        }
        return Prose.upperFirst(completeness.isEmpty() ? quarantined : Prose.list(completeness) + "; " + quarantined) + ".";
    }

    /** Each data-health figure of the scope; one whose input the snapshot lacks is "n/a", with what is missing. */
    private static List<HealthRow> health(ScopeMetrics metrics) {
        return HEALTH_METRICS.stream().flatMap(metric -> metrics.overall(metric)
                        .map(value -> new HealthRow(metric.label(), SmallSample.marked(value),
                                Figures.interval(value),
                                Figures.count(value.denominator()), metric.definition()))
                        .or(() -> ScopeMetrics.overall(metrics.current(), metric).map(computed -> new HealthRow(
                                metric.label(), "n/a", "", "", "Not measurable: "
                                + MetricSentence.notRecorded(metrics.notRecordedFor(metric)) + ". " + metric.definition())))
                        .stream())
                .toList();
    }

    /**
     * Rejected input rows per file and what the source did to its rows (skipped, derived), inputs the snapshot does
     * not record, data-shape caveats, then every fix nobody could own.
     */
    static List<TermRow> dataIssues(TeamBlueprint blueprint) {
        List<TermRow> rows = new ArrayList<>();
        DataHealth dataHealth = blueprint.dataHealth();
        RecordedInputs recorded = blueprint.metrics().recorded();
        if (dataHealth.quarantinedByFile().isEmpty()) {
            rows.add(new TermRow("All files", "No row was rejected."));
        }
        dataHealth.quarantinedByFile().forEach((file, count) -> rows.add(new TermRow(file, Prose.count(count, "row",
                "rows") + " rejected; each is listed with its source file and line, column and reason in"
                + " quarantine.csv")));
        dataHealth.sourceNotes().forEach(note -> rows.add(new TermRow(note.sourceFile(),
                Figures.count(note.rows()) + " × " + note.note())));
        blueprint.plan().fixes().stream().filter(Fix::isDataFix).forEach(fix -> {
            List<String> hidden = Arrays.stream(Metric.values())
                    .filter(metric -> recorded.missingFor(metric).contains(fix.unrecorded()))
                    .map(metric -> Prose.lowerFirst(metric.label())).toList();
            rows.add(new TermRow(fix.unrecorded().title(), "The snapshot records no " + fix.unrecorded().words()
                    + ", so " + Prose.list(hidden) + " cannot be measured and " + (hidden.size() == 1 ? "is" : "are")
                    + " not judged; data fix #" + fix.rank() + "."));
        });
        Map<Phrase, List<Metric>> touched = new LinkedHashMap<>();
        new TreeMap<>(blueprint.plan().caveats()).forEach((metric, caveat) ->
                touched.computeIfAbsent(caveat, phrase -> new ArrayList<>()).add(metric));
        touched.forEach((caveat, metrics) -> rows.add(new TermRow("Data shape", Prose.upperFirst(Figures.phrase(caveat))
                + "; this casts doubt on " + Prose.list(metrics.stream().map(metric -> Prose.lowerFirst(metric.label()))
                .toList()) + ".")));
        blueprint.members().stream().filter(User::active)
                .filter(user -> user.email() != null && !EmailAddress.isValid(user.email()))
                .forEach(user -> rows.add(new TermRow("Email of " + user.name(), "'" + user.email().replaceAll("\\s+",
                        " ") + "' is not one valid email address (users.csv), so " + user.name() + " gets no mail;"
                        + " correct it in the CRM")));
        // One row per missing role: seven identical "Owner of fix #n nobody" rows said one thing seven times.
        Map<Role, List<String>> unownedByRole = new LinkedHashMap<>();
        blueprint.plan().fixes().stream().filter(fix -> fix.ownerName() == null).forEach(fix -> unownedByRole
                .computeIfAbsent(fix.ownerRole(), role -> new ArrayList<>()).add("#" + fix.rank()));
        unownedByRole.forEach((role, ranks) -> rows.add(new TermRow(
                (ranks.size() == 1 ? "Owner of fix " : "Owner of fixes ") + Prose.list(ranks), "nobody: no active"
                + " user holds the role " + FixRows.role(role) + ", manages the team, or works in RevOps or as an"
                + " executive; give a user that role in the CRM (users.csv, or the export's user roles)")));
        return rows;
    }

    private static List<TermRow> policy(TeamBlueprint blueprint) {
        List<TermRow> rows = new ArrayList<>();
        rows.add(new TermRow("Business hours", calendar(blueprint.team().calendar())));
        rows.addAll(SlaTerms.policy(blueprint.run().sla()));
        blueprint.run().targets().values().stream()
                .sorted(Comparator.comparing(target -> target.metric().key()))
                .forEach(target -> rows.add(new TermRow("Target: " + target.metric().label(),
                        (target.higherIsBetter() ? "at least " : "at most ") + targetValue(blueprint,
                                target.metric(), target.value()))));
        return rows;
    }

    private static String calendar(WorkCalendar calendar) {
        String days = calendar.workdays().stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.US))
                .collect(Collectors.joining(", "));
        return calendar.start() + "–" + calendar.end() + " " + calendar.zone().getId() + ", " + days
                + (calendar.holidays().isEmpty() ? "; no holiday calendar, so fix dates only avoid 1 January and 25"
                + " December" : ", except " + Prose.count(calendar.holidays().size(), "public holiday",
                "public holidays") + " of its calendar");
    }

    /** In the unit of the team's figure, or of the metric when the team has none (a target of 0.70 is 70.0 %). */
    private static String targetValue(TeamBlueprint blueprint, Metric metric, double value) {
        return blueprint.metrics().overall(metric).map(row -> Figures.inUnitOf(row, value))
                .orElseGet(() -> Figures.inUnit(value, Unit.of(metric.unit(), blueprint.run().currency())));
    }

    private static List<TermRow> definitions(ScopeMetrics metrics) {
        List<TermRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metrics.current().stream().anyMatch(value -> value.metric() == metric)) {
                rows.add(new TermRow(metric.label(), metric.definition()));
            }
        }
        boolean velocity = metrics.current().stream().anyMatch(value -> value.metric() == Metric.LEAD_VELOCITY_RATE);
        rows.add(new TermRow("95 % interval", "Wilson score interval of a rate, given its number of cases (n): the "
                + "range that holds the true rate with 95 % confidence" + (velocity ? "; for the lead velocity rate, "
                + "Wilson's on the later month's share of both months' SQLs" : "") + ". For a median or percentile, "
                + "two of its sorted values chosen by rank to hold it with at least 95 % confidence. In metrics.csv "
                + "(ci_low, ci_high) for shares only."));
        return rows;
    }

    /** Each fix's full playbook action, with what proves it done; the roadmap shows only the first step (null: no fix). */
    private static List<TermRow> actions(TeamBlueprint blueprint) {
        return blueprint.plan().fixes().stream().map(fix -> new TermRow("#" + fix.rank() + " " + FixRows.title(fix),
                fix.action() + " " + FixRows.doneWhen(fix) + ".")).toList();
    }

    static List<TermRow> formulas(TeamBlueprint blueprint) {
        List<TermRow> formulas = new ArrayList<>();
        formulas.add(new TermRow("Priority", "Revenue at stake × confidence ÷ effort in weeks, where confidence is how"
                + " sure the leak is, not its amount (" + Figures.wholePercent(Verdict.CONFIRMED_LEAK.confidence())
                + " confirmed, " + Figures.wholePercent(Verdict.POSSIBLE_LEAK.confidence()) + " possible, "
                + Figures.wholePercent(Verdict.INSUFFICIENT_DATA.confidence()) + " too few cases to judge);"
                + " fixes are numbered by it,"
                + " one at a time: each is weighed on the funnel the fixes above it leave, so a later fix can show a"
                + " higher priority than the one before it (a first fix that brings more deals raises the next one's"
                + " stake)."));
        for (Fix fix : blueprint.plan().fixes()) {
            formulas.add(new TermRow("#" + fix.rank() + " " + FixRows.title(fix), formula(fix, blueprint.run().currency())));
        }
        return formulas;
    }

    private static String formula(Fix fix, String currency) {
        RevenueEstimate estimate = fix.revenue();
        String terms = "Confidence " + Figures.wholePercent(fix.confidence()) + " " + confidenceReason(fix)
                + ", effort " + Prose.count(fix.play().effortWeeks(), "week", "weeks");
        if (fix.estimatedStake() == null) {
            return (estimate.kind() == RevenueEstimate.Kind.NO_GAIN_MEASURED
                    ? Prose.upperFirst(FixRows.NO_GAIN_WORDS) + ". " : "")
                    + Prose.upperFirst(Figures.phrase(estimate.basis())) + ". " + terms + ".";
        }
        String inputs = estimate.inputs().stream().map(input -> input.name() + " = " + Figures.phrase(input.value()))
                .collect(Collectors.joining("; "));
        return Figures.money(estimate.annualAmount(), estimate.currency() == null ? currency : estimate.currency())
                + " a year = " + estimate.formula() + (inputs.isEmpty() ? "" : ", with " + inputs) + ". Basis: "
                + Figures.phrase(estimate.basis()) + ". " + terms + ", priority "
                + Figures.money(BigDecimal.valueOf(fix.priority()), currency) + " per week of effort.";
    }

    /**
     * What the confidence weighs: "Confidence 100 %" beside an average won deal of 19 deals read as certainty of the
     * amount, when it says how sure the leak itself is.
     */
    private static String confidenceReason(Fix fix) {
        if (fix.isDataFix()) {
            return "(the input is not recorded)";
        }
        return switch (fix.judgement().verdict()) {
            case CONFIRMED_LEAK -> "(a confirmed leak)";
            case POSSIBLE_LEAK -> "(a possible leak)";
            case INSUFFICIENT_DATA -> "(too few cases to judge)";
            case ON_TARGET -> throw new IllegalStateException("a fix for a figure on target: " + fix.metric());
        };
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
