package io.revblueprint.metrics;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;
import java.util.Map;

/**
 * What every metric judges against: the period [start, end) (local midnights, hoisted out of the per-row loop),
 * the cutoff as_of, the SLA policy, the company currency and each team's calendar.
 */
record MetricsContext(Instant periodStart, Instant periodEnd, Instant asOf, SlaPolicy policy, String currency,
                      Map<String, WorkCalendar> calendars, WorkCalendar companyCalendar) {

    MetricsContext {
        calendars = Map.copyOf(calendars);
    }

    /** Whether {@code t} is set and falls in the period. */
    boolean inPeriod(Instant t) {
        return t != null && !t.isBefore(periodStart) && t.isBefore(periodEnd);
    }

    /** The team's calendar; UNASSIGNED work (and a team without one) uses the company calendar. */
    WorkCalendar calendarOf(String teamId) {
        if (teamId == null || Team.UNASSIGNED.equals(teamId)) {
            return companyCalendar;
        }
        return calendars.getOrDefault(teamId, companyCalendar);
    }
}
