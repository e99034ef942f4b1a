package io.revblueprint.snapshot;

import io.revblueprint.crm.Holiday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static io.revblueprint.snapshot.QuarantineAssertions.assertAccepted;
import static io.revblueprint.snapshot.QuarantineAssertions.assertImportFailsWithout;
import static io.revblueprint.snapshot.QuarantineAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

class HolidaysFormatTest {

    private static final HolidaysFormat FORMAT = new HolidaysFormat();

    private static final TestRow VALID = TestRow.of("holiday_calendar", "DE", "date", "2026-12-25", "name", "Christmas Day");

    @Test
    void aCompleteRowIsStoredAsWritten() {
        assertThat(assertAccepted(VALID.readBy(FORMAT)))
                .isEqualTo(new Holiday("DE", LocalDate.of(2026, 12, 25), "Christmas Day"));
    }

    @Test
    void theNameIsOptional() {
        assertThat(assertAccepted(VALID.with("name", "").readBy(FORMAT)).name()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"holiday_calendar", "date"})
    void aRequiredColumnMissingFromTheHeaderFailsTheImport(String column) {
        assertImportFailsWithout(column, VALID, FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"holiday_calendar", "date"})
    void anEmptyRequiredValueIsQuarantined(String column) {
        assertRejected(VALID.with(column, "").readBy(FORMAT), column, "missing " + column);
    }

    @ParameterizedTest
    @ValueSource(strings = {"25.12.2026", "2026-12-25T00:00:00Z"})
    void theDateIsYearMonthDay(String date) {
        assertRejected(VALID.with("date", date).readBy(FORMAT), "date",
                "unparseable date '" + date + "' (YYYY-MM-DD expected)");
    }

    @Test
    void theFirstBrokenRuleInColumnOrderIsReported() {
        assertRejected(VALID.with("holiday_calendar", "").with("date", "25.12.2026").readBy(FORMAT), "holiday_calendar",
                "missing holiday_calendar");
    }
}
