package io.revblueprint.report.text;

import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.Phrase;
import io.revblueprint.plan.Quantity;
import io.revblueprint.report.document.RevenueAtStake;
import io.revblueprint.report.document.RunContext;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The one place that turns numbers into the strings a board reader sees ("61.2 %", "€ 1,234,567"). */
public final class Figures {

    public static final String NONE = "—";
    /** Keeps a number with its unit on one line: "61 %", "€ 696K". */
    public static final String NBSP = "\u00A0";

    /** US digits with the typographic minus the changes already use ("−5.4 pts"), not a hyphen ("-20.0 %"). */
    private static final DecimalFormatSymbols SYMBOLS = withTypographicMinus(DecimalFormatSymbols.getInstance(Locale.US));
    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter IN_TEXT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private Figures() {
    }

    /** A fraction 0..1 as a percentage: 0.6123 → "61.2 %". */
    public static String percent(double fraction) {
        return oneDecimal(fraction * 100) + NBSP + "%";
    }

    /** A fraction in a sentence, to the whole percent: 0.6123 → "61 %". */
    public static String wholePercent(double fraction) {
        return format("#,##0", fraction * 100) + NBSP + "%";
    }

    /** The size of a difference between fractions in whole percentage points: 0.14 → "14 pts", 0.01 → "1 pt". */
    public static String points(double fractionDifference) {
        long points = Math.round(Math.abs(fractionDifference) * 100);
        return points + (points == 1 ? " pt" : " pts");
    }

    /** A signed change between fractions in percentage points: 0.032 → "+3.2 pts", -0.015 → "−1.5 pts". */
    public static String signedPoints(double fractionDifference) {
        return signed(fractionDifference * 100, oneDecimal(Math.abs(fractionDifference * 100))) + " pts";
    }

    /** Half the width of an interval in whole points, how far the figure may be off: "±6 pts". */
    public static String plusMinusPoints(double low, double high) {
        return "±" + points((high - low) / 2);
    }

    /** A sign for a change, with a true minus; {@code magnitude} is the formatted absolute value. */
    public static String signed(double change, String magnitude) {
        if (!magnitude.matches(".*[1-9].*")) {
            return magnitude;
        }
        return (change < 0 ? "−" : "+") + magnitude;
    }

    /** A figure's 95 % interval in its unit: "58.0–64.3 %", "3.1–6.0 h"; empty when the figure carries none. */
    public static String interval(MetricValue value) {
        if (value.ciLow() == null || value.ciHigh() == null) {
            return "";
        }
        return rangeInUnit(value.ciLow(), value.ciHigh(), value.unit());
    }

    /** An interval in a sentence, to the whole percent: "30–40 %", "−30 to 43 %". */
    public static String wholePercentInterval(double low, double high) {
        return format("#,##0", low * 100).replace('-', '−') + between(low, high) + wholePercent(high);
    }

    /** A dash between two ends, but "to" after a minus sign: "−30.2–43.2 %" read as a subtraction. */
    private static String between(double low, double high) {
        return low < 0 || high < 0 ? " to " : "–";
    }

    /** A full amount for tables: "€ 1,234,567". */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        return symbol(currency) + NBSP + format("#,##0", amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** A stake in full, "up to € 1,312,345" when it is an upper bound. */
    public static String money(RevenueAtStake stake, String currency) {
        return upTo(stake) + money(stake.amount(), currency);
    }

    /** A headline stake, "up to € 1.3M" when it is an upper bound. */
    public static String compactMoney(RevenueAtStake stake, String currency) {
        return upTo(stake) + compactMoney(stake.amount(), currency);
    }

    private static String upTo(RevenueAtStake stake) {
        return stake.upperBound() && stake.isEstimated() ? "up to " : "";
    }

    /** A headline amount: "€ 1.2M", "€ 85K". */
    public static String compactMoney(BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        BigDecimal magnitude = amount.abs();
        if (magnitude.compareTo(MILLION) >= 0) {
            return symbol(currency) + NBSP + oneDecimal(amount.divide(MILLION).doubleValue()) + "M";
        }
        if (magnitude.compareTo(THOUSAND) >= 0) {
            return symbol(currency) + NBSP + format("#,##0", amount.divide(THOUSAND).setScale(0, RoundingMode.HALF_UP)) + "K";
        }
        return money(amount, currency);
    }

    public static String count(long count) {
        return format("#,##0", count);
    }

    public static String count(Long count) {
        return count == null ? "" : count(count.longValue());
    }

    /** A date in a table cell, "7 Dec 2026" as in the text, kept on one line. */
    public static String date(LocalDate date) {
        return dateInText(date).replace(" ", NBSP);
    }

    /** A date inside a sentence, "25 Dec 2026": an ISO date would break across lines at its hyphens. */
    public static String dateInText(LocalDate date) {
        return date == null ? NONE : date.format(IN_TEXT);
    }

    /** The period as titles and subjects name it: "2026-Q3", or "2026-Q4 (partial, data up to 2 Oct 2026)". */
    public static String period(RunContext run) {
        return period(run.periodLabel(), run.dataUntil());
    }

    /** The same for a period label and its last date with data (null: a full period). */
    public static String period(String label, LocalDate dataUntil) {
        return dataUntil == null ? label : label + " (partial, data up to " + dateInText(dataUntil) + ")";
    }

    /**
     * The days a period covers, in whose time: "1 Jul – 30 Sep 2026, Europe/Berlin time" (no document said what
     * 2026-Q3 meant, nor that its days are the company's, not UTC's).
     */
    public static String periodSpan(Period period) {
        return daysFromTo(period.firstDay(), period.lastDay()) + ", " + period.zone().getId() + " time";
    }

    /** "14 Sept 2026", "1–30 Sept 2026", "1 Jul – 30 Sept 2026", "28 Dec 2026 – 3 Jan 2027": each part said once. */
    private static String daysFromTo(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return dateInText(last);
        }
        if (first.getYear() != last.getYear()) {
            return dateInText(first) + " – " + dateInText(last);
        }
        return (first.getMonth() != last.getMonth() ? DAY_MONTH.format(first) + " – " : first.getDayOfMonth() + "–")
                + dateInText(last);
    }

    public static String asOf(Instant instant) {
        return AS_OF.format(instant);
    }

    /** A metric's value in its unit: "61.2 %", "3.1 h", "€ 12,345". */
    public static String metric(MetricValue metric) {
        return inUnit(metric.value(), metric.unit());
    }

    /** Any number (a target, a benchmark) in the unit of {@code metric}. */
    public static String inUnitOf(MetricValue metric, double number) {
        return inUnit(number, metric.unit());
    }

    /** A number in a unit, as tables show it. */
    public static String inUnit(double value, Unit unit) {
        return switch (unit.kind()) {
            case RATIO -> percent(value);
            case COUNT -> count(Math.round(value));
            case HOURS -> oneDecimal(value) + NBSP + "h";
            case DAYS -> oneDecimal(value) + NBSP + "days";
            case P_VALUE -> value < 0.001 ? "p < 0.001" : "p = " + String.format(Locale.US, "%.3f", value);
            case MONEY -> money(BigDecimal.valueOf(value), unit.currency());
            case MONEY_PER_DAY -> money(BigDecimal.valueOf(value), unit.currency()) + " / day";
            case POINTS -> (value < 0 ? "−" : "") + oneDecimal(Math.abs(value) * 100) + " pts";
            case NUMBER -> twoDecimals(value);
        };
    }

    /** A range in a unit, the unit written once when both ends share it: "30.0–40.0 %", "1.5–3.0 h", "−30.2 to 43.2 %". */
    public static String rangeInUnit(double low, double high, Unit unit) {
        String from = inUnit(low, unit);
        String to = inUnit(high, unit);
        int unitStart = from.lastIndexOf(NBSP);
        boolean sameUnit = unitStart >= 0 && to.endsWith(from.substring(unitStart));
        return (sameUnit ? from.substring(0, unitStart) : from) + between(low, high) + to;
    }

    /** The change from {@code before} to {@code now} in their unit: "+3.2 pts", "−0.4 h"; none for a p-value. */
    public static String change(MetricValue now, MetricValue before) {
        double change = now.value() - before.value();
        return switch (now.unit().kind()) {
            case RATIO -> signedPoints(change);
            case P_VALUE -> "";
            case COUNT, HOURS, DAYS, MONEY, MONEY_PER_DAY, POINTS, NUMBER ->
                    signed(change, inUnit(Math.abs(change), now.unit()));
        };
    }

    /** A phrase of the plan with its numbers printed in their units. */
    public static String phrase(Phrase phrase) {
        String text = phrase.template();
        List<Quantity> values = phrase.values();
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("{" + i + "}", inUnit(values.get(i).value(), values.get(i).unit()));
        }
        return text;
    }

    public static String oneDecimal(double value) {
        return format("#,##0.0", value);
    }

    public static String twoDecimals(double value) {
        return format("#,##0.00", value);
    }

    /** "€" for EUR, "$" for USD; a code Java does not know is shown as it is. */
    public static String symbol(String currency) {
        if (currency == null) {
            return "";
        }
        try {
            return Currency.getInstance(currency).getSymbol(Locale.US);
        } catch (IllegalArgumentException notAnIsoCode) {
            return currency;
        }
    }

    private static DecimalFormatSymbols withTypographicMinus(DecimalFormatSymbols symbols) {
        symbols.setMinusSign('−');
        return symbols;
    }

    private static String format(String pattern, Object number) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(number);
    }
}
