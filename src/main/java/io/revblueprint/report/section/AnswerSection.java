package io.revblueprint.report.section;

import io.revblueprint.report.chart.HeatMapChart;
import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import net.sf.jasperreports.engine.JRDataSource;

import java.util.List;

/**
 * Page 1, the answer: who, which period and as of when in a compact header; the verdict in one line; revenue at
 * stake with its share of bookings and the headline figures with target and status; the top 3 leaks as short
 * titles with owner, due date and amount; the headline findings. The company's page adds the team × metric heat
 * map.
 */
public record AnswerSection(String bookmark, String kicker, String title, String facts, String verdict, JRDataSource tiles, String topLeaksTitle,
                            JRDataSource topLeaks, HeatMapChart heatMap, JRDataSource findings) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Answer", "templates/sections/answer.jrxml",
            SectionTemplate.Table.TILES, SectionTemplate.Table.LEAKS, SectionTemplate.Table.BULLETS);

    /** A team's page 1; {@code headlines} are the opening sentences of the analysis sections, in their order. */
    static AnswerSection of(TeamBlueprint blueprint, List<String> headlines) {
        RunContext run = blueprint.run();
        return of("Executive summary", "Revenue Growth Blueprint", blueprint.teamName() + " · " + Figures.period(run),
                facts(run.company(), run, blueprint.teamName() + " (" + blueprint.team().teamId() + ")",
                        blueprint.dataHealth()),
                Answer.of(blueprint), null, headlines);
    }

    /** The company's page 1, with each team's figures in the heat map. */
    static AnswerSection of(ExecutiveSummary summary, List<String> headlines) {
        RunContext run = summary.run();
        return of("At a glance", "Revenue Growth Blueprint · Executive summary",
                (run.company() == null ? "All teams" : run.company()) + " · " + Figures.period(run),
                facts(null, run, "the executive team", summary.dataHealth()), Answer.of(summary), HeatMaps.of(summary),
                headlines);
    }

    private static AnswerSection of(String bookmark, String kicker, String title, String facts, Answer answer,
                                     HeatMapChart heatMap, List<String> headlines) {
        return new AnswerSection(bookmark, kicker, title, facts, answer.verdict(),
                new RecordDataSource(answer.figures()), answer.topLeaksTitle(), new RecordDataSource(answer.topLeaks()),
                heatMap, new RecordDataSource(headlines.stream().map(Bullet::new).toList()));
    }

    /**
     * "Northwind GmbH · 1 Jul – 30 Sep 2026, Europe/Berlin time · Data as of 2026-10-02 02:00 UTC · run 7 · for Berlin
     * Mid-Market (T-BER) · amounts in EUR";
     * company may be null. The currency is named: a single-currency Salesforce org exports none, and its dollars
     * showed as "€" with nothing on page 1 to say the currency was the configured one; when the export named none,
     * page 1 says it was assumed.
     */
    static String facts(String company, RunContext run, String preparedFor, DataHealth dataHealth) {
        return (company == null ? "" : company + " · ") + Figures.periodSpan(run.period()) + " · Data as of "
                + Figures.asOf(run.asOf())
                + " · run " + run.runId() + " · for " + preparedFor + " · amounts in " + run.currency()
                + (dataHealth.currencyAssumed() ? " (assumed: the export names no currency)" : "");
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
