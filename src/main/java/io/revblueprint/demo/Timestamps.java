package io.revblueprint.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The one place that writes (and reads back) snapshot timestamps, in the three forms a CRM export shows. */
final class Timestamps {

    /** UTC with {@code Z}, local time with the offset, or local company time without any offset. */
    enum Style { UTC, OFFSET, COMPANY_LOCAL }

    private Timestamps() {
    }

    /** {@code zone} is the zone whose offset the OFFSET style shows. */
    static String format(Instant instant, Style style, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        return switch (style) {
            case UTC -> DateTimeFormatter.ISO_INSTANT.format(instant);
            case OFFSET -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
            case COMPANY_LOCAL -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                    LocalDateTime.ofInstant(instant, DemoCompany.ZONE));
        };
    }

    static String utc(Instant instant) {
        return format(instant, Style.UTC, DemoCompany.ZONE);
    }

    /** Reads any of the three forms; one without offset is company time, as the contract says. */
    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(DemoCompany.ZONE).toInstant();
        }
    }
}
