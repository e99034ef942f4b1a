package io.revblueprint.report.section;

/**
 * One metric on the benchmark page: the team's figure, its rank among its peers, their median and best quartile,
 * the best peer, the published figure and its source ({@code dated} greys it out), and the sentence that says what
 * it all means and which yardstick judged the metric.
 */
public record BenchmarkRow(String metric, String team, String rank, String peers, String bestPeer, String published,
                           String source, Boolean dated, String sentence) {
}
