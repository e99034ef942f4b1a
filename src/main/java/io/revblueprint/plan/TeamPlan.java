package io.revblueprint.plan;

import io.revblueprint.benchmark.BenchmarkComparison;

import java.util.List;

/**
 * Everything the plan decided for one team in one run: every metric judged, the prioritized fixes (rank order),
 * the progress of the previous run's fixes, and where the team sits against published benchmarks.
 */
public record TeamPlan(String scope, List<Judgement> judgements, List<Fix> fixes, List<FixProgress> progress,
                       List<BenchmarkComparison> benchmarks) {
}
