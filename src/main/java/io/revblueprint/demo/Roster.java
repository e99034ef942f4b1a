package io.revblueprint.demo;

import io.revblueprint.crm.Holiday;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

/** Teams, people and calendars of the demo company; each sales team is built to show its own leak. */
final class Roster {

    static final String MARKETING = "T-MKT";
    static final String REVOPS = "T-REV";

    private final List<DemoTeam> teams = List.of(berlin(), newYork(), singapore(), sydney(),
            DemoTeam.backOffice(MARKETING, "Marketing", TeamFunction.MARKETING),
            DemoTeam.backOffice(REVOPS, "Revenue Operations", TeamFunction.REVOPS));

    private final List<DemoUser> users = List.of(
            user("U-001", "Jürgen Müller", Role.SALES_MANAGER, "T-BER"),
            user("U-002", "Lena Schmidt", Role.SDR, "T-BER"),
            user("U-003", "Tobias Weber", Role.SDR, "T-BER"),
            user("U-004", "Aylin Demir", Role.SDR, "T-BER"),
            user("U-005", "Katrin Hoffmann", Role.AE, "T-BER"),
            user("U-006", "Felix Becker", Role.AE, "T-BER"),
            user("U-007", "Sophie Wagner", Role.AE, "T-BER"),
            user("U-008", "Michael O'Brien", Role.SALES_MANAGER, "T-NYC"),
            user("U-009", "Jessica Alvarez", Role.SDR, "T-NYC"),
            new DemoUser("U-010", "Brandon Lee", Role.SDR, "T-NYC", LocalDate.of(2026, 8, 14)),
            user("U-011", "Priya Patel", Role.SDR, "T-NYC"),
            user("U-012", "Marcus Johnson", Role.SDR, "T-NYC"),
            user("U-013", "Rachel Goldberg", Role.AE, "T-NYC"),
            user("U-014", "David Kim", Role.AE, "T-NYC"),
            user("U-015", "Emily Carter", Role.AE, "T-NYC"),
            user("U-016", "Daniel Rossi", Role.AE, "T-NYC"),
            user("U-017", "Wei Ling Tan", Role.SALES_MANAGER, "T-SIN"),
            user("U-018", "Arjun Nair", Role.SDR, "T-SIN"),
            user("U-019", "Nurul Aisyah", Role.SDR, "T-SIN"),
            user("U-020", "Kenji Sato", Role.AE, "T-SIN"),
            user("U-021", "Mei Chen", Role.AE, "T-SIN"),
            user("U-022", "Olivia Thompson", Role.SALES_MANAGER, "T-SYD"),
            user("U-023", "Jack Wilson", Role.SDR, "T-SYD"),
            user("U-024", "Chloe Nguyen", Role.SDR, "T-SYD"),
            user("U-025", "Liam O'Connor", Role.SDR, "T-SYD"),
            user("U-026", "Sarah Mitchell", Role.AE, "T-SYD"),
            user("U-027", "Ethan Walker", Role.AE, "T-SYD"),
            user("U-028", "Isla Robinson", Role.AE, "T-SYD"),
            user("U-029", "Sabine Krüger", Role.MARKETING_MANAGER, MARKETING),
            user("U-030", "Tom Fischer", Role.MARKETING_OPS, MARKETING),
            user("U-031", "João Silva", Role.MARKETING_OPS, MARKETING),
            user("U-032", "Nadine Schäfer", Role.REVOPS, REVOPS),
            user("U-033", "Martin Kowalski", Role.EXECUTIVE, REVOPS));

    List<DemoTeam> teams() {
        return teams;
    }

    List<DemoTeam> salesTeams() {
        return teams.stream().filter(DemoTeam::isSales).toList();
    }

    List<DemoUser> users() {
        return users;
    }

    List<Holiday> holidays() {
        return HolidayCalendars.ALL;
    }

    DemoTeam team(String teamId) {
        return teams.stream().filter(team -> team.id().equals(teamId)).findFirst().orElseThrow();
    }

    List<DemoUser> members(DemoTeam team, Role role) {
        return users.stream().filter(user -> user.teamId().equals(team.id()) && user.role() == role).toList();
    }

    /** Runs the nurture automation, so it owns the automated emails of leads without an owner. */
    DemoUser marketingOps() {
        return users.stream().filter(user -> user.role() == Role.MARKETING_OPS).findFirst().orElseThrow();
    }

    WorkCalendar calendar(DemoTeam team) {
        return team.calendar(holidays());
    }

    /** Calendar of a lead's owner; leads without a known owner are worked on the company calendar. */
    WorkCalendar calendarOf(DemoUser owner) {
        return owner == null ? WorkCalendar.standard(DemoCompany.ZONE) : calendar(team(owner.teamId()));
    }

    private static DemoUser user(String id, String name, Role role, String teamId) {
        return new DemoUser(id, name, role, teamId, null);
    }

    /** Answers fast but leaves most lost deals without a loss reason. */
    private static DemoTeam berlin() {
        return new DemoTeam("T-BER", "Berlin Mid-Market", TeamFunction.SALES, Segment.MID_MARKET,
                ZoneId.of("Europe/Berlin"), WorkCalendar.DEFAULT_START, WorkCalendar.DEFAULT_END, WorkCalendar.MON_FRI,
                HolidayCalendars.BERLIN,
                new TeamProfile(0.30, new Delay(0.88, 1.8, 6), new Delay(0.85, 3, 8), 0.85, 0.92, 0.35, 0.75,
                        0.30, null, 0, 0.03, List.of("DE", "DE", "DE", "DE", "DE", "DE", "AT", "AT", "CH", "NL")));
    }

    /** Slow to answer: many first touches come a business day or more after the MQL. */
    private static DemoTeam newYork() {
        return new DemoTeam("T-NYC", "New York Enterprise", TeamFunction.SALES, Segment.ENTERPRISE,
                ZoneId.of("America/New_York"), LocalTime.of(9, 0), LocalTime.of(18, 0), WorkCalendar.MON_FRI,
                HolidayCalendars.NEW_YORK,
                new TeamProfile(0.25, new Delay(0.30, 2, 30), new Delay(0.6, 4, 16), 0.78, 0.88, 0.9, 0.7,
                        0.24, null, 0, 0.04, List.of("US", "US", "US", "US", "US", "US", "CA")));
    }

    /** Accepts few MQLs, decides slowly and rejects without a documented reason. */
    private static DemoTeam singapore() {
        return new DemoTeam("T-SIN", "Singapore SMB", TeamFunction.SALES, Segment.SMB,
                ZoneId.of("Asia/Singapore"), LocalTime.of(8, 30), LocalTime.of(17, 30), WorkCalendar.MON_FRI,
                HolidayCalendars.SINGAPORE,
                new TeamProfile(0.20, new Delay(0.65, 2, 10), new Delay(0.3, 4, 24), 0.42, 0.55, 0.85, 0.65,
                        0.32, null, 0, 0.15, List.of("SG", "SG", "SG", "SG", "MY", "MY", "ID", "TH", "PH")));
    }

    /** Four ten-hour days; gives up on silent leads early and rarely wins Paid Search deals. */
    private static DemoTeam sydney() {
        return new DemoTeam("T-SYD", "Sydney Mid-Market", TeamFunction.SALES, Segment.MID_MARKET,
                ZoneId.of("Australia/Sydney"), LocalTime.of(8, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), HolidayCalendars.SYDNEY,
                new TeamProfile(0.22, new Delay(0.7, 2, 8), new Delay(0.8, 4, 10), 0.82, 0.9, 0.88, 0.3,
                        0.35, LeadSources.PAID_SEARCH, 0.05, 0.05, List.of("AU", "AU", "AU", "AU", "NZ")));
    }
}
