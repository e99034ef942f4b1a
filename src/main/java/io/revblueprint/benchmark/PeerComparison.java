package io.revblueprint.benchmark;

import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;

import java.util.List;

/**
 * A team's figure among its peers in the same run: the peers (the team included, best first, each with its
 * interval), their median and best quartile, the team's rank (1 = best; tied figures share a rank) and the best
 * team. {@code segment} is the
 * segment the peers share, null when there were too few in it and all sales teams stand in.
 */
public record PeerComparison(String scope, Metric metric, Segment segment, List<Peer> peers, double median,
                             double bestQuartile, int rank) {

    /** One peer team and its figure. */
    public record Peer(String teamId, String teamName, MetricValue value) {
    }

    public PeerComparison {
        peers = List.copyOf(peers);
    }

    public Peer best() {
        return peers.get(0);
    }

    public Peer team() {
        return peers.stream().filter(peer -> peer.teamId().equals(scope)).findFirst().orElseThrow();
    }

    public boolean higherIsBetter() {
        return metric.higherIsBetter();
    }

    /**
     * Whether the peers set a fair line for this figure: they share the team's segment, or the figure is held to one
     * standard for all (response times, conversions). Win rates, deal sizes and cycles differ by segment (an
     * enterprise team wins fewer, larger, slower deals): peers of other segments are context for them, not a line.
     */
    public boolean isLine() {
        return segment != null || metric.group() != Metric.Group.WIN_LOSS;
    }

    /** Whether the team's figure is at least as good as its peers' median. */
    public boolean atOrBetterThanMedian() {
        double actual = team().value().value();
        return higherIsBetter() ? actual >= median : actual <= median;
    }
}
