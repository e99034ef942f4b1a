package io.revblueprint.plan;

import java.util.Locale;

/** How the plan prints the numbers of a revenue formula, so the appendix shows exactly what was multiplied. */
final class Printed {

    private Printed() {
    }

    static String percent(double rate) {
        return String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    static String points(double rateDifference) {
        return String.format(Locale.ROOT, "%.1f points", rateDifference * 100);
    }

    static String count(double count) {
        return String.format(Locale.ROOT, "%,.0f", count);
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    static String money(double amount, String currency) {
        return String.format(Locale.ROOT, "%,.0f %s", amount, currency);
    }
}
