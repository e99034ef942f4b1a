package io.revblueprint.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes small, clean snapshots for planning tests: teams on UTC 09:00–17:00 calendars whose MQLs arrive one per
 * weekday at 10:00. An MQL answered in time gets a call 30 minutes later; a late one none at all (breached by
 * as_of). Every MQL is complete and accepted an hour later (unless the quarter accepts fewer); an SQL follows a day
 * later. Deals are owned by the team's manager (else its first member), leads by its SDR (else its first member).
 *
 * <p>{@link #snapshot} starts from the roster Alpha, Beta (with the company's marketing manager) and RevOps; its
 * options take out one input a CRM export may lack, change the currency, or change the teams' calendars and people.
 */
final class PlanSnapshots {

    static final Instant AS_OF = Instant.parse("2026-10-02T06:00:00Z");
    static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 7, 6);
    /** Misses every target it is measured against, so each play of the playbook gets a fix. */
    static final TeamQuarter LEAKY_ALPHA = new TeamQuarter("T-ALPHA", 40, 20, 4, 30, 3);
    static final TeamQuarter STEADY_BETA = new TeamQuarter("T-BETA", 40, 30, 12, 20, 6);

    /** The clock of the job tests that plan: Friday 2 October 2026, so the sprint runs 5 October to 15 November. */
    static Clock runDay() {
        return Clock.fixed(Instant.parse("2026-10-02T07:00:00Z"), ZoneOffset.UTC);
    }

    /**
     * A team's quarter: MQLs, how many answered within the SLA, how many sales accepted, how many became SQL, closed
     * deals and wins.
     */
    record TeamQuarter(String teamId, int mqls, int answeredInTime, int accepted, int sqls, int closedDeals, int won) {

        /** Every MQL accepted. */
        TeamQuarter(String teamId, int mqls, int answeredInTime, int sqls, int closedDeals, int won) {
            this(teamId, mqls, answeredInTime, mqls, sqls, closedDeals, won);
        }

        /** The same quarter with sales accepting only the first {@code count} MQLs. */
        TeamQuarter accepting(int count) {
            return new TeamQuarter(teamId, mqls, answeredInTime, count, sqls, closedDeals, won);
        }
    }

    /** A row of teams.csv; {@code holidayCalendar} and {@code marketingTeamId} are empty cells when null. */
    record Team(String teamId, String name, String function, String segment, String workdays,
                String holidayCalendar, String marketingTeamId) {

        static Team of(String teamId, String name, String function, String segment) {
            return new Team(teamId, name, function, segment, "MON-FRI", null, null);
        }

        Team withWorkdays(String days) {
            return new Team(teamId, name, function, segment, days, holidayCalendar, marketingTeamId);
        }

        Team withHolidayCalendar(String calendar) {
            return new Team(teamId, name, function, segment, workdays, calendar, marketingTeamId);
        }

        Team withMarketingTeam(String marketingTeam) {
            return new Team(teamId, name, function, segment, workdays, holidayCalendar, marketingTeam);
        }

        String csv() {
            return String.join(",", teamId, name, function, segment, "UTC", "09:00", "17:00", workdays,
                    Objects.toString(holidayCalendar, ""), Objects.toString(marketingTeamId, ""));
        }
    }

    /** A row of users.csv; the email is the first name at plan.example. */
    record Person(String userId, String name, String role, String teamId) {

        String email() {
            return name.substring(0, name.indexOf(' ')).toLowerCase(Locale.ROOT) + "@plan.example";
        }

        String csv() {
            return String.join(",", userId, name, email(), role, teamId, "true");
        }
    }

    private PlanSnapshots() {
    }

    /** A snapshot as of {@code asOf} whose quarter's MQLs start on {@code firstMonday}. */
    static Path write(Path folder, Instant asOf, LocalDate firstMonday, TeamQuarter... teams) throws IOException {
        return snapshot(asOf, firstMonday, teams).write(folder);
    }

    /** The clean snapshot of {@link #write}, to change with its options before writing it. */
    static Snapshot snapshot(Instant asOf, LocalDate firstMonday, TeamQuarter... teams) {
        return new Snapshot(asOf, firstMonday, List.of(teams));
    }

    /** A snapshot to write; each option changes one thing of the clean one. */
    static final class Snapshot {

        private final Instant asOf;
        private final LocalDate firstMonday;
        private final List<TeamQuarter> quarters;
        private final Map<String, Team> teams = new LinkedHashMap<>();
        private final List<Person> people = new ArrayList<>(List.of(
                new Person("U-A1", "Alma Alvarez", "SALES_MANAGER", "T-ALPHA"),
                new Person("U-A2", "Arno Berg", "SDR", "T-ALPHA"),
                new Person("U-B1", "Bea Costa", "SALES_MANAGER", "T-BETA"),
                new Person("U-B2", "Ben Dahl", "SDR", "T-BETA"),
                new Person("U-M1", "Mara Diaz", "MARKETING_MANAGER", "T-BETA"),
                new Person("U-R1", "Rita Ops", "REVOPS", "T-OPS")));
        private final List<String> holidays = new ArrayList<>(List.of("holiday_calendar,date,name"));
        private boolean activities = true;
        private boolean acceptDates = true;
        private boolean acceptedAtTheMql;
        private boolean lossReasons = true;
        private boolean amounts = true;
        private String currency = "EUR";

        private Snapshot(Instant asOf, LocalDate firstMonday, List<TeamQuarter> quarters) {
            this.asOf = asOf;
            this.firstMonday = firstMonday;
            this.quarters = quarters;
            List.of(Team.of("T-ALPHA", "Alpha Sales", "SALES", "SMB"),
                    Team.of("T-BETA", "Beta Sales", "SALES", "MID_MARKET"),
                    Team.of("T-OPS", "Revenue Operations", "REVOPS", "MID_MARKET")).forEach(team -> teams.put(team.teamId(), team));
        }

        /** activities.csv holds its header only. */
        Snapshot withoutActivities() {
            activities = false;
            return this;
        }

        /** No lead has an accepted_at (and none a rejected_at). */
        Snapshot withoutAcceptDates() {
            acceptDates = false;
            return this;
        }

        /** Every accept date is its MQL's own instant, as an export writes the lead's creation date for both. */
        Snapshot withAcceptDatesAtTheMql() {
            acceptedAtTheMql = true;
            return this;
        }

        /** Lost deals have an empty loss_reason. */
        Snapshot withoutLossReasons() {
            lossReasons = false;
            return this;
        }

        /** Deals have an empty amount. */
        Snapshot withoutAmounts() {
            amounts = false;
            return this;
        }

        /** Every deal is in {@code isoCode} (EUR unless set). */
        Snapshot currency(String isoCode) {
            currency = isoCode;
            return this;
        }

        /** The team works on {@code days} ({@code MON-THU}). */
        Snapshot workdays(String teamId, String days) {
            teams.computeIfPresent(teamId, (id, team) -> team.withWorkdays(days));
            return this;
        }

        /** {@code date} is a holiday on the team's own calendar (named after the team). */
        Snapshot holiday(String teamId, LocalDate date) {
            String calendar = "CAL-" + teamId;
            teams.computeIfPresent(teamId, (id, team) -> team.withHolidayCalendar(calendar));
            holidays.add(String.join(",", calendar, date.toString(), "Holiday " + date));
            return this;
        }

        /** One more team with its people. */
        Snapshot team(Team team, Person... members) {
            teams.put(team.teamId(), team);
            people.addAll(Arrays.asList(members));
            return this;
        }

        /** The sales team names {@code marketingTeamId} as the marketing team that feeds it. */
        Snapshot fedBy(String salesTeamId, String marketingTeamId) {
            teams.computeIfPresent(salesTeamId, (id, team) -> team.withMarketingTeam(marketingTeamId));
            return this;
        }

        Path write(Path folder) throws IOException {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("snapshot.json"), "{\"as_of\": \"" + asOf + "\", \"source\": \"test\","
                    + " \"company\": \"Plan GmbH\", \"timezone\": \"UTC\"}");
            List<String> teamRows = new ArrayList<>(List.of("team_id,name,function,segment,timezone,workday_start,"
                    + "workday_end,workdays,holiday_calendar,marketing_team_id"));
            teams.values().forEach(team -> teamRows.add(team.csv()));
            List<String> userRows = new ArrayList<>(List.of("user_id,name,email,role,team_id,active"));
            people.forEach(person -> userRows.add(person.csv()));
            List<String> leads = new ArrayList<>(List.of("lead_id,created_at,owner_id,source,source_category,score,"
                    + "industry,company_size,mql_at,accepted_at,sql_at,converted_opportunity_id"));
            List<String> activityRows = new ArrayList<>(List.of("activity_id,lead_id,owner_id,type,occurred_at,automated"));
            List<String> opportunities = new ArrayList<>(List.of("opportunity_id,created_at,owner_id,lead_id,source,"
                    + "source_category,amount,currency,stage,is_closed,is_won,closed_at,loss_reason"));
            for (TeamQuarter team : quarters) {
                String leadOwner = member(team.teamId(), "SDR");
                String dealOwner = member(team.teamId(), "SALES_MANAGER");
                LocalDate day = firstMonday;
                for (int i = 0; i < team.mqls(); i++, day = nextWeekday(day)) {
                    String lead = team.teamId() + "-L" + i;
                    Instant mql = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
                    String opportunity = i < team.won() ? team.teamId() + "-O" + i : "";
                    leads.add(String.join(",", lead, mql.toString(), leadOwner, "Webinar", "MARKETING", "90",
                            "Software", "200", mql.toString(),
                            acceptDates && i < team.accepted()
                                    ? mql.plus(acceptedAtTheMql ? 0 : 1, ChronoUnit.HOURS).toString() : "",
                            i < team.sqls() ? mql.plus(1, ChronoUnit.DAYS).toString() : "", opportunity));
                    if (i < team.answeredInTime()) {
                        activityRows.add(String.join(",", lead + "-A", lead, leadOwner, "CALL",
                                mql.plus(30, ChronoUnit.MINUTES).toString(), "false"));
                    }
                }
                for (int i = 0; i < team.closedDeals(); i++) {
                    boolean won = i < team.won();
                    Instant closed = firstMonday.plusDays(i).atTime(15, 0).toInstant(ZoneOffset.UTC);
                    opportunities.add(String.join(",", team.teamId() + "-O" + i,
                            closed.minus(30, ChronoUnit.DAYS).toString(), dealOwner, won ? team.teamId() + "-L" + i : "",
                            "Webinar", "MARKETING", amounts ? "10000" : "", currency,
                            won ? "Closed Won" : "Closed Lost", "true", Boolean.toString(won), closed.toString(),
                            won || !lossReasons ? "" : "NO_BUDGET"));
                }
            }
            Files.write(folder.resolve("teams.csv"), teamRows);
            Files.write(folder.resolve("users.csv"), userRows);
            if (holidays.size() > 1) {
                Files.write(folder.resolve("holidays.csv"), holidays);
            }
            Files.write(folder.resolve("leads.csv"), leads);
            Files.write(folder.resolve("activities.csv"), activities ? activityRows : activityRows.subList(0, 1));
            Files.write(folder.resolve("opportunities.csv"), opportunities);
            return folder;
        }

        /** The team's holder of {@code role}, else its first member. */
        private String member(String teamId, String role) {
            List<Person> members = people.stream().filter(person -> person.teamId().equals(teamId)).toList();
            Optional<Person> holder = members.stream().filter(person -> person.role().equals(role)).findFirst();
            return holder.orElse(members.get(0)).userId();
        }
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
