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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Teams, people and calendars of the demo company; each sales team is built to show its own leak. */
final class Roster {

    static final String MARKETING = "T-MKT";
    static final String REVOPS = "T-REV";

    private static final List<DemoTeam> BACK_OFFICE = List.of(
            DemoTeam.backOffice(MARKETING, "Marketing", TeamFunction.MARKETING),
            DemoTeam.backOffice(REVOPS, "Revenue Operations", TeamFunction.REVOPS));

    private static final List<DemoUser> DEMO_USERS = List.of(
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

    private final List<DemoTeam> teams;
    private final List<DemoUser> users;
    private final Map<String, DemoTeam> teamById;
    private final Map<String, List<DemoUser>> membersByTeamAndRole;
    /** Built once per team: a generator asks for calendars per lead. */
    private final Map<String, WorkCalendar> calendarByTeam = new HashMap<>();

    /** The demo company: four sales teams, each with its own leak. */
    Roster() {
        this(concat(List.of(berlin(), newYork(), singapore(), sydney()), BACK_OFFICE), DEMO_USERS);
    }

    private Roster(List<DemoTeam> teams, List<DemoUser> users) {
        this.teams = List.copyOf(teams);
        this.users = List.copyOf(users);
        this.teamById = teams.stream().collect(Collectors.toMap(DemoTeam::id, Function.identity()));
        this.membersByTeamAndRole = users.stream().collect(Collectors.groupingBy(
                user -> user.teamId() + "/" + user.role(), Collectors.toList()));
    }

    /**
     * A company of {@code salesTeams} sales teams (at least the demo's four), each a copy of a demo team in turn
     * (same zone, calendar and behaviour, its own people), plus the demo's marketing and RevOps teams.
     */
    static Roster scaled(int salesTeams) {
        List<DemoTeam> archetypes = new Roster().salesTeams();
        List<DemoTeam> teams = new ArrayList<>();
        List<DemoUser> users = new ArrayList<>();
        for (int i = 0; i < Math.max(salesTeams, archetypes.size()); i++) {
            DemoTeam archetype = archetypes.get(i % archetypes.size());
            DemoTeam team = archetype.copy(String.format("T-%03d", i + 1),
                    archetype.name() + " " + (i / archetypes.size() + 1));
            teams.add(team);
            for (DemoUser member : DEMO_USERS.stream().filter(user -> user.teamId().equals(archetype.id())).toList()) {
                users.add(new DemoUser(String.format("U-%05d", users.size() + 1), withInitials(member.name(), i),
                        member.role(), team.id(), member.leftOn()));
            }
        }
        users.addAll(DEMO_USERS.stream().filter(user -> user.teamId().equals(MARKETING) || user.teamId().equals(REVOPS))
                .toList());
        return new Roster(concat(teams, BACK_OFFICE), users);
    }

    /** "Lena Schmidt" of the 28th team is "Lena Ab. Schmidt": a distinct name and so a distinct e-mail address. */
    private static String withInitials(String name, int team) {
        String initials = team < 26 ? String.valueOf((char) ('A' + team))
                : String.valueOf((char) ('A' + team / 26 - 1)) + (char) ('a' + team % 26);
        int space = name.indexOf(' ');
        return name.substring(0, space) + " " + initials + "." + name.substring(space);
    }

    private static List<DemoTeam> concat(List<DemoTeam> first, List<DemoTeam> second) {
        List<DemoTeam> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

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
        DemoTeam team = teamById.get(teamId);
        if (team == null) {
            throw new IllegalArgumentException("no team " + teamId);
        }
        return team;
    }

    List<DemoUser> members(DemoTeam team, Role role) {
        return membersByTeamAndRole.getOrDefault(team.id() + "/" + role, List.of());
    }

    /** Runs the nurture automation, so it owns the automated emails of leads without an owner. */
    DemoUser marketingOps() {
        return users.stream().filter(user -> user.role() == Role.MARKETING_OPS).findFirst().orElseThrow();
    }

    WorkCalendar calendar(DemoTeam team) {
        return calendarByTeam.computeIfAbsent(team.id(), id -> team.calendar(holidays()));
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
