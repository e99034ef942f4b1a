package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The answer a document opens with, as page 1 and the email body both show it: the verdict in one line; revenue at
 * stake with its share of bookings and the headline figures with target and status; the top 3 leaks as short titles
 * with owner, due date and amount; for the company, one line per team, most at stake first.
 */
public record Answer(String verdict, List<Tile> figures, String topLeaksTitle, List<LeakRow> topLeaks,
                     List<String> teams) {

    static final int TOP_LEAKS = 3;

    public static Answer of(TeamBlueprint blueprint) {
        RunContext run = blueprint.run();
        List<Fix> fixes = blueprint.plan().fixes();
        return new Answer(
                VerdictLine.forTeam(blueprint),
                figures(RevenueAtStake.ofFixes(fixes),
                        BookedRevenue.of(blueprint.plan().annualBookings(), blueprint.metrics()),
                        NoFix.of(fixes.size(), blueprint.plan().judgedAnyFigure()), run, blueprint.metrics(),
                        Assessments.of(blueprint), "see the appendix"),
                title(Math.min(TOP_LEAKS, fixes.size()), fixes.size(), "The first %d of %d fixes"),
                fixes.stream().limit(TOP_LEAKS).map(fix -> row(fix.rank(), fix, null, run)).toList(),
                List.of());
    }

    /**
     * The company's answer: the 3 fixes with the most at stake across teams, each named with its team, titled as the
     * largest (a team's first fix by priority need not be its largest, and the verdict names that one); "first"
     * when a fix among them has no estimate.
     */
    public static Answer of(ExecutiveSummary summary) {
        RunContext run = summary.run();
        List<TeamFix> top = summary.teams().stream().sorted(RankingRow.MOST_AT_STAKE_FIRST)
                .flatMap(team -> team.plan().fixes().stream().map(fix -> new TeamFix(team.teamName(), fix)))
                .sorted(LARGEST_FIRST).limit(TOP_LEAKS).toList();
        List<LeakRow> rows = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            rows.add(row(i + 1, top.get(i).fix(), top.get(i).team(), run));
        }
        int fixes = summary.teams().stream().mapToInt(TeamRanking::fixCount).sum();
        return new Answer(
                VerdictLine.forCompany(summary),
                figures(RevenueAtStake.ofTeams(summary.teams()),
                        BookedRevenue.of(summary.annualBookings(), summary.company()),
                        NoFix.of(fixes, summary.teams().stream().anyMatch(team -> team.plan().judgedAnyFigure())),
                        run, summary.company(), Assessments.ofCompany(summary), "see the team blueprints"),
                title(rows.size(), fixes,
                        top.stream().allMatch(teamFix -> teamFix.fix().revenueAtStake() != null)
                                ? "The %d largest of %d fixes" : "The first %d of %d fixes"),
                rows,
                summary.teams().stream().sorted(RankingRow.MOST_AT_STAKE_FIRST)
                        .map(team -> teamLine(team, run.currency())).toList());
    }

    private record TeamFix(String team, Fix fix) {
    }

    /**
     * Most at stake first; among fixes without an estimate each team's first fixes before its later ones (W38's
     * three were all Berlin's, before New York's confirmed leaks), the surest first among those of one rank, then
     * the teams in their ranking's order. A team's own order stands: TCRM's summary left out its one team's first fix,
     * a possible leak, for three data fixes.
     */
    private static final Comparator<TeamFix> LARGEST_FIRST = Comparator
            .comparing((TeamFix teamFix) -> teamFix.fix().revenueAtStake(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingInt(teamFix -> teamFix.fix().rank())
            .thenComparing(teamFix -> teamFix.fix().confidence(), Comparator.reverseOrder());

    /** Why there is no fix, when there is none: every judged figure meets its line, or nothing could be judged. */
    private enum NoFix {
        NONE_NEEDED("no leak to fix"), NOTHING_JUDGED("nothing could be judged");

        private final String words;

        NoFix(String words) {
            this.words = words;
        }

        /** Null while there are fixes. */
        static NoFix of(int fixes, boolean judgedAnyFigure) {
            return fixes > 0 ? null : judgedAnyFigure ? NONE_NEEDED : NOTHING_JUDGED;
        }
    }

    /**
     * "The first 3 of 6 fixes", "The 3 largest of 32 fixes" ({@code someOfAll}, when not all are shown; data fixes
     * for missing inputs count, ranked after the leaks); empty when none.
     */
    private static String title(int shown, int all, String someOfAll) {
        if (shown == 0) {
            return "";
        }
        return all == 1 ? "The fix" : shown == all ? "The " + all + " fixes"
                : someOfAll.formatted(shown, all);
    }

    /**
     * Revenue at stake and its share of bookings, then each headline figure with its target and status;
     * {@code whereWhy}: where a stake not estimated is explained (the summary has no appendix of its own).
     */
    private static List<Tile> figures(RevenueAtStake stake, BookedRevenue bookings, NoFix noFix, RunContext run,
                                      ScopeMetrics metrics, Assessments assessments, String whereWhy) {
        List<Tile> tiles = new ArrayList<>();
        String currency = run.currency();
        tiles.add(new Tile("Revenue at stake per year", noFix == NoFix.NONE_NEEDED ? Figures.money(BigDecimal.ZERO,
                currency) : noFix == NoFix.NOTHING_JUDGED ? Figures.NONE
                : stake.isEstimated() ? Figures.compactMoney(stake, currency) : "n/a",
                stakeNote(stake, bookings, noFix, currency, whereWhy)));
        for (Metric metric : Metric.shownIn(Metric.Panel.HEADLINE)) {
            tiles.add(HeadlineTiles.judged(metric, metrics, assessments));
        }
        return tiles;
    }

    private static String stakeNote(RevenueAtStake stake, BookedRevenue bookings, NoFix noFix, String currency,
                                    String whereWhy) {
        if (noFix != null) {
            return noFix.words;
        }
        if (!stake.isEstimated()) {
            return "not estimated: " + whereWhy;
        }
        if (!bookings.measured()) {
            return "bookings not measured";
        }
        return bookings.shareOf(stake.amount()).map(share -> share + " of " + Figures.compactMoney(bookings.annual(),
                currency) + " booked a year").orElse("bookings rest on only " + Prose.count(bookings.wonDeals(),
                "won deal", "won deals"));
    }

    /** A leak as page 1 lists it; {@code team} names the team on the company's page. */
    private static LeakRow row(int rank, Fix fix, String team, RunContext run) {
        return new LeakRow(Integer.toString(rank), (team == null ? "" : team + ": ") + FixRows.title(fix),
                FixRows.owner(fix), Figures.dateInText(fix.dueDate()),
                Objects.requireNonNullElse(FixRows.stake(fix, fix.revenue().currency() == null ? run.currency()
                        : fix.revenue().currency(), true), "not estimated"));
    }

    /** "New York Enterprise: € 11.6M a year at stake in 6 fixes", "Unowned leads and deals: 4 fixes, revenue at stake not estimated". */
    private static String teamLine(TeamRanking team, String currency) {
        if (team.fixCount() == 0) {
            return team.teamName() + ": " + NoFix.of(0, team.plan().judgedAnyFigure()).words;
        }
        String fixes = Prose.count(team.fixCount(), "fix", "fixes");
        return team.teamName() + ": " + (team.stake().isEstimated()
                ? Figures.compactMoney(team.stake(), currency) + " a year at stake in " + fixes
                : fixes + ", revenue at stake not estimated");
    }
}
