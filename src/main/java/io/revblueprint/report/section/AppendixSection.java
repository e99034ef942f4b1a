package io.revblueprint.report.section;

import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.Prose;


import io.revblueprint.metrics.Metric;

import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.RevenueEstimate;
import net.sf.jasperreports.engine.JRDataSource;

import java.math.BigDecimal;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Data health and method: how complete the data is, what was rejected, and how every figure and amount was computed. */
public record AppendixSection(String finding, JRDataSource health, JRDataSource quarantine, JRDataSource policy,
                       JRDataSource definitions, JRDataSource formulas) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Appendix", "templates/sections/appendix.jrxml", SectionTemplate.Table.HEALTH, SectionTemplate.Table.TERMS);


    static final List<Metric> HEALTH_METRICS = Metric.inGroup(Metric.Group.DATA_HEALTH);

    static AppendixSection of(TeamBlueprint blueprint) {
        return new AppendixSection(
                finding(blueprint.metrics(), blueprint.dataHealth()),
                new RecordDataSource(health(blueprint.metrics())),
                new RecordDataSource(quarantine(blueprint.dataHealth())),
                new RecordDataSource(policy(blueprint)),
                new RecordDataSource(definitions(blueprint.metrics())),
                new RecordDataSource(formulas(blueprint)));
    }

    /** "Lead records are 94 % complete and opportunity records 88 %; 26 of 33,256 input rows (0.1 %) were quarantined …". */
    static String finding(ScopeMetrics metrics, DataHealth dataHealth) {
        List<String> completeness = new ArrayList<>();
        metrics.overall(Metric.CRM_COMPLETENESS_LEADS)
                .ifPresent(value -> completeness.add("lead records are " + MetricSentence.inWords(value) + " complete"));
        metrics.overall(Metric.CRM_COMPLETENESS_OPPORTUNITIES)
                .ifPresent(value -> completeness.add("opportunity records " + MetricSentence.inWords(value)));
        String quarantined = dataHealth.quarantinedRows() == 0
                ? "no input row was rejected"
                : Figures.count(dataHealth.quarantinedRows()) + " of " + Figures.count(dataHealth.inputRows())
                        + " input rows (" + Figures.percent((double) dataHealth.quarantinedRows() / dataHealth.inputRows())
                        + ") were quarantined and left out of every figure";
        return Prose.upperFirst(completeness.isEmpty() ? quarantined : Prose.list(completeness) + "; " + quarantined) + ".";
    }

    private static List<HealthRow> health(ScopeMetrics metrics) {
        return HEALTH_METRICS.stream().map(metrics::overall).flatMap(Optional::stream)
                .map(value -> new HealthRow(value.metric().label(),
                        FunnelSection.rate(value),
                        Figures.percentInterval(value.ciLow(), value.ciHigh()),
                        Figures.count(value.denominator()),
                        value.metric().definition()))
                .toList();
    }

    /** The rows rejected per file, then what the source says of its rows (skipped, derived), with counts. */
    private static List<TermRow> quarantine(DataHealth dataHealth) {
        List<TermRow> rows = new ArrayList<>();
        if (dataHealth.quarantinedByFile().isEmpty()) {
            rows.add(new TermRow("All files", "No row was rejected."));
        }
        dataHealth.quarantinedByFile().forEach((file, count) -> rows.add(new TermRow(file, Prose.count(count, "row", "rows")
                + " rejected; each is listed with its source file and line, column and reason in quarantine.csv")));
        dataHealth.sourceNotes().forEach(note -> rows.add(new TermRow(note.sourceFile(),
                Figures.count(note.rows()) + " × " + note.note())));
        return rows;
    }

    private static List<TermRow> policy(TeamBlueprint blueprint) {
        List<TermRow> rows = new ArrayList<>();
        rows.add(new TermRow("Business hours", calendar(blueprint.team().calendar())));
        rows.addAll(SlaTerms.policy(blueprint.run().sla()));
        blueprint.run().targets().values().stream()
                .sorted(Comparator.comparing(target -> target.metric().key()))
                .forEach(target -> rows.add(new TermRow("Target: " + target.metric().label(),
                        (target.higherIsBetter() ? "at least " : "at most ") + targetValue(blueprint.metrics(),
                                target.metric(), target.value()))));
        return rows;
    }

    private static String calendar(WorkCalendar calendar) {
        String days = calendar.workdays().stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.SHORT, Locale.US))
                .collect(Collectors.joining(", "));
        return calendar.start() + "–" + calendar.end() + " " + calendar.zone().getId() + ", " + days
                + (calendar.holidays().isEmpty() ? "" : ", except " + Prose.count(calendar.holidays().size(),
                "public holiday", "public holidays") + " of its calendar");
    }

    private static String targetValue(ScopeMetrics metrics, Metric metric, double value) {
        return metrics.overall(metric).map(row -> Figures.inUnitOf(row, value)).orElse(Figures.twoDecimals(value));
    }

    private static List<TermRow> definitions(ScopeMetrics metrics) {
        List<TermRow> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metrics.current().stream().anyMatch(value -> value.metric() == metric)) {
                rows.add(new TermRow(metric.label(), metric.definition()));
            }
        }
        rows.add(new TermRow("95 % interval", "Wilson score interval of a rate: the range that holds the true rate "
                + "with 95 % confidence, given the number of cases (n)."));
        return rows;
    }

    private static List<TermRow> formulas(TeamBlueprint blueprint) {
        List<TermRow> formulas = new ArrayList<>();
        formulas.add(new TermRow("Priority", "Revenue at stake × confidence ÷ effort in weeks; fixes are numbered by it."));
        for (Fix fix : blueprint.plan().fixes()) {
            formulas.add(new TermRow("#" + fix.rank() + " " + FixRows.leak(fix), formula(fix, blueprint.run().currency())));
        }
        return formulas;
    }

    private static String formula(Fix fix, String currency) {
        RevenueEstimate estimate = fix.revenue();
        String inputs = estimate.inputs().stream().map(input -> input.name() + " = " + Figures.phrase(input.value()))
                .collect(Collectors.joining("; "));
        return Figures.money(estimate.annualAmount(), estimate.currency() == null ? currency : estimate.currency())
                + " a year = " + estimate.formula() + (inputs.isEmpty() ? "" : ", with " + inputs) + ". Basis: "
                + Figures.phrase(estimate.basis()) + ". Confidence " + Figures.wholePercent(fix.confidence())
                + ", effort " + Prose.count(fix.play().effortWeeks(), "week", "weeks") + ", priority "
                + Figures.money(BigDecimal.valueOf(fix.priority()), currency) + " a week.";
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
