package io.revblueprint.metrics;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;
import java.util.Map;

/** What every metric judges against: the period, the cutoff, the SLA policy and each team's calendar. */
record MetricsContext(Period period, Instant asOf, SlaPolicy policy, Map<String, WorkCalendar> calendars,
                      WorkCalendar companyCalendar) {

    /** The team's calendar; UNASSIGNED work (and a team without one) uses the company calendar. */
    WorkCalendar calendarOf(String teamId) {
        if (teamId == null || Team.UNASSIGNED.equals(teamId)) {
            return companyCalendar;
        }
        return calendars.getOrDefault(teamId, companyCalendar);
    }
}
