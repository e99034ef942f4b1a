package io.revblueprint.report.section;

import io.revblueprint.benchmark.Benchmark;
import io.revblueprint.benchmark.BenchmarkComparison;
import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.crm.Segment;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.Judgement;
import io.revblueprint.plan.Phrase;
import io.revblueprint.plan.Threshold;
import io.revblueprint.report.chart.BenchmarkChart;
import io.revblueprint.report.document.BenchmarkRules;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.Prose;
import io.revblueprint.report.text.SmallSample;
import net.sf.jasperreports.engine.JRDataSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The benchmark section: the team among its peers in the same run (median, best quartile, rank, the best team)
 * beside the published figure of its segment with publisher, year and trust, dated figures marked as context only;
 * one sentence per metric says where the team stands and which yardstick judged it.
 */
public record BenchmarkSection(String finding, BenchmarkChart chart, JRDataSource moreChart, JRDataSource rows,
                               String note)
        implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("Benchmarks", "templates/sections/benchmarks.jrxml",
            SectionTemplate.Table.BENCHMARKS, SectionTemplate.Table.CHART_STRIPS);

    /** The chart keeps to the figures a reader looks at first; the table has every metric. */
    private static final List<Metric> CHARTED = Metric.shownIn(Metric.Panel.HEAT_MAP);

    static BenchmarkSection of(TeamBlueprint blueprint) {
        List<Yardsticks> metrics = yardsticks(blueprint);
        BenchmarkRules rules = blueprint.run().benchmarkRules();
        boolean names = rules.namePeerTeams();
        List<BenchmarkChart> strips = BenchmarkChart.strips(metrics.stream()
                .filter(each -> CHARTED.contains(each.metric()) || each.published().isPresent())
                .map(Yardsticks::chartRow).toList());
        return new BenchmarkSection(
                finding(blueprint, metrics),
                strips.isEmpty() ? null : strips.get(0),
                new RecordDataSource(strips.stream().skip(1).map(ChartStrip::new).toList()),
                new RecordDataSource(metrics.stream().map(each -> each.row(names)).toList()),
                metrics.isEmpty() ? "" : "Peers are the company's teams of the same segment in this run, on the same definitions (all sales "
                        + "teams when fewer than three of the segment have enough cases, and then no line for win rates, deal sizes and"
                        + " sales cycles, which differ by segment); a team is ranked among them "
                        + "only on figures of at least " + rules.minimumCases() + " cases. Published "
                        + "figures are context: one more than " + rules.maxAgeYears() + " years "
                        + "old, or undated, is marked dated and never judges a leak; the team's segment is "
                        + segment(blueprint.team().segment()) + dealsOfAnotherSegment(blueprint) + ".");
    }

    /**
     * ", though most of its closed deals are enterprise (434 of 536): …": Maven's teams took the default
     * mid-market, which chose their peers and published figures, while most of their deals were enterprise.
     */
    static String dealsOfAnotherSegment(TeamBlueprint blueprint) {
        List<MetricValue> bySegment = blueprint.metrics().breakdown(Metric.WIN_RATE, Dimension.Kind.SEGMENT);
        long closed = bySegment.stream().mapToLong(MetricValue::denominator).sum();
        return bySegment.stream().max(Comparator.comparingLong(MetricValue::denominator))
                .filter(most -> 2 * most.denominator() > closed)
                .filter(most -> blueprint.team().segment() == null
                        || !most.dimension().value().equals(blueprint.team().segment().name()))
                .map(most -> ", though most of its closed deals are " + segment(Segment.valueOf(most.dimension()
                        .value())) + " (" + Figures.count(most.denominator()) + " of " + Figures.count(closed)
                        + "): if that is its market, give the team that segment (teams.csv, or the mapping file)")
                .orElse("");
    }

    /** Every metric with peers or a published figure, in the catalogue's order. */
    private static List<Yardsticks> yardsticks(TeamBlueprint blueprint) {
        TreeSet<Metric> metrics = new TreeSet<>();
        blueprint.plan().peers().forEach(peer -> metrics.add(peer.metric()));
        blueprint.plan().benchmarks().forEach(comparison -> metrics.add(comparison.metric()));
        List<Yardsticks> rows = new ArrayList<>();
        for (Metric metric : metrics) {
            rows.add(new Yardsticks(metric,
                    blueprint.plan().peers().stream().filter(peer -> peer.metric() == metric).findFirst(),
                    blueprint.plan().benchmarks().stream().filter(each -> each.metric() == metric).findFirst(),
                    blueprint.plan().judgements().stream()
                            .filter(judgement -> judgement.value().is(metric, Dimension.OVERALL))
                            .findFirst(),
                    Optional.ofNullable(blueprint.plan().caveats().get(metric)),
                    blueprint.metrics().overall(metric)));
        }
        return rows;
    }

    /**
     * "Among its peers, Berlin Mid-Market is best on 9 of 15 figures and below their median on win rate and median
     * sales cycle; 4 published figures give context, all of them dated."
     */
    static String finding(TeamBlueprint blueprint, List<Yardsticks> metrics) {
        if (metrics.isEmpty()) {
            return "No peer team and no published benchmark covers the metrics of " + blueprint.teamName()
                    + ", so this period has no outside comparison.";
        }
        List<PeerComparison> compared = metrics.stream().flatMap(each -> each.peers().stream()).toList();
        // A mid-market team "behind their median on win rate" among SMB and enterprise teams says nothing.
        List<PeerComparison> ranked = compared.stream().filter(PeerComparison::isLine).toList();
        List<String> contextOnly = compared.stream().filter(peer -> !peer.isLine())
                .map(peer -> Prose.lowerFirst(peer.metric().label())).toList();
        List<String> behind = ranked.stream().filter(peer -> !peer.atOrBetterThanMedian())
                .map(peer -> Prose.lowerFirst(peer.metric().label())).toList();
        long best = ranked.stream().filter(peer -> peer.rank() == 1).count();
        List<String> standing = new ArrayList<>();
        if (best > 0) {
            standing.add("best on " + best + " of " + Prose.count(ranked.size(), "figure", "figures"));
        }
        standing.add(behind.isEmpty() ? "at or better than their median on " + (ranked.size() == 1 ? "its one figure"
                : "all " + ranked.size())
                : "behind their median on " + Prose.list(behind.stream().limit(3).toList())
                + (behind.size() > 3 ? " and " + (behind.size() - 3) + " more" : ""));
        // "At or above their median on all" beside leaks: the line is the best quartile, which the reader must hear.
        List<String> shortOfBest = !behind.isEmpty() ? List.of() : metrics.stream()
                .filter(Yardsticks::leakAgainstPeers).map(each -> Prose.lowerFirst(each.metric().label())).toList();
        String peers = ranked.isEmpty() && !contextOnly.isEmpty() ? "No figure of " + blueprint.teamName()
                + " is ranked: its peers in this run are teams of other segments, context only for "
                + Prose.list(contextOnly)
                : ranked.isEmpty() ? "No metric of " + blueprint.teamName() + " has enough peer teams to rank it"
                : among(ranked) + blueprint.teamName() + " is " + String.join(" and ", standing)
                + (shortOfBest.isEmpty() ? "" : ", but short of their best quartile, the line it is judged by, on "
                + Prose.list(shortOfBest))
                // "9 of 14" beside a table of 18 ranked rows: the other 4 are said to be context.
                + (contextOnly.isEmpty() ? "" : "; " + Prose.count(contextOnly.size(),
                "figure compared with teams of other segments is", "figures compared with teams of other segments are")
                + " context only");
        long published = metrics.stream().filter(each -> each.published().isPresent()).count();
        long dated = metrics.stream().filter(each -> each.published().map(BenchmarkComparison::dated).orElse(false))
                .count();
        String context = published == 0 ? "" : "; " + Prose.count(published, "published figure gives",
                "published figures give") + " context" + (dated == 0 ? "" : dated == published
                ? (published == 1 ? ", dated" : ", all of them dated") : ", " + dated + " of them dated");
        return peers + context + ".";
    }

    static String segment(Segment segment) {
        if (segment == null) {
            return "not set";
        }
        return switch (segment) {
            case SMB -> "SMB";
            case MID_MARKET -> "mid-market";
            case ENTERPRISE -> "enterprise";
        };
    }

    /** "Among its peers, ", or, when none shares its segment, who they are: New York was the only enterprise team. */
    private static String among(List<PeerComparison> ranked) {
        int teams = ranked.stream().mapToInt(peer -> peer.peers().size()).max().orElse(0);
        return ranked.stream().allMatch(peer -> peer.segment() == null)
                ? "Among all " + teams + " sales teams (too few share its segment), " : "Among its peers, ";
    }

    /**
     * What one metric is held against: the peers, the published figure, and the judgement they led to; and what in
     * the team's data casts doubt on its figure.
     */
    record Yardsticks(Metric metric, Optional<PeerComparison> peers, Optional<BenchmarkComparison> published,
                      Optional<Judgement> judgement, Optional<Phrase> caveat, Optional<MetricValue> figure) {

        /** "3rd of 4", "best of 4", "tied 2nd of 5"... rank 1 is "best". */
        static String rankWords(PeerComparison peers) {
            return (peers.rank() == 1 ? "best" : ordinal(peers.rank())) + " of " + peers.peers().size();
        }

        private static String ordinal(int rank) {
            String suffix = rank % 100 >= 11 && rank % 100 <= 13 ? "th"
                    : switch (rank % 10) {
                        case 1 -> "st";
                        case 2 -> "nd";
                        case 3 -> "rd";
                        default -> "th";
                    };
            return rank + suffix;
        }

        /** A leak, confirmed or possible, judged against the peers' best quartile. */
        boolean leakAgainstPeers() {
            return judgement.filter(judged -> judged.threshold().kind() == Threshold.Kind.PEER_BEST_QUARTILE)
                    .filter(judged -> judged.verdict().isLeak()).isPresent();
        }

        double team() {
            return peers.map(peer -> peer.team().value().value())
                    .orElseGet(() -> published.orElseThrow().actual());
        }

        String format(double number) {
            return Figures.inUnit(number, Unit.of(metric.unit()));
        }

        /**
         * "23.9 % is 3rd of 4 mid-market teams (median 24.8 %, best quartile 26.2 %; best: Singapore SMB,
         * 27.8 %) and worse than the published 30.0 % (Implisit, 2014, trust B: dated, context only); judged
         * against the peers' best quartile: possible leak."
         */
        String sentence(boolean namePeers) {
            List<String> parts = new ArrayList<>();
            peers.ifPresent(peer -> parts.add(rankWords(peer) + " " + peerGroup(peer) + " (median "
                    + format(peer.median()) + ", best quartile " + format(peer.bestQuartile())
                    + (namePeers && peer.rank() > 1 ? "; best: " + peer.best().teamName() + ", "
                    + format(peer.best().value().value()) : "") + ")"));
            // TCRM's 0-day cycle from load dates read "at or better than the published 60.0 days".
            published.ifPresent(comparison -> parts.add((caveat.isPresent() ? "not comparable with"
                    : comparison.atOrBetterThanMedian() ? "at or better than" : "worse than")
                    + " the published " + format(comparison.benchmark().median()) + " ("
                    + source(comparison.benchmark()) + (comparison.dated() ? ": dated, context only" : "") + ")"));
            return format(team()) + " is " + String.join(" and ", parts) + verdict()
                    + caveat.map(doubt -> "; in doubt: " + Figures.phrase(doubt)).orElse("") + ".";
        }

        /** "; judged against the target (70.0 %): leak, although at or better than the published figure". */
        private String verdict() {
            if (judgement.isEmpty()) {
                return "; not judged (" + Prose.list(List.of("no target",
                        peers.map(peer -> "its peers are teams of other segments").orElse("too few peers"),
                        published.map(comparison -> "the published figure is dated").orElse("no published figure")))
                        + ")";
            }
            Judgement judged = judgement.get();
            String yardstick = switch (judged.threshold().kind()) {
                case TARGET -> "the target (" + format(judged.threshold().level()) + ")";
                case PEER_BEST_QUARTILE -> "the peers' best quartile";
                case PEER_MEDIAN -> "the peers' median";
                case BENCHMARK_MEDIAN -> "the published figure";
            };
            String verdict = switch (judged.verdict()) {
                case CONFIRMED_LEAK -> "leak";
                case POSSIBLE_LEAK -> "possible leak";
                case ON_TARGET -> "on target";
                case INSUFFICIENT_DATA -> "too few cases to judge";
            };
            boolean leak = judged.verdict().isLeak();
            boolean atBenchmark = published.map(BenchmarkComparison::atOrBetterThanMedian).orElse(false)
                    || peers.map(PeerComparison::atOrBetterThanMedian).orElse(false);
            String why = leak && atBenchmark && judged.threshold().kind() != Threshold.Kind.BENCHMARK_MEDIAN
                    ? ", although at or better than the " + (published.map(BenchmarkComparison::atOrBetterThanMedian)
                    .orElse(false) ? "published figure" : "peers' median") + ": the line it must reach is higher"
                    : "";
            return "; judged against " + yardstick + ": " + verdict + why;
        }

        private static String peerGroup(PeerComparison peer) {
            return peer.segment() == null ? "sales teams" : segment(peer.segment()) + " teams";
        }

        /** "Implisit, 2014, trust B". */
        private static String source(Benchmark benchmark) {
            return benchmark.publisher() + ", " + (benchmark.year() == null ? "undated" : benchmark.year())
                    + ", trust " + benchmark.trust();
        }

        BenchmarkRow row(boolean namePeers) {
            return new BenchmarkRow(
                    metric.label(),
                    format(team()),
                    peers.map(Yardsticks::rankWords).orElse(Figures.NONE),
                    peers.map(peer -> format(peer.median()) + " / " + format(peer.bestQuartile())).orElse(Figures.NONE),
                    // New York's own page named "New York Enterprise" as its best peer.
                    peers.filter(peer -> namePeers).map(peer -> (peer.best().teamId().equals(peer.scope())
                            ? "this team" : peer.best().teamName()) + " " + format(peer.best().value().value()))
                            .orElse(Figures.NONE),
                    published.map(comparison -> publishedFigure(comparison.benchmark())).orElse(Figures.NONE),
                    published.map(comparison -> source(comparison.benchmark())
                            + (comparison.benchmark().allSegments() ? " · all segments" : " · "
                            + segment(comparison.benchmark().segment())) + (comparison.dated() ? " · dated" : ""))
                            .orElse(""),
                    published.map(BenchmarkComparison::dated).orElse(false),
                    sentence(namePeers));
        }

        /** "35.0 %", with its band beneath: "30.0–40.0 %" (the unit once, or the narrow column wraps it alone). */
        private String publishedFigure(Benchmark benchmark) {
            return format(benchmark.median()) + (benchmark.hasBand() ? "\n"
                    + Figures.rangeInUnit(benchmark.p25(), benchmark.p75(), Unit.of(metric.unit())) : "");
        }

        BenchmarkChart.Row chartRow() {
            BenchmarkChart.Row.Published band = published.map(comparison -> new BenchmarkChart.Row.Published(
                    comparison.benchmark().p25(), comparison.benchmark().median(), comparison.benchmark().p75(),
                    comparison.benchmark().publisher() + " " + (comparison.benchmark().year() == null ? "undated"
                            : comparison.benchmark().year() + (comparison.dated() ? " (dated)" : "")),
                    comparison.dated())).orElse(null);
            // Peers of other segments are context: their median is drawn, not the best quartile that would judge.
            BenchmarkChart.Row.Peers peerFigures = peers.map(peer -> new BenchmarkChart.Row.Peers(
                    peer.peers().stream().filter(each -> !each.teamId().equals(peer.scope()))
                            .map(each -> each.value().value()).toList(),
                    peer.median(), peer.isLine() ? peer.bestQuartile() : null)).orElse(null);
            boolean better = peers.map(PeerComparison::atOrBetterThanMedian)
                    .orElseGet(() -> published.orElseThrow().atOrBetterThanMedian());
            double median = peers.map(PeerComparison::median)
                    .orElseGet(() -> published.orElseThrow().benchmark().median());
            // A 0-day cycle from load dates drew a green "better than the published 60 days", and a win rate whose
            // interval held the peers' median a red "worse": a doubt, a tie within chance or too few cases take no side.
            boolean sided = figure.filter(value -> SmallSample.isSmall(value) || value.encloses(median)).isEmpty();
            BenchmarkChart.Standing standing = caveat.isPresent() || !sided ? BenchmarkChart.Standing.IN_DOUBT
                    : better ? BenchmarkChart.Standing.BETTER : BenchmarkChart.Standing.WORSE;
            return new BenchmarkChart.Row(metric.label(), team(), standing, peerFigures, band, metric.isRate(),
                    this::format);
        }
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
