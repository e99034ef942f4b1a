package io.revblueprint.plan;

import io.revblueprint.metrics.Unit;

/** A number the plan worked with, in its unit; the report prints it (the plan never formats numbers). */
public record Quantity(double value, Unit unit) {

    static Quantity count(double count) {
        return new Quantity(count, Unit.COUNT);
    }

    static Quantity ratio(double fraction) {
        return new Quantity(fraction, Unit.RATIO);
    }

    static Quantity points(double fractionDifference) {
        return new Quantity(fractionDifference, Unit.POINTS);
    }

    /**
     * {@code from − to} in points as a reader works it out from the two rates as printed (to a tenth of a percent):
     * "90.1 % − 89.4 % = 0.6 pts" (exactly 0.65, rounded down) read as an error.
     */
    static Quantity pointsBetween(double from, double to) {
        return points((Math.round(from * 1000) - Math.round(to * 1000)) / 1000.0);
    }

    static Quantity number(double number) {
        return new Quantity(number, Unit.NUMBER);
    }

    static Quantity days(double days) {
        return new Quantity(days, Unit.DAYS);
    }

    static Quantity money(double amount, String currency) {
        return new Quantity(amount, Unit.money(currency));
    }
}
