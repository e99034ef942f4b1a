package io.revblueprint.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a metric row is broken down by: nothing (the overall figure), or a kind and its value, as metrics.csv
 * spells it ({@code source=Webinar}). {@link #parse} reads only the kinds the metrics write.
 */
public record Dimension(Kind kind, String value) {

    public enum Kind {
        OVERALL(""), TIER("tier"), SOURCE("source"), SOURCE_CATEGORY("source_category"), SEGMENT("segment"),
        OWNER("owner"), LOSS_REASON("loss_reason"), CURRENCY("currency"), RESPONSE_SLA("response_sla"),
        AWAITING("awaiting");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name before {@code =} in metrics.csv, e.g. {@code source_category}. */
        public String key() {
            return key;
        }

        /** The name in a sentence, e.g. "source category". */
        public String words() {
            return key.replace('_', ' ');
        }
    }

    public static final Dimension OVERALL = new Dimension(Kind.OVERALL, "");

    /**
     * How long a funnel stage takes to settle: an MQL or SQL younger than this at as_of, neither moved on nor turned
     * down, may still convert (the demo's MQLs take 13 days at the median, 24 at the 90th percentile, to become SQLs).
     */
    public static final int SETTLING_DAYS = 30;

    /** The cases of a funnel rate still young enough to convert (evidence for the planner, never in metrics.csv). */
    public static final Dimension STILL_SETTLING = new Dimension(Kind.AWAITING, "UNDER_" + SETTLING_DAYS + "_DAYS");

    // Enum-like codes (HIGH_INTENT, NO_BUDGET) read better as words; names ("Webinar") and acronyms ("PPC") stay.
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]*_[A-Z0-9_]*|[A-Z0-9]{5,}");

    public Dimension {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if ((kind == Kind.OVERALL) != value.isEmpty()) {
            throw new IllegalArgumentException(kind == Kind.OVERALL ? "the overall figure has no value"
                    : "a " + kind.key() + " breakdown needs a value");
        }
    }

    public static Dimension of(Kind kind, String value) {
        return new Dimension(kind, value);
    }

    public boolean isOverall() {
        return kind == Kind.OVERALL;
    }

    /** Empty for the overall figure, else {@code key=value}. */
    public String csv() {
        return isOverall() ? "" : kind.key() + "=" + value;
    }

    /** The value as a reader says it: source=Webinar → "Webinar", tier=HIGH_INTENT → "High intent". */
    public String valueInWords() {
        if (!CODE.matcher(value).matches()) {
            return value;
        }
        String words = value.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The breakdown in a sentence: "segment Mid market", "source Paid Search"; empty for the overall figure. */
    public String inWords() {
        return isOverall() ? "" : kind.words() + " " + valueInWords();
    }

    /** Reads a dimension as {@link #csv()} writes it; an unknown kind is an error. */
    public static Dimension parse(String csv) {
        if (csv == null || csv.isEmpty()) {
            return OVERALL;
        }
        int equals = csv.indexOf('=');
        String key = equals < 0 ? csv : csv.substring(0, equals);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k != Kind.OVERALL && k.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dimension '" + csv + "'; expected <kind>=<value>"
                        + " with a kind of " + Arrays.toString(Kind.values())));
        return new Dimension(kind, equals < 0 ? "" : csv.substring(equals + 1));
    }

    @Override
    public String toString() {
        return csv();
    }
}
