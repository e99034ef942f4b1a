package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Annualized revenue at stake for a leak, from the team's own figures: its volumes scaled by 365 ÷ the period's
 * days, its conversions and its average won deal. Where the team's data measures the effect of the fix (MQL→SQL
 * of MQLs answered within the SLA vs. after) the measured difference is used; otherwise the gap to the threshold.
 * A figure the formula needs and the team lacks is named in the estimate instead of being assumed.
 */
public final class RevenueEstimator {

    private static final Phrase GAP_TO_THRESHOLD = Phrase.of("gap to threshold");

    /** Evidence rows: MQL→SQL of the team's MQLs by whether their response met the SLA. */
    static final Dimension MET = Dimension.of(Dimension.Kind.RESPONSE_SLA, "MET");
    static final Dimension BREACHED = Dimension.of(Dimension.Kind.RESPONSE_SLA, "BREACHED");

    private static final String MEASURED = "{0} of {1} MQLs answered within the SLA vs {2} of {3} answered later";
    private static final String VALUE_PER_SQL = " × SQL→opportunity rate × win rate × average won deal";

    private final List<MetricValue> metrics;
    private final List<MetricValue> evidence;
    private final long periodDays;
    private final String currency;
    private final int minimumCases;

    /**
     * @param metrics      the team's metric rows for the period
     * @param evidence     the team's measured-uplift rows (MQL→SQL by response SLA); empty when not measured
     * @param fallbackCurrency the currency when the team's average won deal does not state one
     */
    public RevenueEstimator(List<MetricValue> metrics, List<MetricValue> evidence, Period period,
                            String fallbackCurrency, int minimumCases) {
        this.metrics = metrics;
        this.evidence = evidence;
        this.periodDays = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1;
        this.currency = overall(Metric.AVG_WON_DEAL_SIZE).map(value -> value.unit().currency()).orElse(fallbackCurrency);
        this.minimumCases = minimumCases;
    }

    /** The currency the team's revenue is counted in. */
    String currency() {
        return currency;
    }

    public RevenueEstimate estimate(Judgement leak) {
        return switch (leak.value().metric()) {
            case MQL_TO_SQL_RATE -> mqlToSql(leak);
            case MQL_ACCEPTANCE_RATE -> acceptance(leak);
            case RESPONSE_SLA_COMPLIANCE -> responseSla(leak);
            case FOLLOW_UP_COMPLIANCE -> followUp(leak);
            case WIN_RATE, MARKETING_SOURCED_WIN_RATE -> winRate(leak);
            case SALES_CYCLE_DAYS_MEDIAN, SALES_CYCLE_DAYS_P75 -> salesCycle(leak);
            case LEAD_RESPONSE_HOURS_MEDIAN, LEAD_RESPONSE_HOURS_P90 -> notEstimated("a response-time percentile"
                    + " does not say how many MQLs would be answered in time; the response SLA compliance estimate"
                    + " covers this leak");
            case ACCEPT_REJECT_SLA_COMPLIANCE, DISQUALIFICATION_REASON_COVERAGE, MQL_COUNT, SQL_TO_OPPORTUNITY_RATE,
                 LEAD_VELOCITY_RATE, LOSS_REASON_SHARE, AVG_WON_DEAL_SIZE, WIN_RATE_SOURCE_CHI2_P, PIPELINE_VELOCITY,
                 CRM_COMPLETENESS_LEADS, CRM_COMPLETENESS_OPPORTUNITIES, ATTRIBUTION_COVERAGE,
                 CAMPAIGN_ATTRIBUTION_COVERAGE -> notEstimated("the team's figures hold no measurable revenue effect"
                    + " of " + leak.value().metric().key() + "; the fix ranks after those with an estimate");
        };
    }

    /** More MQLs reach SQL: each is worth the team's won revenue per SQL. */
    private RevenueEstimate mqlToSql(Judgement leak) {
        return new Formula("MQLs in period × 365 ÷ days × (threshold − MQL→SQL rate)" + VALUE_PER_SQL,
                GAP_TO_THRESHOLD)
                .times(cases(leak, "MQLs in period"))
                .times(yearFactor())
                .times(gap(leak, "MQL→SQL gap to threshold"))
                .times(valuePerSql())
                .estimate();
    }

    /** More MQLs accepted: each converts to SQL like the MQLs accepted today. */
    private RevenueEstimate acceptance(Judgement leak) {
        double accepted = leak.value().value();
        Optional<Double> sqlPerAccepted = accepted > 0
                ? overall(Metric.MQL_TO_SQL_RATE).map(sql -> Math.min(1, sql.value() / accepted))
                : Optional.empty();
        return new Formula("MQLs in period × 365 ÷ days × (threshold − acceptance rate) × (MQL→SQL rate ÷ acceptance"
                + " rate)" + VALUE_PER_SQL, GAP_TO_THRESHOLD)
                .times(cases(leak, "MQLs in period"))
                .times(yearFactor())
                .times(gap(leak, "Acceptance gap to threshold"))
                .times(Factor.of("SQLs per accepted MQL", sqlPerAccepted.map(Quantity::ratio).orElse(null)))
                .times(valuePerSql())
                .estimate();
    }

    /** MQLs moved inside the SLA convert at the measured within-SLA rate instead of the late one. */
    private RevenueEstimate responseSla(Judgement leak) {
        Optional<MetricValue> met = evidence(MET);
        Optional<MetricValue> breached = evidence(BREACHED);
        if (met.isEmpty() || breached.isEmpty()) {
            return notEstimated("needs the team's MQL→SQL rate of MQLs answered within the SLA and after, which this"
                    + " run did not measure");
        }
        long metCases = cases(met.get());
        long breachedCases = cases(breached.get());
        if (metCases < minimumCases || breachedCases < minimumCases) {
            return notEstimated(Phrase.of("MQL→SQL within the SLA (n={0}) and after (n={1}) is measured on fewer"
                    + " than {2} MQLs", Quantity.count(metCases), Quantity.count(breachedCases),
                    Quantity.count(minimumCases)));
        }
        double uplift = met.get().value() - breached.get().value();
        Quantity[] measured = {Quantity.ratio(met.get().value()), Quantity.count(metCases),
                Quantity.ratio(breached.get().value()), Quantity.count(breachedCases)};
        Formula formula = new Formula("MQLs judged in period × 365 ÷ days × (threshold − compliance) × (MQL→SQL"
                + " within SLA − MQL→SQL after)" + VALUE_PER_SQL, Phrase.of("measured: MQL→SQL " + MEASURED, measured))
                .times(cases(leak, "MQLs answered or overdue in period"))
                .times(yearFactor())
                .times(gap(leak, "Compliance gap to threshold"))
                .times(new Factor("MQL→SQL within SLA − after", uplift, Phrase.of(MEASURED + " = {4}",
                        measured[0], measured[1], measured[2], measured[3], Quantity.points(uplift))));
        if (uplift <= 0) {
            return formula.zero(Phrase.of("measured: MQLs answered within the SLA converted no better (" + MEASURED
                    + "); no revenue is attributed to response time", measured));
        }
        return formula.times(valuePerSql()).estimate();
    }

    /** An upper bound: a lead worked to the SLA is assumed to convert like the team's average MQL. */
    private RevenueEstimate followUp(Judgement leak) {
        return new Formula("UNRESPONSIVE disqualifications in period × 365 ÷ days × (threshold − compliance) ×"
                + " MQL→SQL rate" + VALUE_PER_SQL, Phrase.of("gap to threshold, an upper bound: a lead worked to the"
                + " SLA is assumed to convert like the team's average MQL"))
                .times(cases(leak, "UNRESPONSIVE disqualifications in period"))
                .times(yearFactor())
                .times(gap(leak, "Compliance gap to threshold"))
                .times(rate(Metric.MQL_TO_SQL_RATE, "MQL→SQL rate"))
                .times(valuePerSql())
                .estimate();
    }

    /** More of the closed deals won, each worth the team's average won deal. */
    private RevenueEstimate winRate(Judgement leak) {
        return new Formula("closed deals in period × 365 ÷ days × (threshold − win rate) × average won deal",
                GAP_TO_THRESHOLD)
                .times(cases(leak, "Closed deals in period" + scopeOf(leak)))
                .times(yearFactor())
                .times(gap(leak, "Win-rate gap to threshold"))
                .times(averageWonDeal())
                .estimate();
    }

    /** A shorter cycle closes within the year revenue that now slips into the next. */
    private RevenueEstimate salesCycle(Judgement leak) {
        Optional<MetricValue> winRate = overall(Metric.WIN_RATE);
        Quantity won = winRate.map(MetricValue::numerator).map(Quantity::count).orElse(null);
        double excess = gapOf(leak);
        return new Formula("won deals in period × 365 ÷ days × average won deal × (cycle − threshold) ÷ 365",
                Phrase.of("gap to threshold: won revenue that would close within the year instead of slipping into"
                        + " the next"))
                .times(Factor.of("Won deals in period", won))
                .times(yearFactor())
                .times(averageWonDeal())
                .times(new Factor("Share of a year gained", excess / 365, Phrase.of("{0} − {1} = {2} ÷ 365",
                        Quantity.days(leak.value().value()), Quantity.days(leak.threshold().level()),
                        Quantity.days(excess))))
                .estimate();
    }

    private Factor valuePerSql() {
        return rate(Metric.SQL_TO_OPPORTUNITY_RATE, "SQL→opportunity rate")
                .and(rate(Metric.WIN_RATE, "Win rate"))
                .and(averageWonDeal());
    }

    private Factor averageWonDeal() {
        return Factor.of("Average won deal", overall(Metric.AVG_WON_DEAL_SIZE)
                .map(deal -> Quantity.money(deal.value(), currency)).orElse(null));
    }

    private Factor rate(Metric metric, String name) {
        return Factor.of(name, overall(metric).map(rate -> Quantity.ratio(rate.value())).orElse(null));
    }

    private Factor yearFactor() {
        double factor = 365.0 / periodDays;
        return new Factor("Year factor", factor, Phrase.of("365 ÷ {0} days = {1}", Quantity.count(periodDays),
                Quantity.number(factor)));
    }

    private static Factor cases(Judgement leak, String name) {
        return Factor.of(name, leak.value().denominator() == null ? null : Quantity.count(leak.value().denominator()));
    }

    /** How far the figure misses its threshold, in the metric's direction. */
    private static Factor gap(Judgement leak, String name) {
        double gap = gapOf(leak);
        return new Factor(name, gap, Phrase.of("{0} − {1} = {2}", Quantity.ratio(leak.threshold().level()),
                Quantity.ratio(leak.value().value()), Quantity.points(gap)));
    }

    private static double gapOf(Judgement leak) {
        Threshold threshold = leak.threshold();
        double actual = leak.value().value();
        return Math.max(0, threshold.higherIsBetter() ? threshold.level() - actual : actual - threshold.level());
    }

    private static String scopeOf(Judgement leak) {
        Dimension dimension = leak.value().dimension();
        return dimension.isOverall() ? "" : " (" + dimension.kind().words() + " " + dimension.value() + ")";
    }

    private static long cases(MetricValue value) {
        return value.denominator() == null ? 0 : value.denominator();
    }

    private Optional<MetricValue> overall(Metric metric) {
        return metrics.stream().filter(value -> value.is(metric, Dimension.OVERALL)).findFirst();
    }

    private Optional<MetricValue> evidence(Dimension dimension) {
        return evidence.stream().filter(value -> value.is(Metric.MQL_TO_SQL_RATE, dimension)).findFirst();
    }

    private RevenueEstimate notEstimated(String reason) {
        return notEstimated(Phrase.of(reason));
    }

    private RevenueEstimate notEstimated(Phrase reason) {
        return new RevenueEstimate(null, currency, null, List.of(), Phrase.of("not estimated: " + reason.template(),
                reason.values().toArray(Quantity[]::new)));
    }

    /** One or more named figures multiplied together; a missing figure is named rather than assumed. */
    private record Factor(List<RevenueEstimate.Input> inputs, List<String> missing, double value) {

        Factor(String name, double value, Phrase shown) {
            this(List.of(new RevenueEstimate.Input(name, shown)), List.of(), value);
        }

        /** A figure of the team's as it is; null when the team has none this period. */
        static Factor of(String name, Quantity figure) {
            return figure == null ? new Factor(List.of(), List.of(name), 0)
                    : new Factor(name, figure.value(), Phrase.of("{0}", figure));
        }

        Factor and(Factor other) {
            return new Factor(concat(inputs, other.inputs), concat(missing, other.missing), value * other.value);
        }

        private static <T> List<T> concat(List<T> first, List<T> second) {
            List<T> all = new ArrayList<>(first);
            all.addAll(second);
            return List.copyOf(all);
        }
    }

    /** A product of factors with the formula and basis it is printed with. */
    private final class Formula {

        private final String text;
        private final Phrase basis;
        private Factor product = new Factor(List.of(), List.of(), 1);

        Formula(String text, Phrase basis) {
            this.text = text;
            this.basis = basis;
        }

        Formula times(Factor factor) {
            product = product.and(factor);
            return this;
        }

        RevenueEstimate estimate() {
            if (!product.missing().isEmpty()) {
                return new RevenueEstimate(null, currency, text, product.inputs(), Phrase.of("not estimated: the team"
                        + " has no figure for " + String.join(", ", product.missing()) + " in this period"));
            }
            return new RevenueEstimate(BigDecimal.valueOf(product.value()).setScale(0, RoundingMode.HALF_UP),
                    currency, text, product.inputs(), basis);
        }

        RevenueEstimate zero(Phrase zeroBasis) {
            return new RevenueEstimate(BigDecimal.ZERO, currency, text, product.inputs(), zeroBasis);
        }
    }
}
