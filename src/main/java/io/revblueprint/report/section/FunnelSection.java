package io.revblueprint.report.section;

import io.revblueprint.metrics.ChiSquare;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.Unit;
import io.revblueprint.report.chart.FunnelChart;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The funnel section: MQL → accepted → SQL → opportunity → won, as bars and by source. */
public record FunnelSection(String finding, FunnelChart chart, String note, JRDataSource sources, String footnote) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Funnel", "templates/sections/funnel.jrxml", SectionTemplate.Table.SOURCES);


    private static final List<Metric> FUNNEL_RATES = List.of(Metric.MQL_ACCEPTANCE_RATE, Metric.MQL_TO_SQL_RATE,
            Metric.SQL_TO_OPPORTUNITY_RATE);

    /** The rates the finding states with their gap to the line. */
    static boolean judgesInItsFinding(Metric metric) {
        return metric == Metric.MQL_ACCEPTANCE_RATE || metric == Metric.MQL_TO_SQL_RATE;
    }

    static FunnelSection of(TeamBlueprint blueprint) {
        ScopeMetrics metrics = blueprint.metrics();
        List<FunnelChart.Stage> stages = stages(metrics);
        List<SourceRow> sources = sources(metrics);
        return new FunnelSection(
                finding(blueprint, Assessments.of(blueprint)),
                stages.isEmpty() ? null : new FunnelChart(stages),
                leadVelocity(metrics),
                new RecordDataSource(sources),
                "MQL → SQL counts MQLs of the period; win rate counts deals closed in the period, a different cohort. "
                        + SmallSample.FOOTNOTE);
    }

    private static Optional<Long> mqls(ScopeMetrics metrics) {
        return metrics.overall(Metric.MQL_COUNT).map(count -> Math.round(count.value()))
                .or(() -> metrics.overall(Metric.MQL_TO_SQL_RATE).map(MetricValue::denominator));
    }

    static List<FunnelChart.Stage> stages(ScopeMetrics metrics) {
        List<FunnelChart.Stage> stages = new ArrayList<>();
        Optional<Long> mqls = mqls(metrics);
        if (mqls.isEmpty() || mqls.get() == 0) {
            return stages;
        }
        stages.add(new FunnelChart.Stage("MQLs", mqls.get(), Figures.count(mqls.get()), "marketing-qualified leads", false));
        stage(metrics, Metric.MQL_ACCEPTANCE_RATE, "Accepted by sales", "MQLs", false).ifPresent(stages::add);
        stage(metrics, Metric.MQL_TO_SQL_RATE, "Sales-qualified (SQL)", "MQLs", false).ifPresent(stages::add);
        stage(metrics, Metric.SQL_TO_OPPORTUNITY_RATE, "Opportunities", "SQLs", false).ifPresent(stages::add);
        stage(metrics, Metric.WIN_RATE, "Deals won", "deals closed in the period", true).ifPresent(stages::add);
        return stages;
    }

    /** A stage with the rate that led into it and that rate's base: "1 % of 148 MQLs". */
    private static Optional<FunnelChart.Stage> stage(ScopeMetrics metrics, Metric metric, String name, String base,
                                                     boolean closedCohort) {
        return metrics.overall(metric).filter(rate -> rate.numerator() != null).map(rate -> new FunnelChart.Stage(
                name, rate.numerator(), Figures.count(rate.numerator()),
                Figures.wholePercent(rate.value()) + " of " + Figures.count(rate.denominator()) + " " + base,
                closedCohort));
    }

    /** "the snapshot's MQLs are dated 2 Jan 2024 to 23 Jan 2024". */
    private static String whereTheMqlsAre(Period mqlDays) {
        if (mqlDays == null) {
            return "no lead of the snapshot became an MQL";
        }
        return "the snapshot's MQLs are dated " + Figures.dateInText(mqlDays.firstDay())
                + (mqlDays.lastDay().equals(mqlDays.firstDay()) ? "" : " to " + Figures.dateInText(mqlDays.lastDay()));
    }

    /** "Of 551 MQLs, 73 % were accepted by sales and 27 % became sales-qualified (2 pts above target); …". */
    static String finding(TeamBlueprint blueprint, Assessments assessments) {
        ScopeMetrics metrics = blueprint.metrics();
        Optional<Long> mqls = mqls(metrics);
        Set<RecordedInput> noLeads = metrics.notRecordedFor(Metric.MQL_COUNT);
        if (!noLeads.isEmpty()) {
            // "No MQLs entered" would be a claim about the team; the export just holds no leads.
            return "The funnel of " + blueprint.teamName() + " cannot be measured: "
                    + MetricSentence.notRecorded(noLeads) + ".";
        }
        if (mqls.isEmpty() || mqls.get() == 0) {
            // Data Cloud's 2023-Q4 read as if marketing had produced nothing: its 39 MQLs are dated January 2024.
            boolean companyHasNone = ScopeMetrics.overall(blueprint.companyMetrics(), Metric.MQL_COUNT)
                    .map(count -> count.value() == 0).orElse(true);
            return "No MQLs entered the funnel of " + blueprint.teamName() + " in " + blueprint.run().periodLabel()
                    + (companyHasNone && metrics.recorded().isRecorded(RecordedInput.LEADS)
                    ? ", nor any in the company: " + whereTheMqlsAre(blueprint.run().snapshotMqlDays()) + "." : ".");
        }
        List<String> steps = new ArrayList<>();
        metrics.overall(Metric.MQL_ACCEPTANCE_RATE).ifPresent(rate ->
                steps.add(MetricSentence.inWords(rate) + " were accepted by sales" + judged(rate, assessments)));
        metrics.overall(Metric.MQL_TO_SQL_RATE).ifPresent(rate ->
                steps.add(MetricSentence.inWords(rate) + " became sales-qualified" + judged(rate, assessments)));
        List<Metric> blind = FUNNEL_RATES.stream().filter(metric -> !metrics.notRecordedFor(metric).isEmpty()).toList();
        StringBuilder sentence = new StringBuilder("Of " + Prose.count(mqls.get(), "MQL", "MQLs"));
        sentence.append(!steps.isEmpty() ? ", " + Prose.list(steps)
                : blind.isEmpty() ? " none was followed further" : " the next steps cannot be measured");
        metrics.overall(Metric.SQL_TO_OPPORTUNITY_RATE).ifPresent(rate ->
                sentence.append("; ").append(MetricSentence.inWords(rate)).append(" of ").append(sqls(rate))
                        .append(" became opportunities"));
        bestAndWorstSource(metrics).ifPresent(sources -> sentence.append("; ").append(sources));
        return sentence + "." + MetricSentence.notMeasurable(blind, metrics)
                + Caveats.on(blueprint, Metric.MQL_TO_SQL_RATE, Metric.SQL_TO_OPPORTUNITY_RATE);
    }

    /** "SQLs", or "only 2 SQLs" when too few to judge by: TCRM's page 1 read "100 % of SQLs" on 2 of them. */
    private static String sqls(MetricValue rate) {
        return SmallSample.isSmall(rate) ? "only " + Prose.count(rate.denominator(), "SQL", "SQLs") : "SQLs";
    }

    /** " (3 pts below target, a possible leak)" after a rate that has a line; empty otherwise. */
    private static String judged(MetricValue rate, Assessments assessments) {
        return assessments.threshold(rate)
                .map(line -> " (" + MetricSentence.gap(rate, line)
                        + assessments.verdictInWords(rate).map(words -> ", " + words).orElse("") + ")")
                .orElse("");
    }

    /**
     * The best and worst source by MQL→SQL when the chi-square says sources differ beyond chance; else that they do
     * not: Sydney's "Referral converts best (45 %) and Partner worst (21 %)" had p = 0.29, and budgets move on it.
     */
    private static Optional<String> bestAndWorstSource(ScopeMetrics metrics) {
        List<MetricValue> bySource = metrics.breakdown(Metric.MQL_TO_SQL_RATE, Dimension.Kind.SOURCE);
        List<MetricValue> judged = bySource.stream()
                .filter(rate -> !SmallSample.isSmall(rate))
                .sorted(Comparator.comparingDouble(MetricValue::value).reversed())
                .toList();
        OptionalDouble p = ChiSquare.ratesDifferPValue(bySource.stream()
                .map(rate -> new long[] {rate.numerator(), rate.denominator()}).toList());
        if (judged.size() < 2 || p.isEmpty()) {
            return Optional.empty();
        }
        String chance = Figures.inUnit(p.getAsDouble(), Unit.P_VALUE);
        if (p.getAsDouble() >= WinLossSection.SIGNIFICANCE) {
            return Optional.of("no evidence that sources differ in conversion to SQL beyond chance (" + chance + ")");
        }
        MetricValue best = judged.get(0);
        MetricValue worst = judged.get(judged.size() - 1);
        return Optional.of(best.dimension().valueInWords() + " converts best to SQL ("
                + MetricSentence.inWords(best) + ") and " + worst.dimension().valueInWords()
                + " worst (" + MetricSentence.inWords(worst) + "; " + chance + ")");
    }

    /** "Lead velocity: 54 new SQLs in the period's last full month, 32 % more than the month before (41)." */
    static String leadVelocity(ScopeMetrics metrics) {
        return metrics.overall(Metric.LEAD_VELOCITY_RATE)
                .filter(rate -> rate.numerator() != null && rate.denominator() != null).map(rate -> {
            // numerator: the change; denominator: the month before's SQLs.
            long before = rate.denominator();
            long now = before + rate.numerator();
            String change = now == before ? "as many as the month before"
                    : Figures.wholePercent(Math.abs(rate.value())) + (now < before ? " fewer" : " more")
                            + " than the month before (" + Figures.count(before) + ")";
            return "Lead velocity: " + Prose.count(now, "new SQL", "new SQLs") + " in the period's last full month, "
                    + change + ".";
        }).orElse("");
    }

    /** Every source seen in the funnel or among closed deals, most MQLs first, then most closed deals. */
    static List<SourceRow> sources(ScopeMetrics metrics) {
        Set<Dimension> names = new LinkedHashSet<>();
        for (Metric metric : List.of(Metric.MQL_COUNT, Metric.MQL_TO_SQL_RATE, Metric.WIN_RATE)) {
            metrics.breakdown(metric, Dimension.Kind.SOURCE).forEach(value -> names.add(value.dimension()));
        }
        return names.stream()
                .sorted(Comparator.comparingLong((Dimension dimension) -> sourceMqls(metrics, dimension))
                        .thenComparingLong(dimension -> metrics.row(Metric.WIN_RATE, dimension)
                                .map(MetricValue::denominator).orElse(0L))
                        .reversed())
                .map(dimension -> sourceRow(metrics, dimension))
                .toList();
    }

    private static long sourceMqls(ScopeMetrics metrics, Dimension dimension) {
        return metrics.row(Metric.MQL_COUNT, dimension).map(count -> Math.round(count.value()))
                .or(() -> metrics.row(Metric.MQL_TO_SQL_RATE, dimension).map(MetricValue::denominator))
                .orElse(0L);
    }

    private static SourceRow sourceRow(ScopeMetrics metrics, Dimension dimension) {
        Optional<MetricValue> count = metrics.row(Metric.MQL_COUNT, dimension);
        Optional<MetricValue> sql = metrics.row(Metric.MQL_TO_SQL_RATE, dimension);
        Optional<MetricValue> win = metrics.row(Metric.WIN_RATE, dimension);
        return new SourceRow(
                dimension.valueInWords(),
                count.map(Figures::metric).or(() -> sql.map(rate -> Figures.count(rate.denominator()))).orElse(Figures.NONE),
                sql.map(SmallSample::marked).orElse(Figures.NONE),
                sql.map(Figures::interval).orElse(""),
                win.map(SmallSample::marked).orElse(Figures.NONE),
                win.map(Figures::interval).orElse(""),
                win.map(rate -> Figures.count(rate.denominator())).orElse(Figures.NONE));
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
