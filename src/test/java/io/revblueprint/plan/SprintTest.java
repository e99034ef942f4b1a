package io.revblueprint.plan;

import io.revblueprint.crm.WorkCalendar;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SprintTest {

    static final WorkCalendar MON_FRI = WorkCalendar.standard(ZoneOffset.UTC);

    @Test
    void startsTheMondayAfterTheRunEvenWhenTheRunIsOnAMonday() {
        assertThat(Sprint.after(LocalDate.of(2026, 9, 30)).firstDay()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(Sprint.after(LocalDate.of(2026, 10, 4)).firstDay()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(Sprint.after(LocalDate.of(2026, 10, 5)).firstDay()).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void datesCrossMonthEndsAndStayInsideTheSixWeeks() {
        // Run Wednesday 27 January 2027: weeks 1-6 run Monday 1 February to Sunday 14 March.
        Sprint sprint = Sprint.after(LocalDate.of(2027, 1, 27));

        assertThat(sprint.lastDay()).isEqualTo(LocalDate.of(2027, 3, 14));
        assertThat(sprint.slot(1, 6, MON_FRI)).isEqualTo(new Sprint.Slot(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 12)));
        assertThat(sprint.slot(4, 4, MON_FRI)).isEqualTo(new Sprint.Slot(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 3, 5)));
        // The tenth fix would start in week 4; with 4 weeks of effort it starts in week 3 to end in time.
        assertThat(sprint.slot(10, 4, MON_FRI))
                .isEqualTo(new Sprint.Slot(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 12)));
    }

    @Test
    void onAMondayToFridayCalendarFixesStartOnMondaysAndAreDueOnFridaysWithinTheSprint() {
        Sprint sprint = Sprint.after(LocalDate.of(2027, 2, 3));
        for (int rank = 1; rank <= 20; rank++) {
            for (int effort = 1; effort <= Sprint.WEEKS; effort++) {
                Sprint.Slot slot = sprint.slot(rank, effort, MON_FRI);
                assertThat(slot.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                assertThat(slot.due().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
                assertThat(slot.start()).isAfterOrEqualTo(sprint.firstDay());
                assertThat(slot.due()).isBeforeOrEqualTo(sprint.lastDay());
            }
        }
    }

    @Test
    void aTeamThatWorksMondayToThursdayIsDueOnThursday() {
        WorkCalendar monToThu = new WorkCalendar(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), Set.of());

        // Run Monday 30 November 2026: week 1 is 7-13 December.
        assertThat(Sprint.after(LocalDate.of(2026, 11, 30)).slot(1, 2, monToThu))
                .isEqualTo(new Sprint.Slot(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 17)));
    }

    @Test
    void holidaysMoveTheStartLaterAndTheDueDateEarlier() {
        // Singapore's calendar: Christmas Day (Friday 25 December 2026) and New Year's Day (Friday 1 January 2027).
        WorkCalendar singapore = new WorkCalendar(ZoneOffset.ofHours(8), LocalTime.of(9, 0), LocalTime.of(18, 0),
                WorkCalendar.MON_FRI, Set.of(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 12, 7)));
        Sprint sprint = Sprint.after(LocalDate.of(2026, 11, 30));

        assertThat(sprint.slot(1, 3, singapore))
                .isEqualTo(new Sprint.Slot(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 24)));
        assertThat(sprint.slot(4, 3, singapore).due()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void withoutAnyHolidayCalendarNewYearsDayAndChristmasAreStillDaysOff() {
        // A CRM export carries no holidays: Friday 25 December 2026 and Friday 1 January 2027 are no due dates.
        WorkCalendar none = new WorkCalendar(ZoneOffset.UTC, LocalTime.of(9, 0), LocalTime.of(17, 0),
                WorkCalendar.MON_FRI, Set.of());
        Sprint sprint = Sprint.after(LocalDate.of(2026, 11, 30));

        assertThat(sprint.slot(1, 3, none).due()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(sprint.slot(4, 3, none).due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(sprint.slot(1, 2, none).due()).as("an ordinary Friday").isEqualTo(LocalDate.of(2026, 12, 18));
    }
}
