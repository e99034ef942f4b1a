package io.revblueprint.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The UTC and offset shapes read digit by digit gives what the general ISO parser gives, and refuses what it refuses;
 * an instant written digit by digit is what {@link Instant#toString} writes.
 */
class InstantTextTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @CsvSource({
            "2026-07-01T08:00:30Z, 2026-07-01T08:00:30Z",
            "2028-02-29T23:59:59Z, 2028-02-29T23:59:59Z",
            "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
            "2026-07-01 08:00:30Z, 2026-07-01T08:00:30Z",
            "2026-07-01T08:00:30.5Z, 2026-07-01T08:00:30.500Z",
            "2026-07-01T10:00:30+0200, 2026-07-01T08:00:30Z",
            "2026-07-01T10:00:30+02:00, 2026-07-01T08:00:30Z",
            "2026-07-01T10:00:30, 2026-07-01T08:00:30Z",
            "2023-04-05T12:39:49.000+0000, 2023-04-05T12:39:49Z",
            "2026-07-01T08:00:30.123456789Z, 2026-07-01T08:00:30.123456789Z",
            "2026-07-01 10:00:30.25+02:00, 2026-07-01T08:00:30.250Z",
            "2026-07-01T03:30:30.1-0530, 2026-07-01T09:00:30.100Z"})
    void readsEachShapeOfTheContract(String text, String expected) {
        assertThat(InstantText.parse(text, BERLIN)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-07-01T10:00:30+02:00", "2026-07-01T03:30:30-05:30", "2026-12-31T23:59:59+14:00",
            "2026-01-01T00:00:00-12:00", "2026-07-01T08:00:30-00:00", "2026-07-01T08:00:30+18:00",
            "2026-07-01T10:00:30.5+02:00", "2026-07-01T10:00:30.000000001-01:00"})
    void readsAnOffsetAsTheIsoParserDoes(String text) {
        assertThat(InstantText.parse(text, BERLIN)).isEqualTo(OffsetDateTime.parse(text).toInstant());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T08:00:00Z", "2027-02-29T08:00:00Z", "2026-13-01T08:00:00Z",
            "2026-07-01T24:00:00Z", "2026-07-01T08:60:00Z", "2026-07-01T08:00:61Z", "2026-07-0xT08:00:00Z",
            "2026-07-01T08:00:00z", "2026-07-01", "2026-07-01T08:00:00+18:30", "2026-07-01T08:00:00+02:60",
            "2026-07-01T08:00:00*02:00", "2026-07-01T08:00:00+02-00", "2026-02-30T08:00:00+02:00",
            "2026-07-01T08:00:00.1234567890Z", "2026-07-01T08:00:00.12a+0000", "2026-02-30T08:00:00.000+0000",
            "2026-07-01T08:00:00.000+020"})
    void refusesWhatIsNoTimestamp(String text) {
        assertThatThrownBy(() -> InstantText.parse(text, BERLIN)).isInstanceOf(DateTimeParseException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-07-01T08:00:30Z", "2026-07-01T08:00:30.500Z", "2026-07-01T08:00:30.000500Z",
            "2026-07-01T08:00:30.000000001Z", "1969-12-31T23:59:59.999Z", "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z", "2028-02-29T00:00:00Z"})
    void writesAnInstantAsInstantDoes(String text) {
        Instant instant = Instant.parse(text);
        assertThat(InstantText.format(instant)).isEqualTo(instant.toString()).isEqualTo(text);
    }

    @Test
    void writesAnyInstantAsInstantDoes() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-70_000_000_000L, 260_000_000_000L),
                    i % 4 == 0 ? 0 : i % 4 == 1 ? random.nextInt(1000) * 1_000_000 : random.nextInt(1_000_000_000));
            assertThat(InstantText.format(instant)).isEqualTo(instant.toString());
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-07-01, 2026-07-01", "2028-02-29, 2028-02-29", "0000-01-01, 0000-01-01", "2026-02-30, ''",
            "2027-02-29, ''", "2026-13-01, ''", "2026-7-01x, ''", "2026/07/01, ''", "2026-07-1, ''", "+2026-07-01, ''"})
    void readsADateAloneAsTheIsoParserDoes(String text, String expected) {
        assertThat(InstantText.plainDate(text)).isEqualTo(expected.isEmpty() ? null : LocalDate.parse(expected));
    }
}
