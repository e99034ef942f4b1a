package io.revblueprint.report.section;

import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.layout.ReportTemplates;
import io.revblueprint.report.text.Figures;

import java.util.List;
import java.util.Map;

/** Everything executive-summary.jrxml displays, prepared and formatted, keyed by the master's parameter names. */
public final class ExecutiveSummaryParameters {

    private ExecutiveSummaryParameters() {
    }

    public static Map<String, Object> of(ExecutiveSummary summary, ReportTemplates templates) {
        RankingSection ranking = RankingSection.of(summary);
        ScorecardSection scorecard = ScorecardSection.ofCompany(summary);
        return DocumentLayout.EXECUTIVE_SUMMARY.parameters(
                "Revenue Growth Blueprint · Executive summary · " + Figures.period(summary.run()),
                List.of(AnswerSection.of(summary, List.of(ranking.finding(), scorecard.finding())), ranking, scorecard),
                templates);
    }
}
