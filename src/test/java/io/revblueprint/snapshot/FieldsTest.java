package io.revblueprint.snapshot;

import io.revblueprint.crm.Segment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {

    @Test
    void readsTimestampsWithOffsetZuluOrInTheCompanyZone() {
        Fields fields = fields(Map.of("a", "2026-09-14T17:02:11+02:00", "b", "2026-09-14T15:02:11Z", "c", "2026-09-14T17:02:11"));

        assertThat(fields.instant("a")).isEqualTo(Instant.parse("2026-09-14T15:02:11Z"));
        assertThat(fields.instant("b")).isEqualTo(Instant.parse("2026-09-14T15:02:11Z"));
        assertThat(fields.instant("c")).as("no offset: company zone, CEST").isEqualTo(Instant.parse("2026-09-14T15:02:11Z"));
    }

    @Test
    void rejectsTimestampsItCannotReadOrAfterAsOf() {
        assertRejected(() -> fields(Map.of("t", "14.09.2026")).instant("t"), "t", "unparseable timestamp '14.09.2026'");
        assertRejected(() -> fields(Map.of("t", "2026-10-01T00:00:01Z")).instant("t"), "t", "later than as_of");
        assertThat(fields(Map.of("t", "2026-10-01T00:00:00Z")).instant("t")).as("exactly as_of is fine").isNotNull();
    }

    @Test
    void readsTheTimestampFormsCrmApisWrite() {
        assertThat(fields(Map.of("t", "2026-09-14T15:02:11.000+0000")).instant("t"))
                .as("fractional seconds, offset without colon").isEqualTo(Instant.parse("2026-09-14T15:02:11Z"));
        assertThat(fields(Map.of("t", "2026-09-14 17:02:11+02:00")).instant("t"))
                .as("a space instead of T").isEqualTo(Instant.parse("2026-09-14T15:02:11Z"));
        assertThat(fields(Map.of("t", "2026-09-14 17:02")).instant("t"))
                .as("no seconds, no offset: company zone").isEqualTo(Instant.parse("2026-09-14T15:02:00Z"));
        assertThat(fields(Map.of("t", "2026-09-14T15:02:11.123456Z")).instant("t"))
                .isEqualTo(Instant.parse("2026-09-14T15:02:11.123456Z"));
    }

    @Test
    void aDateAloneOrOtherFormsAreNotTimestamps() {
        assertRejected(() -> fields(Map.of("t", "2026-09-14")).instant("t"), "t", "unparseable timestamp '2026-09-14'");
        assertRejected(() -> fields(Map.of("t", "2026-09-14  15:02:11Z")).instant("t"), "t",
                "unparseable timestamp '2026-09-14  15:02:11Z'");
        assertRejected(() -> fields(Map.of("t", "2026-09-14T15:02:11+2")).instant("t"), "t",
                "unparseable timestamp '2026-09-14T15:02:11+2'");
    }

    @Test
    void anOffsetLessTimestampMeetsAsOfInTheCompanyZone() {
        assertThat(fields(Map.of("t", "2026-10-01T01:59:59")).instant("t")).as("23:59:59 UTC, before as_of")
                .isEqualTo(Instant.parse("2026-09-30T23:59:59Z"));
    }

    @Test
    void readsBooleansInEveryAllowedSpelling() {
        Fields fields = fields(Map.of("a", "TRUE", "b", "0", "c", "Yes", "d", "no"));

        assertThat(fields.bool("a", false)).isTrue();
        assertThat(fields.bool("b", true)).isFalse();
        assertThat(fields.bool("c", false)).isTrue();
        assertThat(fields.bool("d", true)).isFalse();
        assertThat(fields.bool("missing", true)).isTrue();
        assertRejected(() -> fields(Map.of("x", "maybe")).bool("x", false), "x", "not a boolean 'maybe'");
    }

    @Test
    void amountsArePlainDecimalsWithAPoint() {
        assertThat(fields(Map.of("amount", "12500.50")).decimal("amount")).isEqualByComparingTo(new BigDecimal("12500.50"));
        assertRejected(() -> fields(Map.of("amount", "12,500.00")).decimal("amount"), "amount", "not a decimal '12,500.00'");
        assertRejected(() -> fields(Map.of("amount", "1e5")).decimal("amount"), "amount", "not a decimal '1e5'");
        assertRejected(() -> fields(Map.of("score", "7.5")).integer("score"), "score", "not an integer '7.5'");
    }

    @Test
    void enumsAreCaseInsensitiveWithDefaults() {
        assertThat(fields(Map.of("segment", "enterprise")).enumValue("segment", Segment.class, Segment.DEFAULT))
                .isEqualTo(Segment.ENTERPRISE);
        assertThat(fields(Map.of()).enumValue("segment", Segment.class, Segment.DEFAULT)).isEqualTo(Segment.MID_MARKET);
        assertRejected(() -> fields(Map.of("segment", "HUGE")).enumValue("segment", Segment.class, null),
                "segment", "unknown segment 'HUGE'");
    }

    @Test
    void currenciesAreIso4217UpperCasedDefaultingToTheConfiguredOne() {
        assertThat(fields(Map.of("currency", "usd")).currency("currency")).isEqualTo("USD");
        assertThat(fields(Map.of()).currency("currency")).isEqualTo("EUR");
        assertRejected(() -> fields(Map.of("currency", "EURO")).currency("currency"), "currency", "unknown currency 'EURO'");
    }

    @Test
    void workdaysAcceptRangesListsAndWrapAround() {
        assertThat(Workdays.parse("MON-FRI")).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
        assertThat(Workdays.parse("mon,tue,wed,thu")).containsExactlyInAnyOrder(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        assertThat(Workdays.parse("SUN-THU")).contains(DayOfWeek.SUNDAY, DayOfWeek.THURSDAY).doesNotContain(DayOfWeek.FRIDAY);
        assertThat(Workdays.format(Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY))).isEqualTo("MON,FRI");
        assertRejected(() -> fields(Map.of("workdays", "weekdays")).workdays("workdays", Set.of()), "workdays",
                "unreadable workdays 'weekdays'");
    }

    @Test
    void workdayTimesAreHoursAndMinutes() {
        assertThat(fields(Map.of("t", "09:30")).time("t", null)).hasToString("09:30");
        assertThat(fields(Map.of("t", "9:30")).time("t", null)).hasToString("09:30");
        assertRejected(() -> fields(Map.of("t", "9am")).time("t", null), "t", "not a time '9am'");
        assertRejected(() -> fields(Map.of("t", "25:00")).time("t", null), "t", "not a time '25:00'");
    }

    @Test
    void requiredValuesMustBePresent() {
        assertRejected(() -> fields(Map.of("source", " ")).requiredText("source"), "source", "missing source");
    }

    private static Fields fields(Map<String, String> cells) {
        return new Fields(new CsvRow("test.csv", 2, cells, () -> "", null), TestRow.CONTEXT);
    }

    private static void assertRejected(Runnable read, String column, String reason) {
        assertThatThrownBy(read::run).isInstanceOf(RowRejectedException.class)
                .hasMessageStartingWith(reason)
                .satisfies(e -> assertThat(((RowRejectedException) e).column()).isEqualTo(column));
    }
}
