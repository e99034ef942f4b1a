package io.revblueprint.metrics;

import io.revblueprint.crm.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BusinessHoursTest {

    private static final double EXACT = 1e-12;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final WorkCalendar BERLIN_9_TO_5 = WorkCalendar.standard(BERLIN);

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static double berlin(String from, String to) {
        return BusinessHours.between(at(from, BERLIN), at(to, BERLIN), BERLIN_9_TO_5);
    }

    private static WorkCalendar sundaysOneToFour(ZoneId zone) {
        return new WorkCalendar(zone, LocalTime.of(1, 0), LocalTime.of(4, 0), Set.of(DayOfWeek.SUNDAY), Set.of());
    }

    @Test
    void sameDayInsideHours() {
        assertEquals(2.5, berlin("2026-09-16T10:00", "2026-09-16T12:30"), EXACT);
    }

    @Test
    void startsBeforeOpening() {
        assertEquals(1.0, berlin("2026-09-16T07:00", "2026-09-16T10:00"), EXACT);
    }

    @Test
    void endsAfterClosing() {
        assertEquals(2.0, berlin("2026-09-16T15:00", "2026-09-16T20:00"), EXACT);
    }

    @Test
    void spansSeveralWorkingDays() {
        // Mon 08:00 -> Wed 12:00: 8 + 8 + 3.
        assertEquals(19.0, berlin("2026-09-14T08:00", "2026-09-16T12:00"), EXACT);
    }

    @Test
    void spansAWeekend() {
        assertEquals(2.0, berlin("2026-09-18T16:00", "2026-09-21T10:00"), EXACT);
    }

    @Test
    void skipsAHoliday() {
        WorkCalendar withHoliday = new WorkCalendar(BERLIN, WorkCalendar.DEFAULT_START, WorkCalendar.DEFAULT_END,
                WorkCalendar.MON_FRI, Set.of(LocalDate.of(2026, 9, 16)));
        double hours = BusinessHours.between(at("2026-09-15T16:00", BERLIN), at("2026-09-17T10:00", BERLIN), withHoliday);
        assertEquals(2.0, hours, EXACT);
    }

    @Test
    void fourDayTeamDoesNotWorkFridays() {
        WorkCalendar monToThu = new WorkCalendar(BERLIN, WorkCalendar.DEFAULT_START, WorkCalendar.DEFAULT_END,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), Set.of());
        assertEquals(2.0, BusinessHours.between(at("2026-09-17T16:00", BERLIN), at("2026-09-21T10:00", BERLIN), monToThu), EXACT);
        assertEquals(0.0, BusinessHours.between(at("2026-09-18T10:00", BERLIN), at("2026-09-18T12:00", BERLIN), monToThu), EXACT);
        assertEquals(1.0, BusinessHours.between(at("2026-09-17T16:00", BERLIN), at("2026-09-18T12:00", BERLIN), monToThu), EXACT);
    }

    @Test
    void isZeroWhenTheEndIsNotAfterTheStart() {
        assertEquals(0.0, berlin("2026-09-16T10:00", "2026-09-16T10:00"));
        assertEquals(0.0, berlin("2026-09-16T12:00", "2026-09-16T10:00"));
    }

    @Test
    void isExactToTheSecond() {
        assertEquals(59 / 3600.0, berlin("2026-09-16T09:00:00", "2026-09-16T09:00:59"), EXACT);
        assertEquals(1 / 3600.0, berlin("2026-09-16T16:59:59", "2026-09-16T17:30:00"), EXACT);
    }

    @Test
    void fridayToMondayAcrossBerlinFallBackIsUnchanged() {
        Instant friday = at("2026-10-23T16:00", BERLIN);
        Instant monday = at("2026-10-26T10:00", BERLIN);
        assertEquals(Duration.ofHours(67), Duration.between(friday, monday));
        assertEquals(2.0, BusinessHours.between(friday, monday, BERLIN_9_TO_5), EXACT);
    }

    @Test
    void fridayToMondayAcrossNewYorkFallBackIsUnchanged() {
        Instant friday = at("2026-10-30T16:00", NEW_YORK);
        Instant monday = at("2026-11-02T10:00", NEW_YORK);
        assertEquals(Duration.ofHours(67), Duration.between(friday, monday));
        assertEquals(2.0, BusinessHours.between(friday, monday, WorkCalendar.standard(NEW_YORK)), EXACT);
    }

    static Stream<Arguments> sundaysWithAClockChange() {
        return Stream.of(
                Arguments.of(BERLIN, "2026-10-25", 4.0),   // 01:00 CEST -> 04:00 CET
                Arguments.of(NEW_YORK, "2026-11-01", 4.0), // 01:00 EDT -> 04:00 EST
                Arguments.of(BERLIN, "2026-03-29", 2.0),   // 02:00-03:00 CET never happens
                Arguments.of(NEW_YORK, "2026-03-08", 2.0)); // 02:00-03:00 EST never happens
    }

    @ParameterizedTest
    @MethodSource("sundaysWithAClockChange")
    void windowOnAClockChangeDayCountsRealHours(ZoneId zone, String sunday, double expected) {
        LocalDate day = LocalDate.parse(sunday);
        Instant from = day.minusDays(1).atTime(12, 0).atZone(zone).toInstant();
        Instant to = day.atTime(12, 0).atZone(zone).toInstant();
        assertEquals(expected, BusinessHours.between(from, to, sundaysOneToFour(zone)), EXACT);
    }

    @Test
    void startInsideTheRepeatedHourCountsFromThatInstant() {
        // 00:30Z is 02:30 CEST, before the clocks go back at 01:00Z; the window closes at 04:00 CET = 03:00Z.
        Instant from = Instant.parse("2026-10-25T00:30:00Z");
        assertEquals(2.5, BusinessHours.between(from, Instant.parse("2026-10-25T12:00:00Z"), sundaysOneToFour(BERLIN)), EXACT);
    }

    @Test
    void usesTheLocalDateNotTheUtcDate() {
        // Mon 23:30Z is Tue 07:30 in Singapore (+8): one business hour until Tue 10:00 local.
        WorkCalendar singapore = WorkCalendar.standard(ZoneId.of("Asia/Singapore"));
        assertEquals(1.0, BusinessHours.between(
                Instant.parse("2026-09-14T23:30:00Z"), Instant.parse("2026-09-15T02:00:00Z"), singapore), EXACT);
        // Sun 22:00Z is already Mon 08:00 in Sydney (AEST, +10).
        WorkCalendar sydney = WorkCalendar.standard(ZoneId.of("Australia/Sydney"));
        assertEquals(1.0, BusinessHours.between(
                Instant.parse("2026-09-13T22:00:00Z"), Instant.parse("2026-09-14T00:00:00Z"), sydney), EXACT);
    }

    static Stream<Arguments> spans() {
        return Stream.of(
                Arguments.of("2026-09-18T16:00", "2026-09-21T10:00"),
                Arguments.of("2026-09-16T09:00:00", "2026-09-16T09:00:59"),
                Arguments.of("2026-09-16T10:00", "2026-09-16T10:00"),
                Arguments.of("2026-07-01T10:00", "2026-10-30T10:00"));
    }

    @ParameterizedTest
    @MethodSource("spans")
    void exceedsAgreesWithBetweenAroundTheLimit(String from, String to) {
        Instant a = at(from, BERLIN);
        Instant b = at(to, BERLIN);
        double hours = BusinessHours.between(a, b, BERLIN_9_TO_5);
        double second = 1 / 3600.0;
        for (double limit : new double[] {hours - second, hours, hours + second, 0.0, 4.0}) {
            assertEquals(hours > limit, BusinessHours.exceeds(a, b, BERLIN_9_TO_5, limit), "limit " + limit);
        }
    }

    @Test
    void exactlyTheLimitIsNotExceeding() {
        Instant friday = at("2026-09-18T16:00", BERLIN);
        assertFalse(BusinessHours.exceeds(friday, at("2026-09-21T10:00", BERLIN), BERLIN_9_TO_5, 2.0));
        assertTrue(BusinessHours.exceeds(friday, at("2026-09-21T10:00:01", BERLIN), BERLIN_9_TO_5, 2.0));
    }
}
