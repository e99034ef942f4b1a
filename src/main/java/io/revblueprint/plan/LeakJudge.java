package io.revblueprint.plan;

import io.revblueprint.benchmark.Benchmark;
import io.revblueprint.benchmark.BenchmarkAge;
import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.RateEstimate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges a team's metrics with the 95 % interval (blueprint.md, "From metrics to fixes") against a yardstick: the
 * team's target where one is set; else the best quartile of its peers in the same run (for win/loss figures only
 * peers of its own segment), or their median for a figure at or better than it, which is no leak; else its segment's
 * published
 * benchmark median, unless that figure is dated (context only). Overall figures are judged, and the win-rate
 * breakdowns by source and segment ("low win rate for a source or segment"); a segment breakdown is held to that
 * segment's published figure first.
 */
public final class LeakJudge {

    // Per-owner win rates are a coaching matter, not a leak the playbook answers.
    /** Below this chi-square p-value win rates are taken to differ by source (the usual 5 % level). */
    static final double SOURCES_DIFFER_BELOW = 0.05;

    private static final Set<Dimension.Kind> JUDGED_WIN_RATE_BREAKDOWNS = Set.of(Dimension.Kind.SOURCE,
            Dimension.Kind.SOURCE_CATEGORY, Dimension.Kind.SEGMENT);

    private final Map<Metric, Target> targets;
    private final Map<Metric, PeerComparison> peers;
    private final BenchmarkTable benchmarks;
    private final BenchmarkAge age;
    private final Segment segment;
    private final int minimumCases;

    public LeakJudge(Map<Metric, Target> targets, List<PeerComparison> peers, BenchmarkTable benchmarks,
                     BenchmarkAge age, Segment segment, int minimumCases) {
        this.targets = targets;
        this.peers = peers.stream().collect(Collectors.toMap(PeerComparison::metric, Function.identity()));
        this.benchmarks = benchmarks;
        this.age = age;
        this.segment = segment;
        this.minimumCases = minimumCases;
    }

    /**
     * Every judged row of the team's metrics, in their order, with the caveats of the data's shape. A win rate by
     * source, category or segment is a leak only when its whole interval misses, or — for sources — when the
     * chi-square says the sources differ; otherwise it is no finding and not judged.
     */
    public List<Judgement> judge(List<MetricValue> metrics, Map<Metric, Phrase> caveats) {
        return judge(metrics, caveats, Map.of());
    }

    /**
     * As {@link #judge(List, Map)}; {@code pending}: the cases of a rate still settling that may yet convert (its
     * young cohort), whose miss is at most possible while converting them would bring it to its line.
     */
    public List<Judgement> judge(List<MetricValue> metrics, Map<Metric, Phrase> caveats, Map<Metric, Long> pending) {
        boolean sourcesDiffer = metrics.stream().anyMatch(value -> value.is(Metric.WIN_RATE_SOURCE_CHI2_P,
                Dimension.OVERALL) && value.value() < SOURCES_DIFFER_BELOW);
        return metrics.stream()
                .filter(LeakJudge::isJudged)
                .flatMap(value -> threshold(value)
                        .map(threshold -> new Judgement(value, threshold, verdict(value, threshold, pending),
                                caveats.get(value.metric())))
                        .stream())
                .filter(judgement -> judgement.value().isOverall() || isBreakdownLeak(judgement, sourcesDiffer))
                .toList();
    }

    private Verdict verdict(MetricValue value, Threshold threshold, Map<Metric, Long> pending) {
        Verdict verdict = verdict(value, threshold, minimumCases);
        Long young = value.isOverall() ? pending.get(value.metric()) : null;
        return verdict == Verdict.CONFIRMED_LEAK && young != null && StillSettling.couldStillReach(value, threshold, young)
                ? Verdict.POSSIBLE_LEAK : verdict;
    }

    private static boolean isBreakdownLeak(Judgement judgement, boolean sourcesDiffer) {
        return judgement.verdict() == Verdict.CONFIRMED_LEAK || judgement.verdict() == Verdict.POSSIBLE_LEAK
                && sourcesDiffer && judgement.value().dimension().kind() == Dimension.Kind.SOURCE;
    }

    /**
     * The team's target for the metric; else, for a segment breakdown, that segment's current published figure;
     * else the peers' line; else the current published figure of the team's segment.
     */
    private Optional<Threshold> threshold(MetricValue value) {
        Target target = targets.get(value.metric());
        if (target != null) {
            return Optional.of(new Threshold(target.value(), target.higherIsBetter(), Threshold.Kind.TARGET, "target"));
        }
        Optional<Threshold> published = benchmark(value).filter(benchmark -> !age.isDated(benchmark))
                .map(benchmark -> new Threshold(benchmark.median(), value.metric().higherIsBetter(),
                        Threshold.Kind.BENCHMARK_MEDIAN, benchmark.citation()));
        if (value.dimension().kind() == Dimension.Kind.SEGMENT && published.isPresent()) {
            return published;
        }
        PeerComparison peer = peers.get(value.metric());
        if (peer != null && peer.isLine()) {
            return Optional.of(peerLine(value, peer));
        }
        return published;
    }

    /**
     * The peers' best quartile, the line their good teams reach; but a figure between it and their median is held to
     * the median, which it meets (a leak "sits below the benchmark median"): Maven's Central, best of three teams at
     * twice the published win rate, had a "possible leak" worth $ 149K.
     */
    private static Threshold peerLine(MetricValue value, PeerComparison peer) {
        String peers = peer.peers().size() + " " + (peer.segment() == null ? "sales" : segmentWords(peer.segment()))
                + " teams";
        boolean higherIsBetter = value.metric().higherIsBetter();
        Threshold bestQuartile = new Threshold(peer.bestQuartile(), higherIsBetter, Threshold.Kind.PEER_BEST_QUARTILE,
                "best quartile of " + peers);
        Threshold median = new Threshold(peer.median(), higherIsBetter, Threshold.Kind.PEER_MEDIAN, "median of " + peers);
        return bestQuartile.isMissedBy(value.value()) && !median.isMissedBy(value.value()) ? median : bestQuartile;
    }

    private static String segmentWords(Segment segment) {
        return switch (segment) {
            case SMB -> "SMB";
            case MID_MARKET -> "mid-market";
            case ENTERPRISE -> "enterprise";
        };
    }

    /** The published median for the row's metric in its segment, if there is one. */
    public Optional<Double> benchmarkMedian(MetricValue value) {
        return benchmark(value).map(Benchmark::median);
    }

    private Optional<Benchmark> benchmark(MetricValue value) {
        return benchmarks.find(value.metric(), segmentOf(value));
    }

    /**
     * Too few cases: insufficient data. A miss whose whole interval lies on the wrong side: confirmed. Any other
     * miss is possible — its interval reaches the line, or it has none (a percentile of too few values). A target
     * of 100 % (or 0 % when lower is better) is met when the rate's interval reaches it: one deal unattributed in
     * 129 is no leak.
     */
    public static Verdict verdict(MetricValue value, Threshold threshold, int minimumCases) {
        if (value.restsOnFewerThan(minimumCases)) {
            return Verdict.INSUFFICIENT_DATA;
        }
        if (!threshold.isMissedBy(value.value()) || reachesBoundaryTarget(value, threshold)) {
            return Verdict.ON_TARGET;
        }
        if (value.ciLow() == null || value.ciHigh() == null) {
            return Verdict.POSSIBLE_LEAK;
        }
        boolean wholeIntervalMisses = threshold.higherIsBetter()
                ? value.ciHigh() < threshold.level()
                : value.ciLow() > threshold.level();
        return wholeIntervalMisses ? Verdict.CONFIRMED_LEAK : Verdict.POSSIBLE_LEAK;
    }

    private static boolean reachesBoundaryTarget(MetricValue value, Threshold threshold) {
        if (!value.metric().isRate() || value.numerator() == null || value.denominator() == null) {
            return false;
        }
        long trials = value.denominator();
        if (threshold.higherIsBetter() && threshold.level() == 1.0) {
            return RateEstimate.reachesAll(value.numerator(), trials);
        }
        return !threshold.higherIsBetter() && threshold.level() == 0.0
                && RateEstimate.reachesAll(trials - value.numerator(), trials);
    }

    private static boolean isJudged(MetricValue value) {
        return value.isOverall() || (value.metric() == Metric.WIN_RATE
                && JUDGED_WIN_RATE_BREAKDOWNS.contains(value.dimension().kind()));
    }

    /** A segment breakdown is held to its own segment's benchmark; every other row to the team's segment. */
    private Segment segmentOf(MetricValue value) {
        Dimension dimension = value.dimension();
        return dimension.kind() == Dimension.Kind.SEGMENT ? Segment.valueOf(dimension.value()) : segment;
    }
}
