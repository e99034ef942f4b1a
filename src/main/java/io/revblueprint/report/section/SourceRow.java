package io.revblueprint.report.section;

/** One lead source across the funnel: its MQLs, how many became SQLs, and how its closed deals went. */
public record SourceRow(String source, String mqls, String sqlRate, String sqlInterval, String winRate, String winInterval,
                 String closed) {
}
