package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;

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

    /** A fix's stake, and the funnel its fix leaves for the fixes ranked after it. */
    record Staked(RevenueEstimate estimate, Funnel after) {
    }

    private static final Phrase GAP_TO_THRESHOLD = Phrase.of("gap to threshold");
    private static final Phrase ON_BOUNDED_SQLS = Phrase.of("gap to threshold, an upper bound: it counts SQLs that fixes"
            + " ranked above add at their upper bound");

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

    /** The leak's stake on the funnel as measured. */
    public RevenueEstimate estimate(Judgement leak) {
        return estimate(leak, Funnel.AS_MEASURED).estimate();
    }

    /** The leak's stake on the funnel the fixes ranked above it leave, and the funnel its fix leaves. */
    Staked estimate(Judgement leak, Funnel funnel) {
        if (leak.verdict() == Verdict.INSUFFICIENT_DATA) {
            // A win rate of 1 in 10 priced at 219 % of the team's bookings: a figure not judged prices nothing.
            return new Staked(notEstimated(Phrase.of("the figure rests on {0} cases, fewer than the {1} it needs to"
                    + " be judged; the fix ranks after the judged leaks", Quantity.count(cases(leak.value())),
                    Quantity.count(minimumCases))), funnel);
        }
        Optional<Long> young = StillSettling.couldStillClose(leak, evidence);
        if (young.isPresent()) {
            // The demo's Berlin in September: 17 % of 190 MQLs priced at € 2.7M, ranked first, with 96 still young.
            return new Staked(notEstimated(Phrase.of("{0} of its {1} cases are under " + Dimension.SETTLING_DAYS
                    + " days old and not yet decided, enough to bring the rate to its line: its gap is not measured"
                    + " yet; the fix ranks after those with revenue at stake", Quantity.count(young.get()),
                    Quantity.count(cases(leak.value())))), funnel);
        }
        return switch (leak.value().metric()) {
            case MQL_TO_SQL_RATE -> mqlToSql(leak, funnel);
            case MQL_ACCEPTANCE_RATE -> acceptance(leak, funnel);
            case RESPONSE_SLA_COMPLIANCE -> responseSla(leak, funnel);
            case FOLLOW_UP_COMPLIANCE -> followUp(leak, funnel);
            case SQL_TO_OPPORTUNITY_RATE -> new Staked(sqlToOpportunity(leak, funnel), funnel);
            case WIN_RATE, MARKETING_SOURCED_WIN_RATE -> winRate(leak, funnel);
            case SALES_CYCLE_DAYS_MEDIAN, SALES_CYCLE_DAYS_P75 -> new Staked(salesCycle(leak, funnel), funnel);
            case LEAD_RESPONSE_HOURS_MEDIAN, LEAD_RESPONSE_HOURS_P90 -> new Staked(notEstimated("a response-time"
                    + " percentile does not say how many MQLs would be answered in time; the response SLA compliance"
                    + " estimate covers this leak"), funnel);
            case ACCEPT_REJECT_SLA_COMPLIANCE, DISQUALIFICATION_REASON_COVERAGE, MQL_COUNT, LEAD_VELOCITY_RATE,
                 LOSS_REASON_SHARE, AVG_WON_DEAL_SIZE, WIN_RATE_SOURCE_CHI2_P, PIPELINE_VELOCITY,
                 CRM_COMPLETENESS_LEADS, CRM_COMPLETENESS_OPPORTUNITIES, ATTRIBUTION_COVERAGE,
                 CAMPAIGN_ATTRIBUTION_COVERAGE -> new Staked(notEstimated("the team's figures hold no measurable"
                    + " revenue effect of " + leak.value().metric().label() + "; the fix ranks after those with"
                    + " revenue at stake"), funnel);
        };
    }

    /** More MQLs reach SQL, up to the threshold from where the fixes above left the rate: each worth the team's won revenue per SQL. */
    private Staked mqlToSql(Judgement leak, Funnel funnel) {
        Optional<Double> now = mqlToSqlNow(funnel);
        double lift = now.map(rate -> Math.max(0, leak.threshold().level() - rate)).orElse(0.0);
        Formula formula = new Formula("MQLs in period × 365 ÷ days × (threshold − MQL→SQL rate)" + VALUE_PER_SQL,
                GAP_TO_THRESHOLD)
                .times(cases(leak, "MQLs in period"))
                .times(yearFactor())
                .times(now.map(rate -> new Factor("MQL→SQL gap to threshold" + after(funnel), lift,
                        gapBetween(leak.threshold().level(), rate))).orElse(Factor.of("MQL→SQL rate", null)));
        if (lift == 0 && funnel.addedSqls() > 0) {
            return new Staked(formula.zero(Phrase.of("the fixes ranked above already lift MQL→SQL to {0}",
                    Quantity.ratio(now.orElseThrow())), RevenueEstimate.Kind.COVERED_ABOVE), funnel);
        }
        return addingSqls(formula, funnel, annualMqls().orElse(0.0) * lift);
    }

    /**
     * More MQLs accepted: the MQL→SQL rate rises to what target acceptance gives, from where the fixes above left it.
     * An upper bound: sales rejects its weakest MQLs, which would not become SQLs as often as those it accepts.
     */
    private Staked acceptance(Judgement leak, Funnel funnel) {
        double accepted = leak.value().value();
        Optional<Double> sqlPerAccepted = accepted > 0
                ? overall(Metric.MQL_TO_SQL_RATE).map(sql -> Math.min(1, sql.value() / accepted))
                : Optional.empty();
        Optional<Double> now = mqlToSqlNow(funnel);
        Optional<Double> lift = sqlPerAccepted.flatMap(perAccepted -> now.map(rate ->
                Math.max(0, Math.min(1, leak.threshold().level() * perAccepted) - rate)));
        Formula formula = new Formula("MQLs in period × 365 ÷ days × (target acceptance × SQLs per accepted MQL −"
                + " MQL→SQL rate)" + VALUE_PER_SQL, Phrase.of("gap to threshold, an upper bound: once the MQL"
                + " definition is agreed, the MQLs sales now rejects are assumed to meet it and to become SQLs as"
                + " often as those it accepts"))
                .atMost()
                .times(cases(leak, "MQLs in period"))
                .times(yearFactor())
                .times(lift.map(gain -> new Factor("MQL→SQL lift at target acceptance" + after(funnel), gain,
                        Phrase.of("{0} × {1} − {2} = {3}", Quantity.ratio(leak.threshold().level()),
                                Quantity.ratio(sqlPerAccepted.orElseThrow()), Quantity.ratio(now.orElseThrow()),
                                Quantity.points(gain))))
                        .orElse(Factor.of("SQLs per accepted MQL", null)));
        return addingSqls(formula, funnel, annualMqls().orElse(0.0) * lift.orElse(0.0));
    }

    /** MQLs moved inside the SLA convert at the measured within-SLA rate instead of the late one. */
    private Staked responseSla(Judgement leak, Funnel funnel) {
        Optional<MetricValue> met = evidence(MET);
        Optional<MetricValue> breached = evidence(BREACHED);
        if (met.isEmpty() || breached.isEmpty()) {
            return new Staked(notEstimated("needs the team's MQL→SQL rate of MQLs answered within the SLA and"
                    + " after, which this run did not measure"), funnel);
        }
        long metCases = cases(met.get());
        long breachedCases = cases(breached.get());
        if (metCases < minimumCases || breachedCases < minimumCases) {
            return new Staked(notEstimated(Phrase.of("MQL→SQL within the SLA (n={0}) and after (n={1}) is measured"
                    + " on fewer than {2} MQLs", Quantity.count(metCases), Quantity.count(breachedCases),
                    Quantity.count(minimumCases))), funnel);
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
                        measured[0], measured[1], measured[2], measured[3],
                        Quantity.pointsBetween(met.get().value(), breached.get().value()))));
        // Sydney: 30.0 % of 300 against 29.8 % of 84 was priced at € 6,164, a difference each interval holds.
        boolean withinChance = met.get().encloses(breached.get().value()) || breached.get().encloses(met.get().value());
        if (uplift <= 0) {
            // New York's 26.7 % against 28.8 % read as proof that response time does not matter.
            return new Staked(formula.zero(Phrase.of("measured: MQLs answered within the SLA converted no better ("
                    + MEASURED + (withinChance ? ", a difference within chance" : "") + "); no revenue is attributed"
                    + " to response time", measured), RevenueEstimate.Kind.NO_GAIN_MEASURED), funnel);
        }
        if (withinChance) {
            return new Staked(formula.zero(Phrase.of("measured: MQLs answered within the SLA converted better only"
                    + " within chance (" + MEASURED + "); no revenue is attributed to response time", measured),
                    RevenueEstimate.Kind.NO_GAIN_MEASURED), funnel);
        }
        return addingSqls(formula, funnel, cases(leak) * yearFactorValue() * gapOf(leak) * uplift);
    }

    /**
     * More of the team's SQLs a year (with those the fixes above add) become opportunities, up to the threshold, each
     * won at the team's win rate. The funnel it leaves is unchanged: fixes ranked after it are priced on the measured
     * SQL→opportunity rate, which undercounts rather than counting any revenue twice.
     */
    private RevenueEstimate sqlToOpportunity(Judgement leak, Funnel funnel) {
        boolean withAdded = leak.value().is(Metric.SQL_TO_OPPORTUNITY_RATE, Dimension.OVERALL)
                && funnel.addedSqls() > 0;
        return onAddedSqls("SQLs in period × 365 ÷ days (+ SQLs the fixes above add) × (threshold −"
                + " SQL→opportunity rate) × win rate × average won deal", withAdded, funnel)
                .times(withAdded ? sqlsWithAddedSqls(leak, funnel) : cases(leak, "SQLs in period").and(yearFactor()))
                .times(gap(leak, "SQL→opportunity gap to threshold"))
                .times(winRateFactor(funnel))
                .times(averageWonDeal())
                .estimate();
    }

    /**
     * An upper bound: a lead worked to the SLA is assumed to convert like the team's average MQL does today, not as
     * the fixes above would have it (Singapore's appendix read as if the rule of the fixes above were forgotten).
     */
    private Staked followUp(Judgement leak, Funnel funnel) {
        Formula formula = new Formula("Unresponsive disqualifications in period × 365 ÷ days × (threshold −"
                + " compliance) × MQL→SQL rate" + VALUE_PER_SQL, Phrase.of("gap to threshold, an upper bound: a lead"
                + " worked to the SLA is assumed to convert like the team's average MQL does today"))
                .atMost()
                .times(cases(leak, "Unresponsive disqualifications in period"))
                .times(yearFactor())
                .times(gap(leak, "Compliance gap to threshold"))
                .times(rate(Metric.MQL_TO_SQL_RATE, "MQL→SQL rate"));
        double mqlToSql = overall(Metric.MQL_TO_SQL_RATE).map(MetricValue::value).orElse(0.0);
        return addingSqls(formula, funnel, cases(leak) * yearFactorValue() * gapOf(leak) * mqlToSql);
    }

    /**
     * More of the closed deals won, each worth the team's average won deal: the team's (with the deals the SQLs
     * added above bring) up to the threshold, or a source's, segment's or marketing's deals up to it.
     */
    private Staked winRate(Judgement leak, Funnel funnel) {
        boolean whole = leak.value().is(Metric.WIN_RATE, Dimension.OVERALL);
        double from = whole ? winRateNow(funnel).orElse(leak.value().value()) : leak.value().value();
        double gain = Math.max(0, leak.threshold().level() - from);
        boolean withAdded = whole && funnel.addedSqls() > 0;
        Factor closed = withAdded ? closedWithAddedSqls(leak, funnel)
                : cases(leak, "Closed deals in period" + scopeOf(leak)).and(yearFactor());
        RevenueEstimate estimate = onAddedSqls("closed deals a year × (threshold − win rate) × average"
                + " won deal", withAdded, funnel)
                .times(closed)
                .times(new Factor("Win-rate gap to threshold" + (whole ? after(funnel) : ""), gain,
                        gapBetween(leak.threshold().level(), from)))
                .times(averageWonDeal())
                .estimate();
        double closedOverall = cases(overall(Metric.WIN_RATE).orElse(leak.value()));
        double reached = whole ? leak.threshold().level() : winRateNow(funnel).orElse(0.0)
                + (closedOverall == 0 ? 0 : cases(leak) * gain / closedOverall);
        return new Staked(estimate, funnel.withWinRate(Math.max(reached, winRateNow(funnel).orElse(0.0))));
    }

    /** A shorter cycle closes within the year revenue that now slips into the next. */
    private RevenueEstimate salesCycle(Judgement leak, Funnel funnel) {
        double excess = gapOf(leak);
        Optional<Double> closedPerYear = closedPerYear(funnel);
        Optional<Double> winRate = winRateNow(funnel);
        Factor won = closedPerYear.isPresent() && winRate.isPresent()
                ? new Factor("Won deals a year" + after(funnel), closedPerYear.get() * winRate.get(),
                        // Deals a year are printed whole: "2,126.52 closed" read as sloppy, not precise.
                        Phrase.of("{0} closed × {1} = {2}", Quantity.count(closedPerYear.get()),
                                Quantity.ratio(winRate.get()), Quantity.count(closedPerYear.get() * winRate.get())))
                : Factor.of("Won deals in period", null);
        return new Formula("won deals a year × average won deal × (cycle − threshold) ÷ 365",
                Phrase.of("gap to threshold: won revenue that would close within the year instead of slipping into"
                        + " the next"))
                .times(won)
                .times(averageWonDeal())
                .times(new Factor("Share of a year gained", excess / 365, Phrase.of("{0} − {1} = {2} ÷ 365",
                        Quantity.days(leak.value().value()), Quantity.days(leak.threshold().level()),
                        Quantity.days(excess))))
                .estimate();
    }

    /** The stake of SQLs a fix adds a year, each worth the team's won revenue per SQL on the funnel it finds. */
    private Staked addingSqls(Formula formula, Funnel funnel, double sqlsPerYear) {
        return new Staked(formula.times(valuePerSql(funnel)).estimate(), funnel.plusSqls(sqlsPerYear,
                formula.kind == RevenueEstimate.Kind.AT_MOST));
    }

    /** A formula priced on the SQLs the fixes above add, an upper bound when they rest on one. */
    private Formula onAddedSqls(String text, boolean withAdded, Funnel funnel) {
        boolean bounded = withAdded && funnel.addedAtMost();
        Formula formula = new Formula(text, bounded ? ON_BOUNDED_SQLS : GAP_TO_THRESHOLD);
        return bounded ? formula.atMost() : formula;
    }

    private Factor closedWithAddedSqls(Judgement leak, Funnel funnel) {
        Optional<Double> perYear = closedPerYear(funnel);
        double opportunityRate = overall(Metric.SQL_TO_OPPORTUNITY_RATE).map(MetricValue::value).orElse(0.0);
        return perYear.map(closed -> new Factor("Closed deals a year plus those from the SQLs the fixes above add", closed,
                        Phrase.of("{0} × {1} + {2} × {3} = {4}", Quantity.count(cases(leak)),
                                Quantity.number(yearFactorValue()), Quantity.count(funnel.addedSqls()),
                                Quantity.ratio(opportunityRate), Quantity.count(closed))))
                .orElse(Factor.of("Closed deals in period", null));
    }

    /** Singapore's SQL fix was priced on its 68 SQLs while the acceptance fix above it added 156 a year. */
    private Factor sqlsWithAddedSqls(Judgement leak, Funnel funnel) {
        double sqls = cases(leak) * yearFactorValue() + funnel.addedSqls();
        return new Factor("SQLs a year plus those the fixes above add", sqls, Phrase.of("{0} × {1} + {2} = {3}",
                Quantity.count(cases(leak)), Quantity.number(yearFactorValue()), Quantity.count(funnel.addedSqls()),
                Quantity.count(sqls)));
    }

    /** Closed deals a year: the team's, plus the opportunities the SQLs added above bring. */
    private Optional<Double> closedPerYear(Funnel funnel) {
        double opportunityRate = overall(Metric.SQL_TO_OPPORTUNITY_RATE).map(MetricValue::value).orElse(0.0);
        return overall(Metric.WIN_RATE).map(rate -> cases(rate) * yearFactorValue()
                + funnel.addedSqls() * opportunityRate);
    }

    private Optional<Double> winRateNow(Funnel funnel) {
        return funnel.winRate() != null ? Optional.of(funnel.winRate())
                : overall(Metric.WIN_RATE).map(MetricValue::value);
    }

    private Optional<Double> mqlToSqlNow(Funnel funnel) {
        return overall(Metric.MQL_TO_SQL_RATE).map(rate -> rate.value()
                + annualMqls().map(mqls -> mqls == 0 ? 0 : funnel.addedSqls() / mqls).orElse(0.0));
    }

    private Optional<Double> annualMqls() {
        return overall(Metric.MQL_TO_SQL_RATE).map(rate -> cases(rate) * yearFactorValue());
    }

    /** ", after the fixes ranked above" when they changed the funnel this figure comes from. */
    private static String after(Funnel funnel) {
        return funnel.equals(Funnel.AS_MEASURED) ? "" : ", after the fixes ranked above";
    }

    private Factor valuePerSql(Funnel funnel) {
        return rate(Metric.SQL_TO_OPPORTUNITY_RATE, "SQL→opportunity rate").and(winRateFactor(funnel))
                .and(averageWonDeal());
    }

    /** The team's win rate, or the one the fixes ranked above reach. */
    private Factor winRateFactor(Funnel funnel) {
        return funnel.winRate() == null ? rate(Metric.WIN_RATE, "Win rate")
                : new Factor("Win rate, after the fixes ranked above", funnel.winRate(),
                        Phrase.of("{0}", Quantity.ratio(funnel.winRate())));
    }

    /** Said when it rests on few won deals: Berlin's 2026-Q2 stakes stood on an average of 2, unmarked. */
    private Factor averageWonDeal() {
        return overall(Metric.AVG_WON_DEAL_SIZE)
                .map(deal -> deal.restsOnFewerThan(minimumCases)
                        ? new Factor("Average won deal", deal.value(), Phrase.of(cases(deal) == 1
                                ? "{0} (of only {1} won deal)" : "{0} (of only {1} won deals)",
                                Quantity.money(deal.value(), currency), Quantity.count(cases(deal))))
                        : Factor.of("Average won deal", Quantity.money(deal.value(), currency)))
                .orElse(Factor.of("Average won deal", null));
    }

    /**
     * A rate the stake multiplies by. One on too few cases is shown but prices nothing: TCRM's € 1.7M rested on an
     * SQL→opportunity rate of 100 % of 2 SQLs, where the report's own rule says such a figure counts no revenue.
     */
    private Factor rate(Metric metric, String name) {
        return overall(metric).map(rate -> rate.restsOnFewerThan(minimumCases)
                        ? Factor.thin(name, rate.value(), cases(rate))
                        : Factor.of(name, Quantity.ratio(rate.value())))
                .orElse(Factor.of(name, null));
    }

    private Factor yearFactor() {
        double factor = yearFactorValue();
        return new Factor("Year factor", factor, Phrase.of("365 ÷ {0} days = {1}", Quantity.count(periodDays),
                Quantity.number(factor)));
    }

    private double yearFactorValue() {
        return 365.0 / periodDays;
    }

    private static Factor cases(Judgement leak, String name) {
        return Factor.of(name, leak.value().denominator() == null ? null : Quantity.count(leak.value().denominator()));
    }

    /**
     * "25.0 % − 19.8 % = 5.2 points"; a rate the fixes above already lift past the line says so, where the
     * difference read "25.0 % − 34.3 % = 0.0 points".
     */
    private static Phrase gapBetween(double line, double rate) {
        return rate >= line ? Phrase.of("{0} already at or above {1}: no gap", Quantity.ratio(rate), Quantity.ratio(line))
                : Phrase.of("{0} − {1} = {2}", Quantity.ratio(line), Quantity.ratio(rate), Quantity.pointsBetween(line, rate));
    }

    /** How far the figure misses its threshold, in the metric's direction. */
    private static Factor gap(Judgement leak, String name) {
        double gap = gapOf(leak);
        double level = leak.threshold().level();
        double actual = leak.value().value();
        return new Factor(name, gap, Phrase.of("{0} − {1} = {2}", Quantity.ratio(level), Quantity.ratio(actual),
                Quantity.pointsBetween(level, actual)));
    }

    private static double gapOf(Judgement leak) {
        Threshold threshold = leak.threshold();
        double actual = leak.value().value();
        return Math.max(0, threshold.higherIsBetter() ? threshold.level() - actual : actual - threshold.level());
    }

    private static String scopeOf(Judgement leak) {
        Dimension dimension = leak.value().dimension();
        return dimension.isOverall() ? "" : " (" + dimension.inWords() + ")";
    }

    private static long cases(Judgement leak) {
        return cases(leak.value());
    }

    private static long cases(MetricValue value) {
        return value.cases() == null ? 0 : value.cases();
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

    /**
     * One or more named figures multiplied together; a missing figure is named rather than assumed, and one on too
     * few cases is named rather than trusted.
     */
    private record Factor(List<RevenueEstimate.Input> inputs, List<String> missing, List<String> thin, double value) {

        Factor(String name, double value, Phrase shown) {
            this(List.of(new RevenueEstimate.Input(name, shown)), List.of(), List.of(), value);
        }

        /** A figure of the team's as it is; null when the team has none this period. */
        static Factor of(String name, Quantity figure) {
            return figure == null ? new Factor(List.of(), List.of(name), List.of(), 0)
                    : new Factor(name, figure.value(), Phrase.of("{0}", figure));
        }

        /** A rate on fewer cases than a judgement needs: "SQL→opportunity rate = 100.0 % (on only 2 cases)". */
        static Factor thin(String name, double rate, long cases) {
            return new Factor(List.of(new RevenueEstimate.Input(name, Phrase.of("{0} (on only {1} cases)",
                    Quantity.ratio(rate), Quantity.count(cases)))), List.of(), List.of(name), rate);
        }

        Factor and(Factor other) {
            return new Factor(concat(inputs, other.inputs), concat(missing, other.missing), concat(thin, other.thin),
                    value * other.value);
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
        private Factor product = new Factor(List.of(), List.of(), List.of(), 1);
        private RevenueEstimate.Kind kind = RevenueEstimate.Kind.AS_COMPUTED;

        Formula(String text, Phrase basis) {
            this.text = text;
            this.basis = basis;
        }

        Formula times(Factor factor) {
            product = product.and(factor);
            return this;
        }

        /** The amount rests on an optimistic assumption, which the basis names. */
        Formula atMost() {
            kind = RevenueEstimate.Kind.AT_MOST;
            return this;
        }

        RevenueEstimate estimate() {
            if (!product.missing().isEmpty()) {
                return new RevenueEstimate(null, currency, text, product.inputs(), Phrase.of("not estimated: the team"
                        + " has no figure for " + String.join(", ", product.missing()) + " in this period"));
            }
            if (!product.thin().isEmpty()) {
                return new RevenueEstimate(null, currency, text, product.inputs(), Phrase.of("not estimated: "
                        + String.join(" and ", product.thin()) + " rest" + (product.thin().size() == 1 ? "s" : "")
                        + " on fewer than the {0} cases a figure needs to be judged; the fix ranks after those with"
                        + " revenue at stake", Quantity.count(minimumCases)));
            }
            return new RevenueEstimate(BigDecimal.valueOf(product.value()).setScale(0, RoundingMode.HALF_UP),
                    currency, text, product.inputs(), basis, kind);
        }

        RevenueEstimate zero(Phrase zeroBasis, RevenueEstimate.Kind why) {
            return new RevenueEstimate(BigDecimal.ZERO, currency, text, product.inputs(), zeroBasis, why);
        }
    }
}
