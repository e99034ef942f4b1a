package io.revblueprint.plan;

import java.util.List;

/**
 * Words with numbers in them, kept apart so the report prints the numbers in its one format:
 * {@code "{0} of {1} MQLs answered within the SLA"} with a ratio and a count.
 */
public record Phrase(String template, List<Quantity> values) {

    public Phrase {
        values = List.copyOf(values);
    }

    static Phrase of(String template, Quantity... values) {
        return new Phrase(template, List.of(values));
    }

}
