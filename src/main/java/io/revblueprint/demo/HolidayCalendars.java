package io.revblueprint.demo;

import io.revblueprint.crm.Holiday;

import java.time.LocalDate;
import java.util.List;

/** Real 2026 public holidays of the teams' locations (Sunday holidays listed with their observed Monday). */
final class HolidayCalendars {

    static final String BERLIN = "DE-BE";
    static final String NEW_YORK = "US-NY";
    static final String SINGAPORE = "SG";
    static final String SYDNEY = "AU-NSW";

    static final List<Holiday> ALL = List.of(
            day(BERLIN, "2026-01-01", "Neujahr"),
            day(BERLIN, "2026-03-08", "Internationaler Frauentag"),
            day(BERLIN, "2026-04-03", "Karfreitag"),
            day(BERLIN, "2026-04-06", "Ostermontag"),
            day(BERLIN, "2026-05-01", "Tag der Arbeit"),
            day(BERLIN, "2026-05-14", "Christi Himmelfahrt"),
            day(BERLIN, "2026-05-25", "Pfingstmontag"),
            day(BERLIN, "2026-10-03", "Tag der Deutschen Einheit"),
            day(BERLIN, "2026-12-25", "1. Weihnachtstag"),
            day(BERLIN, "2026-12-26", "2. Weihnachtstag"),
            day(NEW_YORK, "2026-01-01", "New Year's Day"),
            day(NEW_YORK, "2026-01-19", "Martin Luther King Jr. Day"),
            day(NEW_YORK, "2026-02-16", "Presidents' Day"),
            day(NEW_YORK, "2026-05-25", "Memorial Day"),
            day(NEW_YORK, "2026-06-19", "Juneteenth"),
            day(NEW_YORK, "2026-07-03", "Independence Day (observed)"),
            day(NEW_YORK, "2026-09-07", "Labor Day"),
            day(NEW_YORK, "2026-10-12", "Columbus Day"),
            day(NEW_YORK, "2026-11-11", "Veterans Day"),
            day(NEW_YORK, "2026-11-26", "Thanksgiving Day"),
            day(NEW_YORK, "2026-12-25", "Christmas Day"),
            day(SINGAPORE, "2026-01-01", "New Year's Day"),
            day(SINGAPORE, "2026-02-17", "Chinese New Year"),
            day(SINGAPORE, "2026-02-18", "Chinese New Year (second day)"),
            day(SINGAPORE, "2026-03-21", "Hari Raya Puasa"),
            day(SINGAPORE, "2026-04-03", "Good Friday"),
            day(SINGAPORE, "2026-05-01", "Labour Day"),
            day(SINGAPORE, "2026-05-27", "Hari Raya Haji"),
            day(SINGAPORE, "2026-05-31", "Vesak Day"),
            day(SINGAPORE, "2026-06-01", "Vesak Day (observed)"),
            day(SINGAPORE, "2026-08-09", "National Day"),
            day(SINGAPORE, "2026-08-10", "National Day (observed)"),
            day(SINGAPORE, "2026-11-08", "Deepavali"),
            day(SINGAPORE, "2026-11-09", "Deepavali (observed)"),
            day(SINGAPORE, "2026-12-25", "Christmas Day"),
            day(SYDNEY, "2026-01-01", "New Year's Day"),
            day(SYDNEY, "2026-01-26", "Australia Day"),
            day(SYDNEY, "2026-04-03", "Good Friday"),
            day(SYDNEY, "2026-04-04", "Easter Saturday"),
            day(SYDNEY, "2026-04-05", "Easter Sunday"),
            day(SYDNEY, "2026-04-06", "Easter Monday"),
            day(SYDNEY, "2026-04-25", "Anzac Day"),
            day(SYDNEY, "2026-06-08", "King's Birthday"),
            day(SYDNEY, "2026-10-05", "Labour Day"),
            day(SYDNEY, "2026-12-25", "Christmas Day"),
            day(SYDNEY, "2026-12-26", "Boxing Day"),
            day(SYDNEY, "2026-12-28", "Boxing Day (additional day)"));

    private HolidayCalendars() {
    }

    private static Holiday day(String calendar, String date, String name) {
        return new Holiday(calendar, LocalDate.parse(date), name);
    }
}
