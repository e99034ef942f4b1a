package io.revblueprint.source.mapping;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Day or month first: what a cell shows, and the patterns read in that order. */
class DayMonthOrderTest {

    @Test
    void aCellShowsTheOrderOnlyWhenOneOfItsFirstTwoNumbersIsOver12() {
        assertThat(DayMonthOrder.of("24/07/2025 10:15", "contacts.csv", 3).dayFirst()).isTrue();
        assertThat(DayMonthOrder.of("7/24/2025 10:15 AM", "contacts.csv", 3).dayFirst()).isFalse();
        assertThat(DayMonthOrder.of("14.05.2025", "contacts.csv", 3).dayFirst()).isTrue();
        assertThat(DayMonthOrder.of("01/04/2025 09:00", "contacts.csv", 3)).as("either order").isNull();
        assertThat(DayMonthOrder.of("2025-07-24 10:15", "contacts.csv", 3)).as("ISO").isNull();
        assertThat(DayMonthOrder.of("13/14/2025", "contacts.csv", 3)).as("no date").isNull();
        assertThat(DayMonthOrder.of("24/07/2025 -- call back", "notes.csv", 3)).as("text").isNull();
        assertThat(DayMonthOrder.of("24/07/20251", "contacts.csv", 3)).isNull();
    }

    @Test
    void aCellReadsEitherWayWhenBothItsFirstNumbersAre12OrLessAndDiffer() {
        assertThat(DayMonthOrder.eitherWay("04/07/2025 10:15", "deals.csv", 5))
                .isEqualTo(new SourceCell("deals.csv", 5, "04/07/2025 10:15"));
        assertThat(DayMonthOrder.eitherWay("05.05.2025", "deals.csv", 5)).as("the same day both ways").isNull();
        assertThat(DayMonthOrder.eitherWay("24/07/2025", "deals.csv", 5)).as("day first only").isNull();
        assertThat(DayMonthOrder.eitherWay("2025-07-04", "deals.csv", 5)).as("ISO").isNull();
    }

    @Test
    void theOtherOrderSwapsOnlyNumericDayAndMonthPatterns() {
        assertThat(DayMonthOrder.inOtherOrder(List.of("M/d/yyyy H:mm", "yyyy-MM-dd", "d MMM yyyy", "dd.MM.yyyy")))
                .containsExactly("d/M/yyyy H:mm", "yyyy-MM-dd", "d MMM yyyy", "MM.dd.yyyy");
    }

    @Test
    void numericPatternsAreReadInTheOrderTheCellsShow() {
        DayMonthOrder.Evidence dayFirst = DayMonthOrder.of("24/07/2025 10:15", "contacts.csv", 3);
        List<String> preset = List.of("M/d/yyyy H:mm", "M/d/yyyy h:mm a", "M/d/yyyy");

        assertThat(DayMonthOrder.inOrderOf(preset, dayFirst)).containsExactly("d/M/yyyy H:mm", "d/M/yyyy h:mm a", "d/M/yyyy");
        assertThat(DayMonthOrder.inOrderOf(List.of("dd.MM.yyyy HH:mm"), dayFirst)).containsExactly("dd.MM.yyyy HH:mm", "dd/MM/yyyy HH:mm");
        assertThat(DayMonthOrder.inOrderOf(List.of("yyyy/dd/MM", "d MMM yyyy", "MM/dd/yyyy 'd'"), dayFirst))
                .as("year first, a named month, quoted text").containsExactly("yyyy/dd/MM", "d MMM yyyy", "dd/MM/yyyy 'd'");
        assertThat(DayMonthOrder.inOrderOf(preset, DayMonthOrder.of("30.06.2025 06:00", "contacts.csv", 2)))
                .as("a German portal").containsExactly("d.M.yyyy H:mm", "d.M.yyyy h:mm a", "d.M.yyyy");
        assertThat(DayMonthOrder.inOrderOf(preset, DayMonthOrder.of("7/24/2025", "deals.csv", 2))).isEqualTo(preset);
    }
}
