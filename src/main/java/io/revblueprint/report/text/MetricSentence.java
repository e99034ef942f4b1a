package io.revblueprint.report.text;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.Threshold;
import io.revblueprint.report.document.ScopeMetrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Figures in words for the sentences that open each section: "Response SLA compliance fell from 68 % to 61 % (±6 pts), 29 pts below target". */
public final class MetricSentence {

    /** How much longer one side of a rate's interval may be (3 pts) before "±" would misstate it. */
    private static final double LOPSIDED = 0.03;

    /** "95 %" kept on one line of a sentence. */
    private static final String NINETY_FIVE = "95\u00a0%";

    private MetricSentence() {
    }

    /** The figure, how it moved since the period before, how sure it is, and where it sits against its line. */
    public static String describe(MetricValue value, Optional<MetricValue> previous, Optional<Threshold> threshold) {
        StringBuilder sentence = new StringBuilder(MetricLabels.label(value))
                .append(' ').append(movement(value, previous));
        if (value.ciLow() != null && value.ciHigh() != null) {
            sentence.append(" (").append(interval(value)).append(')');
        }
        if (SmallSample.isSmall(value)) {
            sentence.append(", ").append(onlyCases(value));
        }
        previous.filter(earlier -> noClearChange(earlier, value)).ifPresent(earlier -> sentence
                .append(", no clear change (earlier " + NINETY_FIVE + " interval ").append(sentenceInterval(earlier)).append(')'));
        threshold.ifPresent(line -> sentence.append(", ").append(gap(value, line)));
        return sentence.toString();
    }

    /** "30–40 %" for a rate, "6.5–9.5 h" for a percentile. */
    private static String sentenceInterval(MetricValue value) {
        return isRate(value) ? Figures.wholePercentInterval(value.ciLow(), value.ciHigh()) : Figures.interval(value);
    }

    /**
     * A rate's Wilson interval as "±6 pts" while about even; a lopsided one (86 %: 62–96 %) and a percentile's as
     * their two ends.
     */
    private static String interval(MetricValue value) {
        if (value.unit().kind() != Unit.Kind.RATIO) {
            return NINETY_FIVE + " CI " + Figures.interval(value);
        }
        double below = value.value() - value.ciLow();
        double above = value.ciHigh() - value.value();
        double half = (below + above) / 2;
        // "1 % (±2 pts)" would reach below 0 %.
        boolean lopsided = Math.abs(above - below) >= LOPSIDED || half > value.value() || half > 1 - value.value();
        return lopsided ? NINETY_FIVE + " CI " + Figures.wholePercentInterval(value.ciLow(), value.ciHigh())
                : Figures.plusMinusPoints(value.ciLow(), value.ciHigh());
    }

    /**
     * " Not measurable: response SLA compliance and median lead response, as the snapshot records no activities
     * with leads (…)." — each group of metrics with what is not recorded (a comma, not parentheses, since what is
     * not recorded names its fields in parentheses); empty when every metric is measurable.
     */
    public static String notMeasurable(List<Metric> metrics, ScopeMetrics scope) {
        if (metrics.isEmpty()) {
            return "";
        }
        Map<Set<RecordedInput>, List<Metric>> byMissing = new LinkedHashMap<>();
        metrics.forEach(metric -> byMissing.computeIfAbsent(scope.notRecordedFor(metric), missing -> new ArrayList<>())
                .add(metric));
        List<String> groups = new ArrayList<>();
        byMissing.forEach((missing, blind) -> groups.add(Prose.list(blind.stream()
                .map(metric -> Prose.lowerFirst(metric.label())).toList()) + ", as " + notRecorded(missing)));
        return " Not measurable: " + String.join("; ", groups) + ".";
    }

    /** "the snapshot records no lost deals and no deal amounts". */
    public static String notRecorded(Set<RecordedInput> missing) {
        return "the snapshot records " + Prose.list(missing.stream().map(input -> "no " + input.words()).toList());
    }

    /** A figure as a sentence says it: rates to the whole percent, other units as tables show them. */
    public static String inWords(MetricValue value) {
        return isRate(value) ? Figures.wholePercent(value.value()) : Figures.metric(value);
    }

    /**
     * The yardstick in words: "target", "the peers' best quartile", "the published benchmark" (not "median": the
     * enterprise win rate's source gives an average).
     */
    public static String yardstick(Threshold threshold) {
        return switch (threshold.kind()) {
            case TARGET -> "target";
            case PEER_BEST_QUARTILE -> "the peers' best quartile";
            case PEER_MEDIAN -> "the peers' median";
            case BENCHMARK_MEDIAN -> "the published benchmark";
        };
    }

    /** "29 pts below target", "1.3 h above the peers' best quartile", "at the published benchmark". */
    public static String gap(MetricValue value, Threshold threshold) {
        String line = yardstick(threshold);
        double difference = value.value() - threshold.level();
        String size = isRate(value) ? Figures.points(difference) : Figures.inUnitOf(value, Math.abs(difference));
        if (!size.matches(".*[1-9].*")) {
            return "at " + line;
        }
        if (!isRate(value) && !threshold.higherIsBetter()) {
            // Hours and days against a ceiling: "2.6 h below target" read as a miss.
            return size + (difference < 0 ? " under " : " over ") + line;
        }
        return size + (difference < 0 ? " below " : " above ") + line;
    }

    /**
     * The weakest of a breakdown that has enough cases, phrased for the end of a sentence: "high-intent leads are
     * the worst at 48 %", "the weakest source is Paid Search at 18 %"; none when the best lies inside the weakest's
     * interval (67 % "worst" beside 68 % is noise).
     */
    public static Optional<String> weakest(List<MetricValue> breakdown, boolean higherIsBetter,
                                    Function<MetricValue, String> valueName) {
        Comparator<MetricValue> worstFirst = Comparator.comparingDouble(MetricValue::value);
        Comparator<MetricValue> order = higherIsBetter ? worstFirst : worstFirst.reversed();
        List<MetricValue> judged = breakdown.stream().filter(value -> !SmallSample.isSmall(value)).toList();
        Optional<MetricValue> best = judged.stream().max(order);
        return judged.stream().min(order)
                .filter(worst -> best.filter(top -> top != worst && !worst.encloses(top.value())).isPresent())
                .map(value -> phrase(value, valueName.apply(value)));
    }

    public static boolean isRate(MetricValue value) {
        return value.metric().isRate();
    }

    private static String movement(MetricValue value, Optional<MetricValue> previous) {
        String now = inWords(value);
        if (previous.isEmpty()) {
            return "is " + now;
        }
        String then = inWords(previous.get());
        if (then.equals(now)) {
            return "held at " + now;
        }
        // A move from a figure on a handful of cases says little: the reader is told how few.
        String earlierCases = SmallSample.isSmall(previous.get())
                ? " (" + onlyCases(previous.get()) + ")" : "";
        String verb = noClearChange(previous.get(), value) ? "went from "
                : value.value() > previous.get().value() ? "rose from " : "fell from ";
        return verb + then + earlierCases + " to " + now;
    }

    /** A move inside the earlier figure's interval is not said to rise or fall (the progress table's "No clear change"). */
    private static boolean noClearChange(MetricValue earlier, MetricValue now) {
        return earlier.encloses(now.value()) && !inWords(earlier).equals(inWords(now));
    }

    /** "on only 7 cases", for a figure under the small-sample line. */
    private static String onlyCases(MetricValue value) {
        return "on only " + Figures.count(value.cases()) + " cases";
    }

    private static String phrase(MetricValue value, String name) {
        Dimension.Kind kind = value.dimension().kind();
        if (kind == Dimension.Kind.TIER) {
            return name.toLowerCase(Locale.ROOT).replace(' ', '-') + " leads are the worst at " + inWords(value);
        }
        return "the weakest " + kind.words() + " is " + name + " at " + inWords(value);
    }
}
