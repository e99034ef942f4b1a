package io.revblueprint.report.section;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;
import net.sf.jasperreports.engine.JRDataSource;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every team ranked by revenue at stake (by its number of fixes when no stake is estimated), each with its top fix,
 * owner and due date.
 */
public record RankingSection(String title, String finding, JRDataSource rows) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Ranking", "templates/sections/ranking.jrxml", SectionTemplate.Table.RANKING);


    static RankingSection of(ExecutiveSummary summary) {
        // W38's page 1 said "teams are ranked by their number of fixes" and this title "by revenue at stake".
        String title = RevenueAtStake.ofTeams(summary.teams()).isEstimated() ? "Teams ranked by revenue at stake"
                : "Teams ranked by their number of fixes";
        return new RankingSection(title, finding(summary) + stakesBasis(summary),
                new RecordDataSource(RankingRow.of(summary.teams(), summary.notInRun(), summary.run().currency())));
    }

    /** "3 of 4 teams have a first fix with a named owner; the earliest is due 2026-10-16 (Enterprise Sales, Jürgen Müller)." */
    static String finding(ExecutiveSummary summary) {
        List<TeamRanking> teams = summary.teams().stream().filter(team -> !team.isCompanyPlan()).toList();
        List<Fix> firstFixes = teams.stream().map(TeamRanking::topFix).filter(Objects::nonNull).toList();
        // A bare role is no owner: nobody holds it (the team's appendix says so).
        long unowned = firstFixes.stream().filter(fix -> fix.ownerName() == null).count();
        Optional<TeamRanking> earliest = summary.teams().stream().filter(team -> team.topFix() != null)
                .min(Comparator.comparing((TeamRanking team) -> team.topFix().dueDate()));
        if (earliest.isEmpty()) {
            return "No team needs a fix in " + summary.run().periodLabel() + ".";
        }
        TeamRanking first = earliest.get();
        Fix firstFix = first.topFix();
        if (teams.size() == 1 && teams.get(0) == first) {
            String due = " is due " + Figures.dateInText(firstFix.dueDate());
            return "The first fix of " + first.teamName() + (firstFix.ownerName() == null
                    ? due + " and has no owner yet: no user holds the role it needs (" + FixRows.owner(firstFix) + ")"
                    : " is owned by " + firstFix.ownerName() + " and" + due) + ".";
        }
        long owned = firstFixes.size() - unowned;
        boolean oneDay = firstFixes.stream().map(Fix::dueDate).distinct().count() == 1;
        return (owned == teams.size() ? "Every team has" : Figures.count(owned) + " of "
                + Prose.count(teams.size(), "team has", "teams have")) + " a first fix with an owner and a due date"
                + (unowned == 0 ? "" : "; " + Prose.count(unowned, "has a first fix", "have a first fix")
                + " that no user can own yet")
                + (oneDay && firstFixes.size() > 1 ? "; all are due " + Figures.dateInText(firstFix.dueDate())
                : "; the earliest first fix is due " + Figures.dateInText(firstFix.dueDate())
                + " (" + first.teamName() + ", " + FixRows.ownerInText(firstFix) + ")") + ".";
    }

    /** A VP challenging the summary's money found no formula in it: each team's appendix has them. */
    private static String stakesBasis(ExecutiveSummary summary) {
        return RevenueAtStake.ofTeams(summary.teams()).isEstimated() ? " Each stake is the sum of the team's fixes;"
                + " its blueprint's appendix gives each one's formula and inputs, and “up to” marks an upper bound." : "";
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
