package io.revblueprint.metrics;

import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;

/** Whether a deadline in business hours was met, breached, or is still open at as_of. */
public enum SlaStatus {
    MET, BREACHED, PENDING;

    /** Met if the event came within the target; breached if later, or if none came and as_of is past the target. */
    static SlaStatus judge(Instant start, Instant event, Instant asOf, WorkCalendar calendar, double targetHours) {
        if (event != null) {
            return BusinessHours.between(start, event, calendar) <= targetHours ? MET : BREACHED;
        }
        return BusinessHours.exceeds(start, asOf, calendar, targetHours) ? BREACHED : PENDING;
    }

    boolean isDecided() {
        return this != PENDING;
    }
}
