package io.revblueprint.metrics;

import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;

/** Whether a deadline in business hours was met, breached, or is still open at as_of. */
public enum SlaStatus {
    MET, BREACHED, PENDING;

    /** Met if the event came within the target (equal is met); breached if later, or if none came and as_of is past it. */
    static SlaStatus judge(Instant start, Instant event, Instant asOf, WorkCalendar calendar, double targetHours) {
        if (event != null) {
            return ofEventAfter(BusinessHours.between(start, event, calendar), targetHours);
        }
        return BusinessHours.exceeds(start, asOf, calendar, targetHours) ? BREACHED : PENDING;
    }

    /** Met when the event came {@code hours} ≤ target after the start, else breached. */
    static SlaStatus ofEventAfter(double hours, double targetHours) {
        return hours <= targetHours ? MET : BREACHED;
    }

    boolean isDecided() {
        return this != PENDING;
    }
}
