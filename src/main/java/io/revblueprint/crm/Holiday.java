package io.revblueprint.crm;

import java.time.LocalDate;

/** A non-working local date of one holiday calendar. */
public record Holiday(String calendarId, LocalDate date, String name) {
}
