package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.report.chart.TrendChart;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.Prose;
import io.revblueprint.report.text.SmallSample;
import net.sf.jasperreports.engine.JRDataSource;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A scorecard section: its finding, the trend panels (or why there are none) and the table; the team's SLA scorecard or the company's. */
public record ScorecardSection(String title, String finding, TrendChart trend, String trendNote, JRDataSource rows, String comparisonTitle,
                        String footnote) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Scorecard", "templates/sections/scorecard.jrxml", SectionTemplate.Table.SCORECARD);


    // "Straddles" read as if a figure on target with a wide interval were a possible leak too.
    static final String STATUS_NOTE = "Status: leak = the whole 95 % interval misses the line; possible leak = the "
            + "figure misses the line but its interval reaches it, or a percentile misses with too few values for an "
            + "interval, or recent cases may still bring a rate to the line; on target = the figure meets the line; too"
            + " few cases = under " + SmallSample.MIN_CASES + " cases, not judged.";
    // The executive summary marked its changes * without this sentence, which the team PDFs had.
    private static final String SMALL_SAMPLE_NOTE = SmallSample.FOOTNOTE + " A change marked * starts from such a figure.";

    static ScorecardSection of(TeamBlueprint blueprint) {
        Assessments assessments = Assessments.of(blueprint);
        Scorecard scorecard = new Scorecard(blueprint.metrics(), assessments);
        TrendChart trend = TrendPanels.chart(blueprint.metrics(), assessments, blueprint.run().periodLabel());
        return new ScorecardSection(
                "SLA scorecard",
                scorecard.finding(blueprint.teamName(), blueprint.run().periodLabel()),
                trend,
                TrendPanels.note(trend),
                new RecordDataSource(scorecard.rows(blueprint.companyMetrics())),
                "Company",
                STATUS_NOTE + change(blueprint.metrics()) + " Company = the same figure for all teams together. "
                        + "‡ best quartile of the peer teams in this run; § their median, the line of a figure between"
                        + " the two; † published benchmark (the figure its source gives). " + SMALL_SAMPLE_NOTE
                        + MetricSentence.notMeasurable(scorecard.notMeasurable(), blueprint.metrics()));
    }

    /**
     * Page 1's scorecard line: the section's finding, unless it states a figure another finding states; then the
     * most serious miss among the rest, if any.
     */
    static Optional<String> headline(TeamBlueprint blueprint, Predicate<Metric> statedElsewhere) {
        Scorecard scorecard = new Scorecard(blueprint.metrics(), Assessments.of(blueprint));
        if (scorecard.subject().filter(statedElsewhere).isEmpty()) {
            return Optional.of(scorecard.finding(blueprint.teamName(), blueprint.run().periodLabel()));
        }
        return scorecard.missBeside(statedElsewhere);
    }

    /** The company's figures against the targets, with how the headline metrics moved since the period before. */
    static ScorecardSection ofCompany(ExecutiveSummary summary) {
        Assessments assessments = Assessments.ofCompany(summary);
        Scorecard scorecard = new Scorecard(summary.company(), assessments);
        TrendChart trend = TrendPanels.chart(summary.company(), assessments, summary.run().periodLabel());
        return new ScorecardSection(
                "Company-wide trends and scorecard",
                companyFinding(summary.company(), scorecard),
                trend,
                TrendPanels.note(trend),
                new RecordDataSource(scorecard.rows(List.of())),
                "",
                "Status compares each company-wide figure with its target (may miss = its 95 % interval reaches the "
                        + "target); teams' leaks are judged in their own blueprints." + change(summary.company()) + " " + SMALL_SAMPLE_NOTE
                        + MetricSentence.notMeasurable(scorecard.notMeasurable(), summary.company()));
    }

    /** "Company-wide, response SLA compliance rose from 84 % to 88 % (±2 pts), …". */
    static String companyFinding(ScopeMetrics company, Scorecard scorecard) {
        List<String> moves = TrendPanels.METRICS.stream().map(company::overall).flatMap(Optional::stream)
                .map(value -> Prose.lowerFirst(scorecard.sentence(value))).toList();
        if (moves.isEmpty()) {
            return "No company-wide figures were computed this period.";
        }
        String sentence = "Company-wide, " + String.join("; ", moves);
        return company.earlier().isEmpty() ? sentence + "; trends start once a second period has a run." : sentence + ".";
    }

    /** " Change = since 2026-Q2." when the period before has a run. */
    private static String change(ScopeMetrics metrics) {
        return metrics.earlier().isEmpty() ? "" : " Change = since " + metrics.earlier().get(0).periodLabel() + ".";
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
