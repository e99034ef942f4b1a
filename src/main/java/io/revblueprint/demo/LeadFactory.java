package io.revblueprint.demo;

import io.revblueprint.crm.Role;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Draws the leads that entered the CRM over the two quarters, routed to teams and SDRs. */
final class LeadFactory {

    static final int LEAD_COUNT = 5_000;
    /** Days from the first lead day to the last. */
    static final long LEAD_DAYS = ChronoUnit.DAYS.between(DemoCompany.FIRST_LEAD_DAY, DemoCompany.LAST_LEAD_DAY);
    /** Inbound leads the router could not assign; outbound leads always have their SDR. */
    private static final double UNASSIGNED_INBOUND_SHARE = 0.04;
    /** Owners left behind by an old routing rule: users that do not exist. */
    private static final List<String> GHOST_OWNERS = List.of("U-404", "U-777");

    private final Roster roster;
    private final Dice dice;
    private final List<Dice.Weighted<LeadSource>> sources;
    private final List<Dice.Weighted<DemoTeam>> teams;
    private int ghostsUsed;

    LeadFactory(Roster roster, Dice dice) {
        this.roster = roster;
        this.dice = dice;
        this.sources = LeadSources.ALL.stream().map(source -> new Dice.Weighted<>(source, source.weight())).toList();
        this.teams = roster.salesTeams().stream()
                .map(team -> new Dice.Weighted<>(team, team.profile().leadShare())).toList();
    }

    /** All prospects, oldest first. */
    List<Prospect> draw() {
        List<Prospect> prospects = new ArrayList<>(IntStream.range(0, LEAD_COUNT).mapToObj(i -> prospect()).toList());
        prospects.sort(Comparator.comparing(Prospect::createdAt));
        return prospects;
    }

    /** The prospects of one day, oldest first. */
    List<Prospect> drawOn(LocalDate day, int count) {
        List<Prospect> prospects = new ArrayList<>(IntStream.range(0, count).mapToObj(i -> prospect(day)).toList());
        prospects.sort(Comparator.comparing(Prospect::createdAt));
        return prospects;
    }

    private Prospect prospect() {
        return prospect(leadDay());
    }

    private Prospect prospect(LocalDate day) {
        LeadSource source = dice.pickWeighted(sources);
        boolean unassigned = !source.isOutbound() && dice.chance(UNASSIGNED_INBOUND_SHARE);
        DemoTeam team = unassigned ? null : dice.pickWeighted(teams);
        DemoUser owner = unassigned ? null : sdrOn(team, day);
        Instant createdAt = source.isOutbound()
                ? new BusinessClock(roster.calendar(team)).momentOn(day, dice)
                : submittedOn(day, team == null ? DemoCompany.ZONE : team.zone());
        int score = (int) Math.round(dice.triangular(source.minScore(), source.maxScore()));
        return new Prospect(createdAt, team, owner, unassigned ? ghostOrNobody() : owner.id(), source,
                CampaignCatalog.pick(source.name(), dice), score, Firmographics.draw(team, dice));
    }

    /** Fewer leads on weekends, and volume grows over the months. */
    private LocalDate leadDay() {
        while (true) {
            LocalDate day = DemoCompany.FIRST_LEAD_DAY.plusDays(dice.between(0, (int) LEAD_DAYS));
            if (dice.chance(weight(day))) {
                return day;
            }
        }
    }

    /** A day's share of leads relative to the busiest: fewer on weekends, growing over the months. */
    static double weight(LocalDate day) {
        int offset = (int) ChronoUnit.DAYS.between(DemoCompany.FIRST_LEAD_DAY, day);
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return (weekend ? 0.35 : 1.0) * (0.7 + 0.3 * offset / LEAD_DAYS);
    }

    private DemoUser sdrOn(DemoTeam team, LocalDate day) {
        Instant morning = day.atStartOfDay(team.zone()).toInstant();
        return dice.pick(roster.members(team, Role.SDR).stream().filter(sdr -> sdr.workedAt(morning)).toList());
    }

    /** Forms are filled in between 07:00 and 22:00 local time. */
    private Instant submittedOn(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(7, 0)).atZone(zone).toInstant().plusSeconds(dice.between(0, 15 * 3600));
    }

    private String ghostOrNobody() {
        return ghostsUsed < GHOST_OWNERS.size() ? GHOST_OWNERS.get(ghostsUsed++) : null;
    }
}
