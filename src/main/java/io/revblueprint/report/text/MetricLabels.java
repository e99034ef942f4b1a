package io.revblueprint.report.text;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.MetricValue;

import java.util.Locale;
import java.util.regex.Pattern;

/** Reader-facing names of metric rows: the catalogue's label, and the breakdown in words. */
public final class MetricLabels {

    // Enum-like codes (HIGH_INTENT, NO_BUDGET) read better as words; names ("Webinar") and acronyms ("PPC") stay.
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]*_[A-Z0-9_]*|[A-Z0-9]{5,}");

    private MetricLabels() {
    }

    /** "Win rate · source: Webinar" for win_rate by source=Webinar; the bare label for the overall figure. */
    public static String label(MetricValue value) {
        Dimension dimension = value.dimension();
        return dimension.isOverall() ? value.metric().label()
                : value.metric().label() + " · " + dimension.kind().words() + ": " + dimensionValue(dimension);
    }

    /** The value of a breakdown as a reader says it: source=Webinar → "Webinar", tier=HIGH_INTENT → "High intent". */
    public static String dimensionValue(Dimension dimension) {
        String value = dimension.value();
        if (!CODE.matcher(value).matches()) {
            return value;
        }
        String words = value.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
