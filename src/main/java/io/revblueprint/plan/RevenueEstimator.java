package io.revblueprint.plan;

import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Annualized revenue at stake for a leak, from the team's own figures: its volumes scaled by 365 ÷ the period's
 * days, its conversions and its average won deal. Where the team's data measures the effect of the fix (MQL→SQL
 * of MQLs answered within the SLA vs. after) the measured difference is used; otherwise the gap to the threshold.
 * A figure the formula needs and the team lacks is named in the estimate instead of being assumed.
 */
public final class RevenueEstimator {

    /** Evidence rows: MQL→SQL of the team's MQLs by whether their response met the SLA. */
    public static final String RESPONSE_EVIDENCE = "mql_to_sql_rate_by_response_sla";
    static final String MET = "response_sla=MET";
    static final String BREACHED = "response_sla=BREACHED";

    // An ISO 4217 code, as avg_won_deal_size carries its currency in the unit column.
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final String VALUE_PER_SQL = " × SQL→opportunity rate × win rate × average won deal";

    private final List<MetricValue> metrics;
    private final List<MetricValue> evidence;
    private final long periodDays;
    private final String currency;
    private final int minimumCases;

    /**
     * @param metrics      the team's metric rows for the period
     * @param evidence     the team's measured-uplift rows ({@link #RESPONSE_EVIDENCE}); empty when not measured
     * @param fallbackCurrency the currency when the team's average won deal does not state one
     */
    public RevenueEstimator(List<MetricValue> metrics, List<MetricValue> evidence, Period period,
                            String fallbackCurrency, int minimumCases) {
        this.metrics = metrics;
        this.evidence = evidence;
        this.periodDays = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1;
        this.currency = overall("avg_won_deal_size").map(MetricValue::unit)
                .filter(unit -> unit != null && CURRENCY.matcher(unit).matches()).orElse(fallbackCurrency);
        this.minimumCases = minimumCases;
    }

    public RevenueEstimate estimate(Judgement leak) {
        return switch (leak.value().metric()) {
            case "mql_to_sql_rate" -> mqlToSql(leak);
            case "mql_acceptance_rate" -> acceptance(leak);
            case "response_sla_compliance" -> responseSla(leak);
            case "follow_up_compliance" -> followUp(leak);
            case "win_rate", "marketing_sourced_win_rate" -> winRate(leak);
            case "sales_cycle_days_median", "sales_cycle_days_p75" -> salesCycle(leak);
            case "lead_response_hours_median", "lead_response_hours_p90" -> notEstimated("a response-time percentile"
                    + " does not say how many MQLs would be answered in time; the response SLA compliance estimate"
                    + " covers this leak");
            default -> notEstimated("the team's figures hold no measurable revenue effect of "
                    + leak.value().metric() + "; the fix ranks after those with an estimate");
        };
    }

    /** More MQLs reach SQL: each is worth the team's won revenue per SQL. */
    private RevenueEstimate mqlToSql(Judgement leak) {
        return new Formula("MQLs in period × 365 ÷ days × (threshold − MQL→SQL rate)" + VALUE_PER_SQL,
                "gap to threshold")
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
                ? overall("mql_to_sql_rate").map(sql -> Math.min(1, sql.value() / accepted))
                : Optional.empty();
        return new Formula("MQLs in period × 365 ÷ days × (threshold − acceptance rate) × (MQL→SQL rate ÷ acceptance"
                + " rate)" + VALUE_PER_SQL, "gap to threshold")
                .times(cases(leak, "MQLs in period"))
                .times(yearFactor())
                .times(gap(leak, "Acceptance gap to threshold"))
                .times(new Factor("SQLs per accepted MQL", sqlPerAccepted.orElse(null),
                        sqlPerAccepted.map(Printed::percent).orElse(null)))
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
            return notEstimated("MQL→SQL within the SLA (n=" + metCases + ") and after (n=" + breachedCases
                    + ") is measured on fewer than " + minimumCases + " MQLs");
        }
        double uplift = met.get().value() - breached.get().value();
        String measured = Printed.percent(met.get().value()) + " of " + metCases + " MQLs answered within the SLA vs "
                + Printed.percent(breached.get().value()) + " of " + breachedCases + " answered later";
        Formula formula = new Formula("MQLs judged in period × 365 ÷ days × (threshold − compliance) × (MQL→SQL"
                + " within SLA − MQL→SQL after)" + VALUE_PER_SQL, "measured: MQL→SQL " + measured)
                .times(cases(leak, "MQLs answered or overdue in period"))
                .times(yearFactor())
                .times(gap(leak, "Compliance gap to threshold"))
                .times(new Factor("MQL→SQL within SLA − after", uplift, measured + " = " + Printed.points(uplift)));
        if (uplift <= 0) {
            return formula.zero("measured: MQLs answered within the SLA converted no better (" + measured
                    + "); no revenue is attributed to response time");
        }
        return formula.times(valuePerSql()).estimate();
    }

    /** An upper bound: a lead worked to the SLA is assumed to convert like the team's average MQL. */
    private RevenueEstimate followUp(Judgement leak) {
        return new Formula("UNRESPONSIVE disqualifications in period × 365 ÷ days × (threshold − compliance) ×"
                + " MQL→SQL rate" + VALUE_PER_SQL, "gap to threshold, an upper bound: a lead worked to the SLA is"
                + " assumed to convert like the team's average MQL")
                .times(cases(leak, "UNRESPONSIVE disqualifications in period"))
                .times(yearFactor())
                .times(gap(leak, "Compliance gap to threshold"))
                .times(rate("mql_to_sql_rate", "MQL→SQL rate"))
                .times(valuePerSql())
                .estimate();
    }

    /** More of the closed deals won, each worth the team's average won deal. */
    private RevenueEstimate winRate(Judgement leak) {
        return new Formula("closed deals in period × 365 ÷ days × (threshold − win rate) × average won deal",
                "gap to threshold")
                .times(cases(leak, "Closed deals in period" + scopeOf(leak)))
                .times(yearFactor())
                .times(gap(leak, "Win-rate gap to threshold"))
                .times(averageWonDeal())
                .estimate();
    }

    /** A shorter cycle closes within the year revenue that now slips into the next. */
    private RevenueEstimate salesCycle(Judgement leak) {
        Optional<MetricValue> winRate = overall("win_rate");
        Double won = winRate.map(MetricValue::numerator).map(Long::doubleValue).orElse(null);
        double excess = gapOf(leak);
        return new Formula("won deals in period × 365 ÷ days × average won deal × (cycle − threshold) ÷ 365",
                "gap to threshold: won revenue that would close within the year instead of slipping into the next")
                .times(new Factor("Won deals in period", won, won == null ? null : Printed.count(won)))
                .times(yearFactor())
                .times(averageWonDeal())
                .times(new Factor("Share of a year gained", excess / 365, Printed.decimal(leak.value().value())
                        + " − " + Printed.decimal(leak.threshold().level()) + " days = " + Printed.decimal(excess)
                        + " days ÷ 365"))
                .estimate();
    }

    private Factor valuePerSql() {
        return rate("sql_to_opportunity_rate", "SQL→opportunity rate")
                .and(rate("win_rate", "Win rate"))
                .and(averageWonDeal());
    }

    private Factor averageWonDeal() {
        Double deal = overall("avg_won_deal_size").map(MetricValue::value).orElse(null);
        return new Factor("Average won deal", deal, deal == null ? null : Printed.money(deal, currency));
    }

    private Factor rate(String metric, String name) {
        Double rate = overall(metric).map(MetricValue::value).orElse(null);
        return new Factor(name, rate, rate == null ? null : Printed.percent(rate));
    }

    private Factor yearFactor() {
        double factor = 365.0 / periodDays;
        return new Factor("Year factor", factor, "365 ÷ " + periodDays + " days = " + Printed.decimal(factor));
    }

    private static Factor cases(Judgement leak, String name) {
        Long cases = leak.value().denominator();
        return new Factor(name, cases == null ? null : cases.doubleValue(), cases == null ? null : Printed.count(cases));
    }

    /** How far the figure misses its threshold, in the metric's direction. */
    private static Factor gap(Judgement leak, String name) {
        double gap = gapOf(leak);
        return new Factor(name, gap, Printed.percent(leak.threshold().level()) + " − "
                + Printed.percent(leak.value().value()) + " = " + Printed.points(gap));
    }

    private static double gapOf(Judgement leak) {
        Threshold threshold = leak.threshold();
        double actual = leak.value().value();
        return Math.max(0, threshold.higherIsBetter() ? threshold.level() - actual : actual - threshold.level());
    }

    private static String scopeOf(Judgement leak) {
        Breakdown breakdown = Breakdown.of(leak.value().dimension());
        return breakdown == Breakdown.NONE ? "" : " (" + breakdown.words() + ")";
    }

    private static long cases(MetricValue value) {
        return value.denominator() == null ? 0 : value.denominator();
    }

    private Optional<MetricValue> overall(String metric) {
        return metrics.stream().filter(value -> value.metric().equals(metric) && value.isOverall()).findFirst();
    }

    private Optional<MetricValue> evidence(String dimension) {
        return evidence.stream()
                .filter(value -> value.metric().equals(RESPONSE_EVIDENCE) && dimension.equals(value.dimension()))
                .findFirst();
    }

    private RevenueEstimate notEstimated(String reason) {
        return new RevenueEstimate(null, currency, null, List.of(), "not estimated: " + reason);
    }

    /** One or more named figures multiplied together; a missing figure is named rather than assumed. */
    private record Factor(List<RevenueEstimate.Input> inputs, List<String> missing, double value) {

        Factor(String name, Double value, String printed) {
            this(value == null ? List.of() : List.of(new RevenueEstimate.Input(name, printed)),
                    value == null ? List.of(name) : List.of(), value == null ? 0 : value);
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
        private final String basis;
        private Factor product = new Factor(List.of(), List.of(), 1);

        Formula(String text, String basis) {
            this.text = text;
            this.basis = basis;
        }

        Formula times(Factor factor) {
            product = product.and(factor);
            return this;
        }

        RevenueEstimate estimate() {
            if (!product.missing().isEmpty()) {
                return new RevenueEstimate(null, currency, text, product.inputs(), "not estimated: the team has no"
                        + " figure for " + String.join(", ", product.missing()) + " in this period");
            }
            return new RevenueEstimate(BigDecimal.valueOf(product.value()).setScale(0, RoundingMode.HALF_UP),
                    currency, text, product.inputs(), basis);
        }

        RevenueEstimate zero(String zeroBasis) {
            return new RevenueEstimate(BigDecimal.ZERO, currency, text, product.inputs(), zeroBasis);
        }
    }
}
