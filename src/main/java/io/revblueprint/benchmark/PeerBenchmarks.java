package io.revblueprint.benchmark;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The internal benchmark: each team's overall figures against the company's other sales teams in the same run, on
 * the same data definitions. Peers are the teams of the team's segment whose figure rests on at least
 * {@code minimumCases} cases, when there are at least {@value #MINIMUM_PEERS} of them; else every such sales team.
 * Peers whose figures are all the same are no comparison.
 * The median and the best quartile are the spreadsheet's (linear interpolation between ranks, Excel's
 * PERCENTILE.INC), so RevOps can check them by hand.
 */
public final class PeerBenchmarks {

    static final int MINIMUM_PEERS = 3;

    /** Figures a team can be ranked on: rates, hours and days (money depends on currency, counts on size). */
    private static final Set<Unit.Kind> COMPARABLE = Set.of(Unit.Kind.RATIO, Unit.Kind.HOURS, Unit.Kind.DAYS);

    private final Map<String, Team> teams;
    private final Map<Metric, List<PeerComparison.Peer>> eligible;

    private PeerBenchmarks(Map<String, Team> teams, Map<Metric, List<PeerComparison.Peer>> eligible) {
        this.teams = teams;
        this.eligible = eligible;
    }

    /** The sales teams' overall figures of a run, ready to compare; rows of other scopes are ignored. */
    public static PeerBenchmarks of(List<Team> teams, List<MetricValue> metrics, int minimumCases) {
        Map<String, Team> sales = teams.stream()
                .filter(team -> team.function() == TeamFunction.SALES && !team.teamId().equals(Team.UNASSIGNED))
                .collect(Collectors.toMap(Team::teamId, Function.identity()));
        Map<Metric, List<PeerComparison.Peer>> eligible = metrics.stream()
                .filter(value -> value.isOverall() && sales.containsKey(value.scope()))
                .filter(value -> COMPARABLE.contains(value.metric().unit()))
                .filter(value -> !value.restsOnFewerThan(minimumCases))
                .collect(Collectors.groupingBy(MetricValue::metric, () -> new EnumMap<>(Metric.class),
                        Collectors.mapping(value -> new PeerComparison.Peer(value.scope(),
                                sales.get(value.scope()).name(), value), Collectors.toList())));
        return new PeerBenchmarks(sales, eligible);
    }

    /** The team's comparisons, one per metric it can be ranked on among at least three peers. */
    public List<PeerComparison> forTeam(String teamId) {
        List<PeerComparison> comparisons = new ArrayList<>();
        eligible.keySet().forEach(metric -> compare(teamId, metric).ifPresent(comparisons::add));
        return comparisons;
    }

    /** The team's figure among its peers, when the team has an eligible figure and there are enough peers. */
    public Optional<PeerComparison> compare(String teamId, Metric metric) {
        List<PeerComparison.Peer> all = eligible.getOrDefault(metric, List.of());
        Team team = teams.get(teamId);
        if (team == null || all.stream().noneMatch(peer -> peer.teamId().equals(teamId))) {
            return Optional.empty();
        }
        List<PeerComparison.Peer> sameSegment = all.stream()
                .filter(peer -> teams.get(peer.teamId()).segment() == team.segment()).toList();
        boolean bySegment = sameSegment.size() >= MINIMUM_PEERS;
        List<PeerComparison.Peer> peers = bySegment ? sameSegment : all;
        if (peers.size() < MINIMUM_PEERS || allAlike(peers)) {
            return Optional.empty();
        }
        return Optional.of(comparison(teamId, metric, bySegment ? team.segment() : null, peers));
    }

    /**
     * Peers that all show the same figure set no line: every team would be "best" and "on target", even at 0 % CRM
     * completeness when no team records the fields.
     */
    private static boolean allAlike(List<PeerComparison.Peer> peers) {
        return peers.stream().mapToDouble(peer -> peer.value().value()).distinct().count() == 1;
    }

    private static PeerComparison comparison(String teamId, Metric metric, Segment segment,
                                             List<PeerComparison.Peer> peers) {
        Comparator<PeerComparison.Peer> bestFirst = Comparator.comparingDouble(peer -> peer.value().value());
        List<PeerComparison.Peer> ranked = peers.stream()
                .sorted((metric.higherIsBetter() ? bestFirst.reversed() : bestFirst)
                        .thenComparing(PeerComparison.Peer::teamName))
                .toList();
        double[] values = peers.stream().mapToDouble(peer -> peer.value().value()).toArray();
        double own = peers.stream().filter(peer -> peer.teamId().equals(teamId)).findFirst().orElseThrow()
                .value().value();
        int rank = 1 + (int) peers.stream().filter(peer -> metric.higherIsBetter()
                ? peer.value().value() > own : peer.value().value() < own).count();
        return new PeerComparison(teamId, metric, segment, ranked, percentile(values, 50),
                percentile(values, metric.higherIsBetter() ? 75 : 25), rank);
    }

    /** Excel's PERCENTILE.INC: linear between the ranks of the sorted values. */
    static double percentile(double[] values, double percent) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7).evaluate(values, percent);
    }
}
