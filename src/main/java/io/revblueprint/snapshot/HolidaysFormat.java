package io.revblueprint.snapshot;

import io.revblueprint.crm.Holiday;

import java.sql.SQLException;
import java.util.List;

/** holidays.csv (optional) */
final class HolidaysFormat extends SnapshotFormat<Holiday> {

    HolidaysFormat() {
        super("holidays.csv", false, "crm_holiday", null,
                List.of("holiday_calendar", "date"),
                List.of("name"),
                List.of("holiday_calendar", "holiday_date", "name"));
    }

    @Override
    Holiday parse(Fields fields) {
        return new Holiday(fields.requiredText("holiday_calendar"), fields.requiredDate("date"), fields.text("name"));
    }

    @Override
    void bind(RowValues values, Holiday holiday) throws SQLException {
        values.text(holiday.calendarId()).date(holiday.date()).text(holiday.name());
    }

    @Override
    String id(Holiday holiday) {
        return null;
    }
}
