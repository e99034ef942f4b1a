package io.revblueprint.snapshot;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.TeamFunction;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/** A teams.csv row as stored: the calendar's holidays are joined in by id when teams are loaded. */
record TeamRow(String teamId, String name, TeamFunction function, Segment segment, ZoneId zone,
               LocalTime workdayStart, LocalTime workdayEnd, Set<DayOfWeek> workdays, String holidayCalendar,
               String marketingTeamId) {
}
