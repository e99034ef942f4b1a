package io.revblueprint.snapshot;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.WorkCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class TeamsFormatTest {

    private static final TeamsFormat FORMAT = new TeamsFormat();

    private static final TestRow VALID = TestRow.of("team_id", "T1", "name", "Inside Sales", "function", "sales",
            "segment", "enterprise", "timezone", "America/New_York", "workday_start", "08:30", "workday_end", "16:30",
            "workdays", "MON,TUE,WED,THU", "holiday_calendar", "US", "marketing_team_id", "T-MKT");

    private static final TestRow REQUIRED_ONLY = TestRow.of("team_id", "T1", "name", "Inside Sales", "function", "SALES");

    @Test
    void aCompleteRowIsStoredAsWritten() {
        assertThat(assertAccepted(VALID.readBy(FORMAT))).isEqualTo(new TeamRow("T1", "Inside Sales", TeamFunction.SALES,
                Segment.ENTERPRISE, ZoneId.of("America/New_York"), LocalTime.of(8, 30), LocalTime.of(16, 30),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "US", "T-MKT"));
    }

    @Test
    void optionalColumnsLeftEmptyTakeTheirDefaults() {
        assertThat(assertAccepted(REQUIRED_ONLY.readBy(FORMAT))).isEqualTo(new TeamRow("T1", "Inside Sales",
                TeamFunction.SALES, Segment.MID_MARKET, TestRow.CONTEXT.companyZone(), WorkCalendar.DEFAULT_START,
                WorkCalendar.DEFAULT_END, WorkCalendar.MON_FRI, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"team_id", "name", "function"})
    void aRequiredColumnMissingFromTheHeaderFailsTheImport(String column) {
        assertImportFailsWithout(column, VALID, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"team_id", "name", "function"})
    void anEmptyRequiredValueIsQuarantined(String column) {
        assertRejected(VALID.with(column, " ").readBy(FORMAT), column, "missing " + column);
    }

    @ParameterizedTest
    @EnumSource(names = {"SALES", "MARKETING", "REVOPS"})
    void everyListedFunctionIsAccepted(TeamFunction function) {
        assertThat(assertAccepted(VALID.with("function", function.name()).readBy(FORMAT)).function()).isEqualTo(function);
    }

    @ParameterizedTest
    @EnumSource(names = {"SMB", "MID_MARKET", "ENTERPRISE"})
    void everyListedSegmentIsAccepted(Segment segment) {
        assertThat(assertAccepted(VALID.with("segment", segment.name()).readBy(FORMAT)).segment()).isEqualTo(segment);
    }

    @ParameterizedTest
    @CsvSource({"function, SUPPORT", "segment, HUGE"})
    void anUnlistedValueIsQuarantined(String column, String value) {
        assertRejected(VALID.with(column, value).readBy(FORMAT), column, "unknown " + column + " '" + value + "'");
    }

    @Test
    void theTimeZoneIsAnIanaId() {
        assertRejected(VALID.with("timezone", "Mars/Olympus").readBy(FORMAT), "timezone",
                "unknown time zone 'Mars/Olympus' (IANA id expected, e.g. Europe/Berlin)");
    }

    @Test
    void workdayTimesMayOmitTheLeadingZero() {
        assertThat(assertAccepted(VALID.with("workday_start", "9:00").readBy(FORMAT)).workdayStart())
                .isEqualTo(LocalTime.of(9, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"workday_start", "workday_end"})
    void workdayTimesAreHoursAndMinutes(String column) {
        assertRejected(VALID.with(column, "9am").readBy(FORMAT), column, "not a time '9am' (HH:mm expected)");
    }

    @ParameterizedTest
    @CsvSource({"17:00, 09:00", "09:00, 09:00"})
    void theWorkdayEndsAfterItStarts(String start, String end) {
        assertRejected(VALID.with("workday_start", start).with("workday_end", end).readBy(FORMAT), "workday_end",
                "workday_end " + end + " is not after workday_start " + start);
    }

    @Test
    void workdaysAreARangeOrAListOfDays() {
        assertRejected(VALID.with("workdays", "weekdays").readBy(FORMAT), "workdays",
                "unreadable workdays 'weekdays' (e.g. MON-FRI or MON,TUE,WED,THU)");
    }

    @Test
    void aSecondRowWithTheSameIdIsQuarantined() {
        List<ParsedRow<TeamRow>> rows = new InMemoryStore().write(FORMAT, VALID, VALID.with("name", "Field Sales"));

        assertAccepted(rows.get(0));
        assertRejected(rows.get(1), "team_id", "duplicate team_id T1");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("team_id", "").with("workday_start", "9am").readBy(FORMAT), "team_id", "missing team_id");
    }
}
