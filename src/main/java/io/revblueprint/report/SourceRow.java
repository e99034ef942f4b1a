package io.revblueprint.report;

/** One lead source across the funnel: its MQLs, how many became SQLs, and how its closed deals went. */
record SourceRow(String source, String mqls, String sqlRate, String sqlInterval, String winRate, String winInterval,
                 String closed) {
}
