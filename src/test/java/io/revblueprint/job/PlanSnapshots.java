package io.revblueprint.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small, clean snapshots for planning tests: teams on UTC 09:00–17:00 calendars whose MQLs arrive one per
 * weekday at 10:00. An MQL answered in time gets a call 30 minutes later; a late one none at all (breached by
 * as_of). Every MQL is complete and accepted an hour later; an SQL follows a day later.
 */
final class PlanSnapshots {

    /** A team's quarter: MQLs, how many answered within the SLA, how many became SQL, closed deals and wins. */
    record TeamQuarter(String teamId, int mqls, int answeredInTime, int sqls, int closedDeals, int won) {
    }

    static final String TEAMS = """
            team_id,name,function,segment,timezone,workday_start,workday_end,workdays
            T-ALPHA,Alpha Sales,SALES,SMB,UTC,09:00,17:00,MON-FRI
            T-BETA,Beta Sales,SALES,MID_MARKET,UTC,09:00,17:00,MON-FRI
            T-OPS,Revenue Operations,REVOPS,MID_MARKET,UTC,09:00,17:00,MON-FRI
            """;

    static final String USERS = """
            user_id,name,email,role,team_id,active
            U-A1,Alma Alvarez,alma@plan.example,SALES_MANAGER,T-ALPHA,true
            U-A2,Arno Berg,arno@plan.example,SDR,T-ALPHA,true
            U-B1,Bea Costa,bea@plan.example,SALES_MANAGER,T-BETA,true
            U-B2,Ben Dahl,ben@plan.example,SDR,T-BETA,true
            U-M1,Mara Diaz,mara@plan.example,MARKETING_MANAGER,T-BETA,true
            U-R1,Rita Ops,rita@plan.example,REVOPS,T-OPS,true
            """;

    private PlanSnapshots() {
    }

    /** A snapshot as of {@code asOf} whose quarter's MQLs start on {@code firstMonday}. */
    static Path write(Path folder, Instant asOf, LocalDate firstMonday, TeamQuarter... teams) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("snapshot.json"), "{\"as_of\": \"" + asOf + "\", \"source\": \"test\","
                + " \"company\": \"Plan GmbH\", \"timezone\": \"UTC\"}");
        Files.writeString(folder.resolve("teams.csv"), TEAMS);
        Files.writeString(folder.resolve("users.csv"), USERS);
        List<String> leads = new ArrayList<>(List.of("lead_id,created_at,owner_id,source,source_category,score,industry,"
                + "company_size,mql_at,accepted_at,sql_at,converted_opportunity_id"));
        List<String> activities = new ArrayList<>(List.of("activity_id,lead_id,owner_id,type,occurred_at,automated"));
        List<String> opportunities = new ArrayList<>(List.of("opportunity_id,created_at,owner_id,lead_id,source,"
                + "source_category,amount,currency,stage,is_closed,is_won,closed_at,loss_reason"));
        for (TeamQuarter team : teams) {
            String sdr = team.teamId().equals("T-ALPHA") ? "U-A2" : "U-B2";
            String manager = team.teamId().equals("T-ALPHA") ? "U-A1" : "U-B1";
            LocalDate day = firstMonday;
            for (int i = 0; i < team.mqls(); i++, day = nextWeekday(day)) {
                String lead = team.teamId() + "-L" + i;
                Instant mql = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
                String opportunity = i < team.won() ? team.teamId() + "-O" + i : "";
                leads.add(String.join(",", lead, mql.toString(), sdr, "Webinar", "MARKETING", "90", "Software", "200",
                        mql.toString(), mql.plus(1, ChronoUnit.HOURS).toString(),
                        i < team.sqls() ? mql.plus(1, ChronoUnit.DAYS).toString() : "", opportunity));
                if (i < team.answeredInTime()) {
                    activities.add(String.join(",", lead + "-A", lead, sdr, "CALL",
                            mql.plus(30, ChronoUnit.MINUTES).toString(), "false"));
                }
            }
            for (int i = 0; i < team.closedDeals(); i++) {
                boolean won = i < team.won();
                Instant closed = firstMonday.plusDays(i).atTime(15, 0).toInstant(ZoneOffset.UTC);
                opportunities.add(String.join(",", team.teamId() + "-O" + i,
                        closed.minus(30, ChronoUnit.DAYS).toString(), manager, won ? team.teamId() + "-L" + i : "",
                        "Webinar", "MARKETING", "10000", "EUR", won ? "Closed Won" : "Closed Lost", "true",
                        Boolean.toString(won), closed.toString(), won ? "" : "NO_BUDGET"));
            }
        }
        Files.write(folder.resolve("leads.csv"), leads);
        Files.write(folder.resolve("activities.csv"), activities);
        Files.write(folder.resolve("opportunities.csv"), opportunities);
        return folder;
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
