package io.revblueprint.plan;

import io.revblueprint.benchmark.BenchmarkComparison;
import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.metrics.Metric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything the plan decided for one team in one run: every metric judged, the prioritized fixes (rank order),
 * the progress of the previous run's fixes, where the team sits among its peers in the run and against published
 * benchmarks, the caveats its data's shape casts on the metrics it touches, and the won revenue a year it books
 * (null when not measured), which the stakes are a share of.
 */
public record TeamPlan(String scope, List<Judgement> judgements, List<Fix> fixes, List<FixProgress> progress,
                       List<PeerComparison> peers, List<BenchmarkComparison> benchmarks, Map<Metric, Phrase> caveats,
                       BigDecimal annualBookings) {

    public TeamPlan {
        peers = peers == null ? List.of() : List.copyOf(peers);
        caveats = caveats == null ? Map.of() : Map.copyOf(caveats);
    }

    /** Whether any figure was held to its line on enough cases: without one, no fix is no all-clear. */
    public boolean judgedAnyFigure() {
        return judgements.stream().anyMatch(judgement -> judgement.verdict() != Verdict.INSUFFICIENT_DATA);
    }
}
