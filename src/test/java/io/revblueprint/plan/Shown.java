package io.revblueprint.plan;

import java.util.List;
import java.util.Locale;

/** A phrase of the plan with its numbers written plainly, so tests can state what was computed in one line. */
final class Shown {

    private Shown() {
    }

    static String of(Phrase phrase) {
        String text = phrase.template();
        List<Quantity> values = phrase.values();
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("{" + i + "}", of(values.get(i)));
        }
        return text;
    }

    private static String of(Quantity quantity) {
        double value = quantity.value();
        return switch (quantity.unit().kind()) {
            case RATIO -> String.format(Locale.ROOT, "%.1f%%", value * 100);
            case POINTS -> String.format(Locale.ROOT, "%.1f points", value * 100);
            case COUNT -> String.format(Locale.ROOT, "%,.0f", value);
            case NUMBER -> String.format(Locale.ROOT, "%.2f", value);
            case DAYS -> String.format(Locale.ROOT, "%.2f days", value);
            case HOURS -> String.format(Locale.ROOT, "%.2f h", value);
            case MONEY -> String.format(Locale.ROOT, "%,.0f %s", value, quantity.unit().currency());
            case MONEY_PER_DAY, P_VALUE -> throw new IllegalArgumentException("no formula uses " + quantity.unit());
        };
    }
}
