package io.revblueprint.report.section;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The one-line verdict that opens page 1, written from what the plan decided. */
final class VerdictLine {

    private VerdictLine() {
    }

    /**
     * "Fixing 5 leaks is worth € 3.6M a year to Berlin Mid-Market (21 % of its bookings), and 1 input needs
     * recording; start with …". Data fixes are counted apart: a missing input is no leak; nor is a figure on too few
     * cases to judge.
     */
    static String forTeam(TeamBlueprint blueprint) {
        List<Fix> fixes = blueprint.plan().fixes();
        String team = blueprint.teamName();
        String period = blueprint.run().periodLabel();
        if (fixes.isEmpty()) {
            return blueprint.plan().judgements().isEmpty()
                    ? "Nothing at " + team + " could be judged in " + period + ": no figure has a target or a"
                            + " published benchmark to hold it to."
                    : !blueprint.plan().judgedAnyFigure()
                    ? "Nothing at " + team + " could be judged in " + period + ": every figure with a target or"
                            + " benchmark rests on too few cases, and none misses its line so far."
                    : "No leak needs a fix at " + team + " in " + period + ": every judged figure meets its line.";
        }
        RevenueAtStake total = RevenueAtStake.ofFixes(fixes);
        String currency = blueprint.run().currency();
        long gaps = fixes.stream().filter(Fix::isDataFix).count();
        long unjudged = fixes.stream().filter(Fix::isInsufficientData).count();
        long leaks = fixes.size() - gaps - unjudged;
        List<String> besides = new ArrayList<>();
        if (gaps > 0) {
            besides.add(Prose.count(gaps, "input the CRM does not record needs", "inputs the CRM does not record need")
                    + " recording");
        }
        if (unjudged > 0) {
            besides.add(Prose.count(unjudged, "figure on too few cases to judge needs",
                    "figures on too few cases to judge need") + " a closer look");
        }
        String others = Prose.list(besides);
        String opening;
        if (leaks == 0) {
            opening = "No leak could be judged at " + team + " on what the CRM records: " + others;
        } else if (total.isEstimated()) {
            List<String> notes = new ArrayList<>();
            BookedRevenue.of(blueprint.plan().annualBookings(), blueprint.metrics()).shareOf(total.amount())
                    .ifPresent(booked -> notes.add(booked + " of its bookings"));
            long priced = fixes.stream().filter(fix -> !fix.isDataFix() && !fix.isInsufficientData()
                    && fix.revenueAtStake() != null && fix.revenueAtStake().signum() > 0).count();
            if (priced < leaks) {
                // New York's "5 leaks … worth up to € 1.3M" was the first fix's amount alone; 4 were not estimated.
                notes.add("from " + priced + " of them");
            }
            opening = "Fixing " + Prose.count(leaks, "leak", "leaks") + " is worth " + Figures.compactMoney(total, currency)
                    + " a year to " + team + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")")
                    + (others.isEmpty() ? "" : ", and " + others);
        } else {
            opening = Prose.count(leaks, "leak", "leaks") + " at " + team + (leaks == 1 ? " needs a fix" : " need a fix")
                    + (others.isEmpty() ? "" : " and " + others) + "; revenue at stake is not estimated";
        }
        return opening + "; start with " + first(fixes.get(0)) + ".";
    }

    /** "€ 12.1M a year is at stake across 4 teams (18 % of bookings); the most at New York Enterprise (€ 10.1M) …". */
    static String forCompany(ExecutiveSummary summary) {
        List<TeamRanking> teams = summary.teams();
        RevenueAtStake total = RevenueAtStake.ofTeams(teams);
        int fixes = teams.stream().mapToInt(TeamRanking::fixCount).sum();
        long teamCount = teams.stream().filter(team -> !team.isCompanyPlan()).count();
        // The leads no team owns are named when part of the total is theirs.
        boolean unowned = teams.stream().anyMatch(team -> team.isCompanyPlan() && team.fixCount() > 0
                && team.stake().isEstimated());
        if (teams.isEmpty()) {
            return "No team of this run has figures in " + summary.run().periodLabel() + ".";
        }
        if (fixes == 0) {
            return noFix(summary);
        }
        if (!total.isEstimated() && teams.size() == 1) {
            // A one-team company read "1 team has 8 fixes in their roadmaps; … teams are ranked by their number".
            return teams.get(0).teamName() + " has " + Prose.count(fixes, "fix", "fixes") + " in its roadmap; revenue"
                    + " at stake is not estimated (its blueprint's appendix says why).";
        }
        if (!total.isEstimated()) {
            // The demo's 2026-Q4 read "4 teams have 12 fixes" while Berlin had none.
            // HubSpot's read "1 team has 11 fixes" above 2 ranked rows: the team's 6 and the unowned leads' 5.
            long withFixes = teams.stream().filter(team -> !team.isCompanyPlan() && team.fixCount() > 0).count();
            boolean unownedFixes = teams.stream().anyMatch(team -> team.isCompanyPlan() && team.fixCount() > 0);
            String who = withFixes == 0 ? "The leads no team owns" : Prose.count(withFixes, "team", "teams")
                    + (unownedFixes ? " and the leads no team owns" : "");
            boolean one = withFixes == 1 && !unownedFixes;
            return who + (one ? " has " : " have ") + Prose.count(fixes, "fix", "fixes")
                    + (one ? " in its roadmap" : " in their roadmaps") + "; revenue at stake is not estimated, so"
                    + " teams are ranked by their number of fixes.";
        }
        TeamRanking largest = teams.stream().min(RankingRow.MOST_AT_STAKE_FIRST).orElseThrow();
        String currency = summary.run().currency();
        String amount = Figures.compactMoney(total, currency);
        String booked = share(total.amount(), BookedRevenue.of(summary.annualBookings(), summary.company()), " of bookings");
        if (teams.size() == 1) {
            // TCRM's one team read "… across 1 team; the most at Sales (€ 32K), where …".
            return Character.toUpperCase(amount.charAt(0)) + amount.substring(1) + " a year is at stake at "
                    + largest.teamName() + booked + "; the first fix is " + first(largest.topFix()) + ".";
        }
        return Character.toUpperCase(amount.charAt(0)) + amount.substring(1) + " a year is at stake across "
                + Prose.count(teamCount, "team", "teams") + (unowned ? " and the leads no team owns" : "")
                + booked + "; the most at " + largest.teamName()
                + " (" + Figures.compactMoney(largest.stake(), currency)
                + "), where the first fix is "
                + first(largest.topFix()) + ".";
    }

    /** Without a fix: an all-clear only for the teams whose figures could be judged. */
    private static String noFix(ExecutiveSummary summary) {
        String period = summary.run().periodLabel();
        List<TeamRanking> teams = summary.teams().stream().filter(team -> !team.isCompanyPlan()).toList();
        long unjudged = teams.stream().filter(team -> !team.plan().judgedAnyFigure()).count();
        String why = "too few cases, or no target or benchmark to hold them to";
        if (unjudged == teams.size()) {
            return "No team's figures could be judged in " + period + ": " + why + ".";
        }
        return "No team has a leak that needs a fix in " + period + (unjudged == 0 ? "." : "; "
                + Prose.count(unjudged, "team's figures", "teams' figures") + " could not be judged (" + why + ").");
    }

    /** "Low win rate · Mid-market (Jürgen Müller, due 1 Jan 2027)". */
    private static String first(Fix fix) {
        return FixRows.quotedTitle(fix) + " (" + FixRows.ownerInText(fix) + ", due " + Figures.dateInText(fix.dueDate()) + ")";
    }

    /** " (21 % of its bookings)"; empty when bookings were not measured or rest on too few won deals. */
    private static String share(BigDecimal stake, BookedRevenue bookings, String of) {
        return bookings.shareOf(stake).map(share -> " (" + share + of + ")").orElse("");
    }
}
