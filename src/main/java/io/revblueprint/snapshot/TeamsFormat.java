package io.revblueprint.snapshot;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.WorkCalendar;

import java.sql.SQLException;
import java.util.List;

/** teams.csv */
final class TeamsFormat extends SnapshotFormat<TeamRow> {

    TeamsFormat() {
        super("teams.csv", true, "crm_team", "team_id",
                List.of("team_id", "name", "function"),
                List.of("segment", "timezone", "workday_start", "workday_end", "workdays", "holiday_calendar",
                        "marketing_team_id"),
                List.of("team_id", "name", "team_function", "segment", "timezone", "workday_start", "workday_end",
                        "workdays", "holiday_calendar", "marketing_team_id"));
    }

    @Override
    TeamRow parse(Fields fields) {
        TeamRow team = new TeamRow(
                fields.requiredText("team_id"),
                fields.requiredName("name"),
                fields.requiredEnum("function", TeamFunction.class),
                fields.enumValue("segment", Segment.class, Segment.DEFAULT),
                fields.zone("timezone", fields.context().companyZone()),
                fields.time("workday_start", WorkCalendar.DEFAULT_START),
                fields.time("workday_end", WorkCalendar.DEFAULT_END),
                fields.workdays("workdays", WorkCalendar.MON_FRI),
                fields.text("holiday_calendar"),
                fields.text("marketing_team_id"));
        if (!team.workdayStart().isBefore(team.workdayEnd())) {
            throw Fields.reject("workday_end",
                    "workday_end " + team.workdayEnd() + " is not after workday_start " + team.workdayStart());
        }
        return team;
    }

    @Override
    void bind(RowValues values, TeamRow team) throws SQLException {
        values.text(team.teamId()).text(team.name()).name(team.function()).name(team.segment())
                .text(team.zone().getId()).text(team.workdayStart().toString()).text(team.workdayEnd().toString())
                .text(Workdays.format(team.workdays())).text(team.holidayCalendar()).text(team.marketingTeamId());
    }

    @Override
    String id(TeamRow team) {
        return team.teamId();
    }
}
