package io.revblueprint.report.section;

import io.revblueprint.plan.Fix;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.text.Figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** One line of the executive summary's team ranking, formatted for display. */
public record RankingRow(
        String rank,
        String team,
        String revenueAtStake,
        String fixes,
        String topLeak,
        String topFix,
        String ownerName,
        String ownerRole,
        String due) {

    /**
     * Most revenue at stake first; then teams whose fixes carry no estimate; then teams with nothing at stake.
     * Ties go to the team with more fixes, then by name.
     */
    public static final Comparator<TeamRanking> MOST_AT_STAKE_FIRST = Comparator
            .comparingInt(RankingRow::stakeGroup)
            .thenComparing(team -> team.stake().amount(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Comparator.comparingInt(TeamRanking::fixCount).reversed())
            .thenComparing(TeamRanking::teamName);

    /** The teams, most revenue at stake first, numbered from 1; then the teams this run left out, unnumbered. */
    static List<RankingRow> of(List<TeamRanking> teams, List<String> notInRun, String currency) {
        List<TeamRanking> ranked = teams.stream().sorted(MOST_AT_STAKE_FIRST).toList();
        List<RankingRow> rows = new ArrayList<>(IntStream.range(0, ranked.size())
                .mapToObj(index -> of(index + 1, ranked.get(index), currency))
                .toList());
        notInRun.forEach(team -> rows.add(new RankingRow("", team, Figures.NONE, Figures.NONE,
                "Not in this run (left out by --teams)", "", Figures.NONE, "", Figures.NONE)));
        return rows;
    }

    static final String NOT_ESTIMATED = "not estimated";

    private static RankingRow of(int rank, TeamRanking team, String currency) {
        Fix fix = team.topFix();
        return new RankingRow(
                Integer.toString(rank),
                team.teamName(),
                team.stake().isEstimated() || team.fixCount() == 0 ? Figures.money(team.stake(), currency)
                        : NOT_ESTIMATED,
                Integer.toString(team.fixCount()),
                fix == null ? "No fix needed this period" : FixRows.title(fix),
                fix == null ? "" : fix.firstStep(),
                fix == null || fix.ownerName() == null ? Figures.NONE : fix.ownerName(),
                fix == null ? "" : FixRows.role(fix.ownerRole()),
                fix == null ? Figures.NONE : Figures.date(fix.dueDate()));
    }

    private static int stakeGroup(TeamRanking team) {
        if (!team.stake().isEstimated()) {
            return 1;
        }
        return team.stake().amount().signum() > 0 ? 0 : 2;
    }
}
