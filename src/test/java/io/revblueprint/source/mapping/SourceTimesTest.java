package io.revblueprint.source.mapping;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An export's dates and times, each form the way a large import meets it once per row. */
class SourceTimesTest {

    private final SourceTimes times = new SourceTimes(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
            List.of("M/d/yyyy H:mm"));

    @Test
    void aDateAloneStartsAtMidnightInTheCompanysZoneAndLastsUntilTheNext() {
        assertThat(times.instant("2026-07-01")).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
        assertThat(times.through("2026-07-01")).isEqualTo(Instant.parse("2026-07-01T22:00:00Z"));
    }

    @Test
    void aTimestampIsReadWithItsOffsetOrInTheSourcesZone() {
        assertThat(times.instant("2023-04-05T12:39:49.000+0000")).isEqualTo(Instant.parse("2023-04-05T12:39:49Z"));
        assertThat(times.through("2023-04-05T12:39:49.000+0000")).isEqualTo(Instant.parse("2023-04-05T12:39:49Z"));
        assertThat(times.instant("2026-07-01 08:00:00")).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
    }

    @Test
    void aMappingsPatternIsReadAfterTheIsoForms() {
        assertThat(times.instant("7/1/2026 8:05")).isEqualTo(Instant.parse("2026-07-01T08:05:00Z"));
        assertThat(times.date("7/1/2026 8:05")).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void whatIsNoDateNorTimeIsNull() {
        assertThat(times.instant("soon")).isNull();
        assertThat(times.instant("2026-13-01")).isNull();
        assertThat(times.through("2026-07-01T25:00:00Z")).isNull();
    }
}
