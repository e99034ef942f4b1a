package io.revblueprint.report.section;

/** A term and what it means, for the appendix's lists (definitions, policy, formulas, quarantine). */
public record TermRow(String term, String text) {
}
