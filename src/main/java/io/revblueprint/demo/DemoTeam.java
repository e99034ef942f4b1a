package io.revblueprint.demo;

import io.revblueprint.crm.Holiday;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.WorkCalendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A team of the demo company; sales teams carry the profile that shapes their data. */
record DemoTeam(
        String id,
        String name,
        TeamFunction function,
        Segment segment,
        ZoneId zone,
        LocalTime start,
        LocalTime end,
        Set<DayOfWeek> workdays,
        String holidayCalendar,
        TeamProfile profile) {

    DemoTeam {
        workdays = Set.copyOf(workdays);
    }

    static DemoTeam backOffice(String id, String name, TeamFunction function) {
        return new DemoTeam(id, name, function, null, DemoCompany.ZONE, WorkCalendar.DEFAULT_START,
                WorkCalendar.DEFAULT_END, WorkCalendar.MON_FRI, HolidayCalendars.BERLIN, null);
    }

    /** The same team under another id and name. */
    DemoTeam copy(String newId, String newName) {
        return new DemoTeam(newId, newName, function, segment, zone, start, end, workdays, holidayCalendar, profile);
    }

    boolean isSales() {
        return function == TeamFunction.SALES;
    }

    WorkCalendar calendar(List<Holiday> holidays) {
        return new WorkCalendar(zone, start, end, workdays, holidays.stream()
                .filter(holiday -> holiday.calendarId().equals(holidayCalendar))
                .map(Holiday::date)
                .collect(Collectors.toSet()));
    }
}
