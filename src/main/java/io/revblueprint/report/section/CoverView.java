package io.revblueprint.report.section;

import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.SmallSample;

/** The cover page's prepared strings; {@code bandNote} is the small line under the period in the colored band. */
public record CoverView(
        String documentTitle,
        String subject,
        String period,
        String bandNote,
        String company,
        String preparedFor,
        String asOf,
        String runId,
        String intro) implements Section {

    private static final String TEAM_INTRO = "Each section opens with one sentence that states its finding. Rates carry a "
                + "95 % confidence interval (±) and the number of cases (n) behind them: a narrow interval means a firm "
                + "figure; figures on fewer than " + SmallSample.MIN_CASES + " cases are marked and never judged. A leak "
                + "is confirmed when the whole interval misses its line, and labelled possible when the interval "
                + "straddles it. Every fix names its owner, the SLA it installs, its start and due dates in a 6-week "
                + "sprint, and the revenue a year at stake. The team's rows of metrics.csv and fixes.csv are attached "
                + "to this PDF.";
    private static final String COMPANY_INTRO = "This summary ranks the teams by the revenue a year their open leaks put at "
                + "stake and names each team's first fix with its owner and due date. Each team's own blueprint has the "
                + "full scorecard, funnel, win/loss analysis and roadmap. Company-wide rates carry a 95 % confidence "
                + "interval and the number of cases (n). The company's rows of metrics.csv and each team's top fix from "
                + "fixes.csv are attached to this PDF.";

    static final SectionTemplate TEMPLATE = new SectionTemplate("Cover", "templates/sections/cover.jrxml");

    static CoverView of(TeamBlueprint blueprint) {
        RunContext run = blueprint.run();
        return new CoverView(
                "Revenue Growth Blueprint",
                blueprint.teamName(),
                Figures.period(run),
                run.company(),
                run.company(),
                blueprint.teamName() + " (" + blueprint.team().teamId() + ")",
                Figures.asOf(run.asOf()),
                run.runId(),
                TEAM_INTRO);
    }

    static CoverView of(ExecutiveSummary summary) {
        RunContext run = summary.run();
        return new CoverView(
                "Revenue Growth Blueprint · Executive summary",
                run.company(),
                Figures.period(run),
                "All teams",
                run.company(),
                "Executive team",
                Figures.asOf(run.asOf()),
                run.runId(),
                COMPANY_INTRO);
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
