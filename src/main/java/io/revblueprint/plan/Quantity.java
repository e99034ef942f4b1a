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
