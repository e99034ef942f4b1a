package io.revblueprint.demo;

import io.revblueprint.crm.Segment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Walks a deal through the sales stages; cycle length by segment, odds by team and source. */
final class DealSimulator {

    private static final List<String> OPEN_STAGES = List.of("Prospecting", "Discovery", "Proposal", "Negotiation");

    private final Roster roster;
    private final Dice dice;

    DealSimulator(Roster roster, Dice dice) {
        this.roster = roster;
        this.dice = dice;
    }

    Deal simulate(Instant createdAt, DemoTeam team, Segment segment, String source) {
        boolean won = dice.chance(team.profile().winRate(source));
        int cycleDays = (int) Math.round(dice.triangular(minCycleDays(segment), maxCycleDays(segment)));
        int days = won ? cycleDays : Math.max(7, (int) (cycleDays * dice.between(0.3, 1.0)));
        Instant closeAt = new BusinessClock(roster.calendar(team)).momentDaysAfter(createdAt, days, dice);
        int openStages = won ? OPEN_STAGES.size() : dice.between(1, OPEN_STAGES.size());
        List<Deal.StageEntry> path = path(createdAt, closeAt, openStages, won ? Deal.WON : Deal.LOST);
        if (closeAt.isAfter(DemoCompany.AS_OF)) {
            List<Deal.StageEntry> soFar = path.stream()
                    .filter(entry -> !entry.enteredAt().isAfter(DemoCompany.AS_OF)).toList();
            return new Deal(soFar.get(soFar.size() - 1).stage(), false, false, null, soFar);
        }
        return new Deal(path.get(path.size() - 1).stage(), true, won, closeAt, path);
    }

    /** Stages entered at growing fractions of the cycle, the closing stage at its end. */
    private List<Deal.StageEntry> path(Instant createdAt, Instant closeAt, int openStages, String closingStage) {
        long span = Duration.between(createdAt, closeAt).getSeconds();
        List<Deal.StageEntry> path = new ArrayList<>();
        path.add(new Deal.StageEntry(OPEN_STAGES.get(0), createdAt));
        for (int i = 1; i < openStages; i++) {
            double fraction = (i + dice.between(0.0, 0.6)) / openStages;
            path.add(new Deal.StageEntry(OPEN_STAGES.get(i), createdAt.plusSeconds((long) (span * fraction))));
        }
        path.add(new Deal.StageEntry(closingStage, closeAt));
        return path;
    }

    private static int minCycleDays(Segment segment) {
        return switch (segment) {
            case SMB -> 15;
            case MID_MARKET -> 25;
            case ENTERPRISE -> 45;
        };
    }

    private static int maxCycleDays(Segment segment) {
        return switch (segment) {
            case SMB -> 45;
            case MID_MARKET -> 95;
            case ENTERPRISE -> 150;
        };
    }
}
