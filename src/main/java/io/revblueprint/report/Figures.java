package io.revblueprint.report;

import io.revblueprint.metrics.MetricValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** The one place that turns numbers into the strings a board reader sees ("61.2 %", "€ 1,234,567"). */
final class Figures {

    static final String NONE = "—";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.US);
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Figures() {
    }

    /** A fraction 0..1 as a percentage: 0.6123 → "61.2 %". */
    static String percent(double fraction) {
        return oneDecimal(fraction * 100) + " %";
    }

    /** A Wilson interval of fractions: "58.0–64.3 %"; empty when the figure carries none. */
    static String percentInterval(Double low, Double high) {
        if (low == null || high == null) {
            return "";
        }
        return oneDecimal(low * 100) + "–" + oneDecimal(high * 100) + " %";
    }

    /** A full amount for tables: "€ 1,234,567". */
    static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        return symbol(currency) + " " + format("#,##0", amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** A headline amount: "€ 1.2M", "€ 85K". */
    static String compactMoney(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        BigDecimal magnitude = amount.abs();
        if (magnitude.compareTo(MILLION) >= 0) {
            return symbol(currency) + " " + oneDecimal(amount.divide(MILLION).doubleValue()) + "M";
        }
        if (magnitude.compareTo(THOUSAND) >= 0) {
            return symbol(currency) + " " + format("#,##0", amount.divide(THOUSAND).setScale(0, RoundingMode.HALF_UP)) + "K";
        }
        return money(amount, currency);
    }

    static String count(long count) {
        return format("#,##0", count);
    }

    static String count(Long count) {
        return count == null ? "" : count(count.longValue());
    }

    static String date(LocalDate date) {
        return date == null ? NONE : date.toString();
    }

    static String asOf(Instant instant) {
        return AS_OF.format(instant);
    }

    /** A metric's value in its unit; rates (anything with a denominator) as percentages. */
    static String metric(MetricValue metric) {
        if (metric.denominator() != null) {
            return percent(metric.value());
        }
        return MetricUnit.of(metric.unit()).format(metric.value(), metric.unit());
    }

    static String oneDecimal(double value) {
        return format("#,##0.0", value);
    }

    static String twoDecimals(double value) {
        return format("#,##0.00", value);
    }

    /** "€" for EUR, "$" for USD; a code Java does not know is shown as it is. */
    static String symbol(String currency) {
        if (currency == null) {
            return "";
        }
        try {
            return Currency.getInstance(currency).getSymbol(Locale.US);
        } catch (IllegalArgumentException notAnIsoCode) {
            return currency;
        }
    }

    private static String format(String pattern, Object number) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}
