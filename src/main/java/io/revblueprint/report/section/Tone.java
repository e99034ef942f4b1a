package io.revblueprint.report.section;

import java.util.Locale;

/** How a status reads at a glance; templates color cells by its key. */
enum Tone {
    GOOD, WARN, BAD, NEUTRAL;

    /** The name templates compare against ("good", "warn", "bad", "neutral"). */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
