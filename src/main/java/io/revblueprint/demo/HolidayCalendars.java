package io.revblueprint.demo;

import io.revblueprint.crm.Holiday;

import java.time.LocalDate;
import java.util.List;

/**
 * Public holidays of the teams' locations in 2026 and 2027, so a sprint that runs into the new year skips them (weekend
 * holidays listed with their observed weekday; 2027's lunar and Islamic dates as announced, which may shift a day).
 */
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
            day(BERLIN, "2027-01-01", "Neujahr"),
            day(BERLIN, "2027-03-08", "Internationaler Frauentag"),
            day(BERLIN, "2027-03-26", "Karfreitag"),
            day(BERLIN, "2027-03-29", "Ostermontag"),
            day(BERLIN, "2027-05-01", "Tag der Arbeit"),
            day(BERLIN, "2027-05-06", "Christi Himmelfahrt"),
            day(BERLIN, "2027-05-17", "Pfingstmontag"),
            day(BERLIN, "2027-10-03", "Tag der Deutschen Einheit"),
            day(BERLIN, "2027-12-25", "1. Weihnachtstag"),
            day(BERLIN, "2027-12-26", "2. Weihnachtstag"),
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
            day(NEW_YORK, "2027-01-01", "New Year's Day"),
            day(NEW_YORK, "2027-01-18", "Martin Luther King Jr. Day"),
            day(NEW_YORK, "2027-02-15", "Presidents' Day"),
            day(NEW_YORK, "2027-05-31", "Memorial Day"),
            day(NEW_YORK, "2027-06-18", "Juneteenth (observed)"),
            day(NEW_YORK, "2027-07-05", "Independence Day (observed)"),
            day(NEW_YORK, "2027-09-06", "Labor Day"),
            day(NEW_YORK, "2027-10-11", "Columbus Day"),
            day(NEW_YORK, "2027-11-11", "Veterans Day"),
            day(NEW_YORK, "2027-11-25", "Thanksgiving Day"),
            day(NEW_YORK, "2027-12-24", "Christmas Day (observed)"),
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
            day(SINGAPORE, "2027-01-01", "New Year's Day"),
            day(SINGAPORE, "2027-02-06", "Chinese New Year"),
            day(SINGAPORE, "2027-02-08", "Chinese New Year (observed)"),
            day(SINGAPORE, "2027-03-10", "Hari Raya Puasa"),
            day(SINGAPORE, "2027-03-26", "Good Friday"),
            day(SINGAPORE, "2027-05-01", "Labour Day"),
            day(SINGAPORE, "2027-05-17", "Hari Raya Haji"),
            day(SINGAPORE, "2027-05-20", "Vesak Day"),
            day(SINGAPORE, "2027-08-09", "National Day"),
            day(SINGAPORE, "2027-10-28", "Deepavali"),
            day(SINGAPORE, "2027-12-25", "Christmas Day"),
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
            day(SYDNEY, "2026-12-28", "Boxing Day (additional day)"),
            day(SYDNEY, "2027-01-01", "New Year's Day"),
            day(SYDNEY, "2027-01-26", "Australia Day"),
            day(SYDNEY, "2027-03-26", "Good Friday"),
            day(SYDNEY, "2027-03-27", "Easter Saturday"),
            day(SYDNEY, "2027-03-28", "Easter Sunday"),
            day(SYDNEY, "2027-03-29", "Easter Monday"),
            day(SYDNEY, "2027-04-25", "Anzac Day"),
            day(SYDNEY, "2027-06-14", "King's Birthday"),
            day(SYDNEY, "2027-10-04", "Labour Day"),
            day(SYDNEY, "2027-12-25", "Christmas Day"),
            day(SYDNEY, "2027-12-27", "Christmas Day (additional day)"),
            day(SYDNEY, "2027-12-28", "Boxing Day (additional day)"));

    private HolidayCalendars() {
    }

    private static Holiday day(String calendar, String date, String name) {
        return new Holiday(calendar, LocalDate.parse(date), name);
    }
}
