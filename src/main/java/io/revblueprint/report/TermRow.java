package io.revblueprint.report;

/** A term and what it means, for the appendix's lists (definitions, policy, formulas, quarantine). */
record TermRow(String term, String text) {
}
