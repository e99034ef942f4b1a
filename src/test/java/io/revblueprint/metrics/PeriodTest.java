package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Period berlin(String text) {
        return Period.parse(text, BERLIN);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "2026-Q3,                Europe/Berlin,    QUARTER, 2026-07-01, 2026-09-30, 2026-06-30T22:00:00Z, 2026-09-30T22:00:00Z",
        "2026-Q3,                America/New_York, QUARTER, 2026-07-01, 2026-09-30, 2026-07-01T04:00:00Z, 2026-10-01T04:00:00Z",
        "2026-Q4,                Europe/Berlin,    QUARTER, 2026-10-01, 2026-12-31, 2026-09-30T22:00:00Z, 2026-12-31T23:00:00Z",
        "2026-09,                Europe/Berlin,    MONTH,   2026-09-01, 2026-09-30, 2026-08-31T22:00:00Z, 2026-09-30T22:00:00Z",
        "2026-09,                America/New_York, MONTH,   2026-09-01, 2026-09-30, 2026-09-01T04:00:00Z, 2026-10-01T04:00:00Z",
        "2026-W38,               Europe/Berlin,    WEEK,    2026-09-14, 2026-09-20, 2026-09-13T22:00:00Z, 2026-09-20T22:00:00Z",
        "2026-W38,               America/New_York, WEEK,    2026-09-14, 2026-09-20, 2026-09-14T04:00:00Z, 2026-09-21T04:00:00Z",
        "2026-W01,               Europe/Berlin,    WEEK,    2025-12-29, 2026-01-04, 2025-12-28T23:00:00Z, 2026-01-04T23:00:00Z",
        "2026-W53,               Europe/Berlin,    WEEK,    2026-12-28, 2027-01-03, 2026-12-27T23:00:00Z, 2027-01-03T23:00:00Z",
        "2020-W53,               Europe/Berlin,    WEEK,    2020-12-28, 2021-01-03, 2020-12-27T23:00:00Z, 2021-01-03T23:00:00Z",
        "2026-07-01..2026-09-30, Europe/Berlin,    RANGE,   2026-07-01, 2026-09-30, 2026-06-30T22:00:00Z, 2026-09-30T22:00:00Z",
        "2026-10-20..2026-11-05, America/New_York, RANGE,   2026-10-20, 2026-11-05, 2026-10-20T04:00:00Z, 2026-11-06T05:00:00Z",
        "2026-09-16..2026-09-16, Europe/Berlin,    RANGE,   2026-09-16, 2026-09-16, 2026-09-15T22:00:00Z, 2026-09-16T22:00:00Z",
    })
    void parsesEveryForm(String text, ZoneId zone, Period.Kind kind, LocalDate first, LocalDate last,
            Instant start, Instant end) {
        Period period = Period.parse(text, zone);
        assertEquals(new Period(kind, first, last, zone), period);
        assertEquals(text, period.label());
        assertEquals(start, period.start());
        assertEquals(end, period.end());
    }

    @Test
    void aBlueprintMadeBeforeThePeriodIsOverIsItsPartialEdition() {
        assertEquals("2026-W48-partial", berlin("2026-W48").editionLabel(true));
        assertEquals("2026-W48", berlin("2026-W48").editionLabel(false));
    }

    @Test
    void containsIncludesTheStartAndExcludesTheEnd() {
        Period q3 = berlin("2026-Q3");
        assertFalse(q3.contains(q3.start().minusMillis(1)));
        assertTrue(q3.contains(q3.start()));
        assertTrue(q3.contains(q3.end().minusMillis(1)));
        assertFalse(q3.contains(q3.end()));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-10-02T02:00:00Z, 2026-Q3",
        "2026-09-30T21:00:00Z, 2026-Q2", // 23:00 on 30 Sep in Berlin: Q3 is not over yet
        "2026-09-30T22:00:00Z, 2026-Q3", // exactly midnight 1 Oct in Berlin: Q3 has just ended
        "2026-01-15T12:00:00Z, 2025-Q4",
    })
    void defaultsToTheLastFullQuarterBeforeAsOf(Instant asOf, String expected) {
        assertEquals(berlin(expected), Period.defaultFor(asOf, BERLIN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "2026", "2026-Q0", "2026-Q5", "2026-q3", "26-Q3", "2026-13", "2026-00", "2026-9",
        "2026-W00", "2025-W53", "2027-W53", "2026-W54", "2026-W5", "2026-09-30..2026-07-01",
        "2026-02-30..2026-03-31", "2026-07-01..", "2026-07-01", " 2026-Q3", "2026-Q3 "})
    void rejectsAnythingElseQuotingTheInputAndTheForms(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> berlin(text));
        assertTrue(e.getMessage().contains("\"" + text + "\""), e.getMessage());
        assertTrue(e.getMessage().contains(PeriodParser.ACCEPTED_FORMS), e.getMessage());
    }

    @Test
    void rejectsAPeriodThatIsNotOneWholeUnit() {
        LocalDate july2 = LocalDate.of(2026, 7, 2);
        assertThrows(IllegalArgumentException.class,
                () -> new Period(Period.Kind.QUARTER, july2, LocalDate.of(2026, 9, 30), BERLIN));
        assertThrows(IllegalArgumentException.class,
                () -> new Period(Period.Kind.WEEK, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 21), BERLIN));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-Q3,                2026-09, 2026-08",
        "2026-09,                2026-09, 2026-08",
        "2026-07-01..2026-09-15, 2026-08, 2026-07",
        "2026-07-10..2026-08-31, 2026-08, 2026-07",
        "2026-W38,               2026-08, 2026-07", // 14-20 Sep holds no full month: the last one ending by 20 Sep
        "2026-W22,               2026-05, 2026-04", // 25-31 May ends on the last day of May
        "2026-Q1,                2026-03, 2026-02",
    })
    void lastFullMonthAndTheMonthBefore(String text, String lastFullMonth, String monthBefore) {
        Period month = berlin(text).lastFullMonth();
        assertEquals(berlin(lastFullMonth), month);
        assertEquals(berlin(monthBefore), month.previousMonth());
    }

    @Test
    void previousMonthNeedsAMonth() {
        assertThrows(IllegalStateException.class, () -> berlin("2026-Q3").previousMonth());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-Q3,                2026-Q2",
        "2026-Q1,                2025-Q4",
        "2026-09,                2026-08",
        "2026-01,                2025-12",
        "2026-W38,               2026-W37",
        "2026-W01,               2025-W52",
        "2021-W01,               2020-W53",
        "2026-07-01..2026-09-30, 2026-03-31..2026-06-30",
        "2026-09-16..2026-09-16, 2026-09-15..2026-09-15",
    })
    void previousIsThePeriodOfTheSameKindJustBefore(String text, String expected) {
        assertEquals(berlin(expected), berlin(text).previous());
    }
}
