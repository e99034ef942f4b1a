package io.revblueprint.report.section;

import io.revblueprint.crm.User;
import io.revblueprint.metrics.ChiSquare;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.LossReasons;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.OpportunityFacts;
import io.revblueprint.plan.Threshold;
import io.revblueprint.report.chart.IntervalChart;
import io.revblueprint.report.chart.ParetoChart;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.RecordDataSource;
import io.revblueprint.report.layout.Section;
import io.revblueprint.report.layout.SectionTemplate;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.MetricSentence;
import io.revblueprint.report.text.Prose;
import io.revblueprint.report.text.SmallSample;
import net.sf.jasperreports.engine.JRDataSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The win/loss section: deal economics, win rate by source with intervals, breakdowns, loss reasons, chi-square in words. */
public record WinLossSection(String finding, JRDataSource tiles, IntervalChart bySource, String bySourceNote,
                      JRDataSource breakdowns, ParetoChart lossReasons, String lossFinding, String lossGrouping,
                      String footnote) implements Section {

    static final SectionTemplate TEMPLATE = new SectionTemplate("WinLoss", "templates/sections/win-loss.jrxml", SectionTemplate.Table.TILES, SectionTemplate.Table.RATES);


    /** Below this p-value the differences between sources are called more than chance (the usual 5 % level). */
    static final double SIGNIFICANCE = 0.05;

    static WinLossSection of(TeamBlueprint blueprint) {
        ScopeMetrics metrics = blueprint.metrics();
        Map<String, String> names = blueprint.members().stream()
                .collect(Collectors.toMap(User::userId, User::name, (first, second) -> first));
        List<MetricValue> bySource = metrics.breakdown(Metric.WIN_RATE, Dimension.Kind.SOURCE).stream()
                .sorted(Comparator.comparingDouble(MetricValue::value).reversed()).toList();
        List<RateRow> breakdowns = breakdowns(metrics, names);
        List<LossReasons.Share> losses = blueprint.run().lossReasons()
                .merge(metrics.breakdown(Metric.LOSS_REASON_SHARE, Dimension.Kind.LOSS_REASON));
        return new WinLossSection(
                finding(blueprint, Assessments.of(blueprint)),
                new RecordDataSource(tiles(metrics, blueprint.plan().caveats().keySet())),
                metrics.overall(Metric.WIN_RATE).filter(rate -> !bySource.isEmpty())
                        .map(rate -> sourceChart(bySource, rate)).orElse(null),
                Prose.upperFirst(chiSquare(metrics)) + ". Dots: win rate; whiskers: its 95 % interval; dashed line: "
                        + "the team's overall win rate; hollow dots: fewer than " + SmallSample.MIN_CASES + " deals.",
                new RecordDataSource(breakdowns),
                losses.isEmpty() ? null : new ParetoChart(losses.stream()
                        .map(share -> new ParetoChart.Bar(share.reason(), share.share()))
                        .toList()),
                metrics.notRecordedFor(Metric.LOSS_REASON_SHARE).isEmpty() ? lossFinding(losses)
                        : "Loss reasons are not measurable: "
                        + MetricSentence.notRecorded(metrics.notRecordedFor(Metric.LOSS_REASON_SHARE)) + ".",
                lossGrouping(losses),
                // Said only where the breakdown table marks a row.
                breakdowns.stream().anyMatch(row -> row.rate().endsWith(SmallSample.MARK)) ? SmallSample.FOOTNOTE : "");
    }

    /** "Win rate is 24 % (±7 pts), 6 pts below target, on 155 closed deals; win rates differ by source …". */
    static String finding(TeamBlueprint blueprint, Assessments assessments) {
        ScopeMetrics metrics = blueprint.metrics();
        Optional<MetricValue> winRate = metrics.overall(Metric.WIN_RATE);
        if (!metrics.notRecordedFor(Metric.WIN_RATE).isEmpty()) {
            return "Win rates are not measurable: " + MetricSentence.notRecorded(metrics.notRecordedFor(Metric.WIN_RATE))
                    + ", so every closed deal would count as won.";
        }
        if (winRate.isEmpty()) {
            return "No deals closed for " + blueprint.teamName() + " in " + blueprint.run().periodLabel() + ".";
        }
        MetricValue rate = winRate.get();
        Optional<Threshold> threshold = assessments.threshold(rate);
        String described = MetricSentence.describe(rate, metrics.previous(rate), threshold);
        String opening = assessments.isPossibleLeak(rate) ? "Possible leak: " + Prose.lowerFirst(described) : described;
        // The section's tiles show the win rate and the sales cycle: the doubt on either is said here.
        String caveat = Caveats.on(blueprint, Metric.WIN_RATE, Metric.SALES_CYCLE_DAYS_MEDIAN);
        // A small sample already says "on only 7 cases".
        String cases = SmallSample.isSmall(rate) ? ""
                : ", on " + Prose.count(rate.denominator(), "closed deal", "closed deals");
        return opening + cases + "; " + chiSquare(metrics)
                + sourceExtremes(metrics) + "." + caveat;
    }

    /** The chi-square result in words, lower case, without a full stop. */
    static String chiSquare(ScopeMetrics metrics) {
        return metrics.overall(Metric.WIN_RATE_SOURCE_CHI2_P).map(p -> p.value() < SIGNIFICANCE
                        ? "win rates differ by source more than chance would explain (" + Figures.metric(p) + ")"
                        : "no evidence that win rates differ by source beyond chance (" + Figures.metric(p) + ")")
                .orElseGet(() -> "whether win rates differ by source was not tested this period (" + untested(metrics)
                        + ")");
    }

    /** Maven's deals all had the source UNKNOWN, which "it needs two source groups" left unsaid. */
    private static String untested(ScopeMetrics metrics) {
        List<MetricValue> sources = metrics.breakdown(Metric.WIN_RATE, Dimension.Kind.SOURCE);
        if (sources.size() == 1) {
            return sources.get(0).dimension().value().equals(OpportunityFacts.UNKNOWN_SOURCE)
                    ? "no closed deal has a source recorded"
                    : "every closed deal came from one source, " + sources.get(0).dimension().valueInWords();
        }
        Optional<Double> winRate = metrics.overall(Metric.WIN_RATE).map(MetricValue::value)
                .filter(rate -> rate == 0 || rate == 1);
        if (winRate.isPresent()) {
            return "every closed deal was " + (winRate.get() == 1 ? "won" : "lost");
        }
        return "no source has " + ChiSquare.MIN_CASES_PER_GROUP + " closed deals or more";
    }

    private static String sourceExtremes(ScopeMetrics metrics) {
        List<MetricValue> judged = metrics.breakdown(Metric.WIN_RATE, Dimension.Kind.SOURCE).stream()
                .filter(rate -> !SmallSample.isSmall(rate))
                .sorted(Comparator.comparingDouble(MetricValue::value).reversed()).toList();
        if (judged.size() < 2) {
            return "";
        }
        MetricValue best = judged.get(0);
        MetricValue worst = judged.get(judged.size() - 1);
        String separator = metrics.overall(Metric.WIN_RATE_SOURCE_CHI2_P).isPresent() ? ": " : "; by source, ";
        return separator + best.dimension().valueInWords() + " wins " + MetricSentence.inWords(best) + ", "
                + worst.dimension().valueInWords() + " " + MetricSentence.inWords(worst);
    }

    static List<Tile> tiles(ScopeMetrics metrics, Set<Metric> doubted) {
        List<Tile> tiles = new ArrayList<>();
        metrics.overall(Metric.WIN_RATE).map(HeadlineTiles::tile).map(tile -> inDoubt(tile, Metric.WIN_RATE, doubted))
                .ifPresent(tiles::add);
        // Data Cloud's € 792,171 rested on 6 deals, unmarked: the tile says on how many.
        metrics.overall(Metric.AVG_WON_DEAL_SIZE)
                .map(size -> HeadlineTiles.tile(size, HeadlineTiles.shortSureness(size), dealSizeContext(metrics)))
                .ifPresent(tiles::add);
        // NYC's 90.1 days on 19 won deals read as firm: the tile says how sure, then how long most deals take.
        metrics.overall(Metric.SALES_CYCLE_DAYS_MEDIAN).map(median -> HeadlineTiles.tile(median,
                HeadlineTiles.shortSureness(median),
                metrics.overall(Metric.SALES_CYCLE_DAYS_P75).map(p75 -> "75 % within " + Figures.metric(p75))
                        .orElse("creation to close")))
                .map(tile -> inDoubt(tile, Metric.SALES_CYCLE_DAYS_MEDIAN, doubted)).ifPresent(tiles::add);
        metrics.overall(Metric.PIPELINE_VELOCITY).map(velocity -> HeadlineTiles.tile(velocity, "won revenue the open pipeline yields per day"))
                .ifPresent(tiles::add);
        return tiles;
    }

    /**
     * Deals won in another currency are in no figure of the page (metrics.csv has their own rows): the tile says how
     * many, and their average when there is one other currency.
     */
    private static String dealSizeContext(ScopeMetrics metrics) {
        List<MetricValue> others = metrics.breakdown(Metric.AVG_WON_DEAL_SIZE, Dimension.Kind.CURRENCY);
        if (others.isEmpty()) {
            return "mean of won deals";
        }
        String deals = "+ " + Figures.count(others.stream().mapToLong(size -> size.cases() == null ? 0 : size.cases())
                .sum()) + " in ";
        String code = others.get(0).dimension().value();
        // The note's line holds some 26 characters: "+ 3 in USD, mean $ 20K".
        return others.size() == 1 ? deals + code + ", mean " + Figures.compactMoney(BigDecimal.valueOf(
                others.get(0).value()), code) : deals + "other currencies";
    }

    /**
     * TCRM's 0.0-day cycle from load dates stood as firm as any figure: a doubted tile is grey and says so in its
     * note's second line, which has room for no third.
     */
    private static Tile inDoubt(Tile tile, Metric metric, Set<Metric> doubted) {
        String sureness = tile.note().lines().findFirst().orElse("");
        return doubted.contains(metric)
                ? new Tile(tile.label(), tile.value(), sureness + "\nin doubt: see the caveat", Tone.NEUTRAL.key())
                : tile;
    }

    private static IntervalChart sourceChart(List<MetricValue> bySource, MetricValue overall) {
        return new IntervalChart(bySource.stream().map(rate -> new IntervalChart.Row(
                        rate.dimension().valueInWords(), rate.value(), rate.ciLow(), rate.ciHigh(),
                        MetricSentence.inWords(rate) + " · " + rate.numerator() + "/" + rate.denominator(),
                        SmallSample.isSmall(rate)))
                .toList(), overall.value(), "team " + MetricSentence.inWords(overall));
    }

    private static List<RateRow> breakdowns(ScopeMetrics metrics, Map<String, String> names) {
        List<RateRow> rows = new ArrayList<>();
        rows.addAll(group(metrics, Dimension.Kind.SOURCE_CATEGORY, "Source category", Dimension::valueInWords));
        rows.addAll(group(metrics, Dimension.Kind.SEGMENT, "Segment", Dimension::valueInWords));
        rows.addAll(group(metrics, Dimension.Kind.OWNER, "Owner",
                owner -> names.getOrDefault(owner.value(), owner.value())));
        return rows;
    }

    private static List<RateRow> group(ScopeMetrics metrics, Dimension.Kind kind, String title,
                                       Function<Dimension, String> label) {
        List<MetricValue> rates = metrics.breakdown(Metric.WIN_RATE, kind).stream()
                .sorted(Comparator.comparingDouble(MetricValue::value).reversed()).toList();
        List<RateRow> rows = new ArrayList<>();
        for (MetricValue rate : rates) {
            rows.add(new RateRow(rows.isEmpty() ? title : "", label.apply(rate.dimension()), SmallSample.marked(rate),
                    Figures.interval(rate),
                    rate.numerator() + " of " + rate.denominator()));
        }
        return rows;
    }

    /**
     * What the chart counted together that metrics.csv lists apart: "… Price includes “Price, too expensive per seat”
     * (5) and “pricing” (2); No reason recorded is listed as “UNKNOWN” (9)."; empty when nothing was grouped.
     */
    static String lossGrouping(List<LossReasons.Share> shares) {
        List<String> groups = shares.stream().filter(share -> !share.mergedIn().isEmpty())
                // "No reason recorded includes “UNKNOWN”" read as if UNKNOWN were a reason someone typed.
                .map(share -> share.reason() + (share.reason().equals(LossReasons.NOT_RECORDED) ? " is listed as "
                        : " includes ") + Prose.list(share.mergedIn().stream()
                        .map(recorded -> Prose.quoted(recorded.label(), 40) + " (" + recorded.lost() + ")").toList()))
                .toList();
        return groups.isEmpty() ? "" : "Reasons that differ only in wording are counted together here; metrics.csv"
                + " lists them as recorded, with their lost deals: " + String.join("; ", groups) + ".";
    }

    /**
     * "Price and Lost to competitor account for 55 % of the 84 lost deals."; when most reasons are missing:
     * "No reason is recorded for 67 % of the 118 lost deals; the most common recorded reasons are … (8 %) and … (8 %)."
     */
    static String lossFinding(List<LossReasons.Share> sharesLargestFirst) {
        if (sharesLargestFirst.isEmpty()) {
            return "This period's figures hold no breakdown of lost deals by reason.";
        }
        String lostDeals = " of the " + Figures.count(sharesLargestFirst.get(0).of()) + " lost deals";
        LossReasons.Share first = sharesLargestFirst.get(0);
        if (first.reason().equals(LossReasons.NOT_RECORDED)) {
            List<String> recorded = sharesLargestFirst.stream().skip(1).limit(2)
                    .map(share -> share.reason() + " (" + Figures.wholePercent(share.share()) + ")").toList();
            return "No reason is recorded for " + Figures.wholePercent(first.share()) + lostDeals
                    + (recorded.isEmpty() ? "." : "; the most common recorded "
                    + (recorded.size() == 1 ? "reason is " : "reasons are ") + Prose.list(recorded) + ".");
        }
        List<String> reasons = new ArrayList<>();
        double covered = 0;
        for (LossReasons.Share share : sharesLargestFirst) {
            if (covered >= 0.5 || reasons.size() == 3) {
                break;
            }
            reasons.add(share.reason());
            covered += share.share();
        }
        return Prose.list(reasons) + (reasons.size() == 1 ? " accounts" : " account") + " for "
                + Figures.wholePercent(covered) + lostDeals + ".";
    }

    @Override
    public SectionTemplate template() {
        return TEMPLATE;
    }
}
