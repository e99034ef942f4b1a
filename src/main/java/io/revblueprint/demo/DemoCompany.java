package io.revblueprint.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The fictional company of the demo and the window its snapshot covers. */
final class DemoCompany {

    static final String NAME = "Northwind Analytics";
    static final String EMAIL_DOMAIN = "northwind.example";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String CURRENCY = "EUR";
    /** Two hours after midnight UTC on 2 October, so the default analysis period is 2026-Q3. */
    static final Instant AS_OF = Instant.parse("2026-10-02T02:00:00Z");
    static final LocalDate FIRST_LEAD_DAY = LocalDate.of(2026, 4, 1);
    static final LocalDate LAST_LEAD_DAY = LocalDate.of(2026, 9, 30);

    private DemoCompany() {
    }
}
