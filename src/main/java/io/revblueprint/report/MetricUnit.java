package io.revblueprint.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The kinds of unit metrics.csv carries, each with its display format. */
enum MetricUnit {
    RATE {
        @Override
        String format(double value, String unit) {
            return Figures.percent(value);
        }

        @Override
        String formatChange(double change, String unit) {
            return Figures.signedPoints(change);
        }
    },
    HOURS {
        @Override
        String format(double value, String unit) {
            return Figures.oneDecimal(value) + Figures.NBSP + "h";
        }
    },
    DAYS {
        @Override
        String format(double value, String unit) {
            return Figures.oneDecimal(value) + Figures.NBSP + "days";
        }
    },
    COUNT {
        @Override
        String format(double value, String unit) {
            return Figures.count(Math.round(value));
        }
    },
    P_VALUE {
        @Override
        String format(double value, String unit) {
            return value < 0.001 ? "p < 0.001" : "p = " + String.format(Locale.US, "%.3f", value);
        }

        @Override
        String formatChange(double change, String unit) {
            return "";
        }
    },
    MONEY {
        @Override
        String format(double value, String unit) {
            String[] currencyPerTime = unit.split("/", 2);
            String amount = Figures.money(BigDecimal.valueOf(value), currencyPerTime[0]);
            return currencyPerTime.length == 1 ? amount : amount + " / " + currencyPerTime[1];
        }
    },
    OTHER {
        @Override
        String format(double value, String unit) {
            return unit == null || unit.isBlank() ? Figures.twoDecimals(value) : Figures.twoDecimals(value) + " " + unit;
        }
    };

    private static final Set<String> RATES = Set.of("ratio", "rate", "fraction", "share");
    private static final Set<String> COUNTS = Set.of("count", "leads", "opportunities", "deals");
    private static final Set<String> P_VALUES = Set.of("p", "p_value", "p-value");
    // An ISO currency code, optionally per time unit ("EUR", "EUR/day").
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}(/\\w+)?");

    abstract String format(double value, String unit);

    /** A change between two periods in this unit, signed: "+1.3 h", "−3.2 pts"; empty where a change means nothing. */
    String formatChange(double change, String unit) {
        return Figures.signed(change, format(Math.abs(change), unit));
    }

    static MetricUnit of(String unit) {
        String name = unit == null ? "" : unit.trim();
        String lower = name.toLowerCase(Locale.ROOT);
        if (RATES.contains(lower)) {
            return RATE;
        }
        if (lower.equals("hours") || lower.equals("h")) {
            return HOURS;
        }
        if (lower.equals("days") || lower.equals("d")) {
            return DAYS;
        }
        if (COUNTS.contains(lower)) {
            return COUNT;
        }
        if (P_VALUES.contains(lower)) {
            return P_VALUE;
        }
        return CURRENCY.matcher(name).matches() ? MONEY : OTHER;
    }
}
