package io.revblueprint.metrics;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of a figure: a fraction, a count, business hours, days, a p-value, or money in a currency (also per day,
 * as pipeline velocity is); and for the numbers a formula works with, percentage points (a difference of two
 * fractions) and plain numbers. {@link #csv()} is how metrics.csv spells it; {@link #parse} reads only that back.
 */
public record Unit(Kind kind, String currency) {

    public enum Kind { RATIO, COUNT, HOURS, DAYS, P_VALUE, MONEY, MONEY_PER_DAY, POINTS, NUMBER }

    public static final Unit RATIO = new Unit(Kind.RATIO, null);
    public static final Unit COUNT = new Unit(Kind.COUNT, null);
    public static final Unit HOURS = new Unit(Kind.HOURS, null);
    public static final Unit DAYS = new Unit(Kind.DAYS, null);
    public static final Unit P_VALUE = new Unit(Kind.P_VALUE, null);
    public static final Unit POINTS = new Unit(Kind.POINTS, null);
    public static final Unit NUMBER = new Unit(Kind.NUMBER, null);

    private static final Pattern MONEY = Pattern.compile("([A-Z]{3})(/day)?");

    public Unit {
        Objects.requireNonNull(kind, "kind");
        boolean money = kind == Kind.MONEY || kind == Kind.MONEY_PER_DAY;
        if (money != (currency != null && currency.matches("[A-Z]{3}"))) {
            throw new IllegalArgumentException(kind + " needs " + (money ? "an ISO 4217 currency code" : "no currency")
                    + ", got " + currency);
        }
    }

    /** The unit of a kind that needs no currency. */
    public static Unit of(Kind kind) {
        return new Unit(kind, null);
    }

    /** The unit of a kind, in {@code currency} when the kind is money. */
    public static Unit of(Kind kind, String currency) {
        return kind == Kind.MONEY || kind == Kind.MONEY_PER_DAY ? new Unit(kind, currency) : of(kind);
    }

    public static Unit money(String currency) {
        return new Unit(Kind.MONEY, currency);
    }

    public static Unit moneyPerDay(String currency) {
        return new Unit(Kind.MONEY_PER_DAY, currency);
    }

    /** {@code ratio}, {@code count}, {@code hours}, {@code days}, {@code p-value}, {@code EUR}, {@code EUR/day}. */
    public String csv() {
        return switch (kind) {
            case RATIO -> "ratio";
            case COUNT -> "count";
            case HOURS -> "hours";
            case DAYS -> "days";
            case P_VALUE -> "p-value";
            case MONEY -> currency;
            case MONEY_PER_DAY -> currency + "/day";
            case POINTS -> "points";
            case NUMBER -> "number";
        };
    }

    /** Reads a unit as {@link #csv()} writes it; anything else is an error. */
    public static Unit parse(String csv) {
        for (Unit plain : new Unit[] {RATIO, COUNT, HOURS, DAYS, P_VALUE, POINTS, NUMBER}) {
            if (plain.csv().equals(csv)) {
                return plain;
            }
        }
        Matcher money = MONEY.matcher(csv == null ? "" : csv);
        if (!money.matches()) {
            throw new IllegalArgumentException("unknown unit '" + csv + "'; expected ratio, count, hours, days, p-value,"
                    + " points, number, a currency code or <code>/day");
        }
        return money.group(2) == null ? money(money.group(1)) : moneyPerDay(money.group(1));
    }

    @Override
    public String toString() {
        return csv();
    }
}
