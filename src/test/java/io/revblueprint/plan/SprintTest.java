package io.revblueprint.plan;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SprintTest {

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
        assertThat(sprint.slot(1, 6)).isEqualTo(new Sprint.Slot(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 12)));
        assertThat(sprint.slot(4, 4)).isEqualTo(new Sprint.Slot(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 3, 5)));
        // The tenth fix would start in week 4; with 4 weeks of effort it starts in week 3 to end in time.
        assertThat(sprint.slot(10, 4)).isEqualTo(new Sprint.Slot(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 3, 12)));
    }

    @Test
    void everyFixStartsOnAMondayAndIsDueOnAFridayWithinTheSprint() {
        Sprint sprint = Sprint.after(LocalDate.of(2026, 12, 23));
        for (int rank = 1; rank <= 20; rank++) {
            for (int effort = 1; effort <= Sprint.WEEKS; effort++) {
                Sprint.Slot slot = sprint.slot(rank, effort);
                assertThat(slot.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                assertThat(slot.due().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
                assertThat(slot.start()).isAfterOrEqualTo(sprint.firstDay());
                assertThat(slot.due()).isBeforeOrEqualTo(sprint.lastDay());
            }
        }
    }
}
