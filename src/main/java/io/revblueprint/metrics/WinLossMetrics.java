package io.revblueprint.metrics;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Outcome;
import io.revblueprint.crm.SourceCategory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** One scope's win/loss: the closed cohort (opportunities closed in the period) and the open pipeline at as_of. */
final class WinLossMetrics {

    private static final String UNKNOWN_LOSS_REASON = "UNKNOWN";
    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    private final String currency;
    private final Proportion winRate = new Proportion();
    private final Breakdown bySource = new Breakdown(Dimension.Kind.SOURCE);
    private final Breakdown byCategory = new Breakdown(Dimension.Kind.SOURCE_CATEGORY);
    private final Breakdown bySegment = new Breakdown(Dimension.Kind.SEGMENT);
    private final Breakdown byOwner = new Breakdown(Dimension.Kind.OWNER);
    private final Proportion marketingSourced = new Proportion();
    private final Map<String, Long> lossReasons = new TreeMap<>();
    private final TreeMap<String, Amounts> wonAmountsByCurrency = new TreeMap<>();
    private final Samples cycleDays = new Samples();
    private long cycleMillis;
    private long openOpportunities;

    /** {@code currency}: the company currency, the only one averaged into the overall deal size. */
    WinLossMetrics(String currency) {
        this.currency = currency;
    }

    void count(OpportunityFacts facts) {
        Opportunity opportunity = facts.opportunity();
        boolean won = opportunity.outcome() == Outcome.WON;
        winRate.count(won);
        bySource.count(facts.source(), won);
        byCategory.count(facts.sourceCategory().name(), won);
        bySegment.count(facts.segment().name(), won);
        byOwner.count(opportunity.ownerId(), won);
        if (facts.sourceCategory() == SourceCategory.MARKETING) {
            marketingSourced.count(won);
        }
        if (won) {
            countWon(opportunity);
        } else {
            String reason = opportunity.lossReason() == null ? UNKNOWN_LOSS_REASON : opportunity.lossReason();
            lossReasons.merge(reason, 1L, Long::sum);
        }
    }

    void countOpen(long opportunities) {
        openOpportunities += opportunities;
    }

    void writeTo(MetricRows rows) {
        rows.rate(Metric.WIN_RATE, winRate);
        rows.rates(Metric.WIN_RATE, bySource);
        rows.rates(Metric.WIN_RATE, byCategory);
        rows.rates(Metric.WIN_RATE, bySegment);
        rows.rates(Metric.WIN_RATE, byOwner);
        rows.rate(Metric.MARKETING_SOURCED_WIN_RATE, marketingSourced);
        long lost = winRate.trials() - winRate.successes();
        lossReasons.forEach((reason, count) -> rows.rate(Metric.LOSS_REASON_SHARE,
                Dimension.of(Dimension.Kind.LOSS_REASON, reason), count, lost));
        averageDealSize(rows);
        cycleDays.percentile(0.5).ifPresent(days -> rows.percentile(Metric.SALES_CYCLE_DAYS_MEDIAN, days, Unit.DAYS));
        cycleDays.percentile(0.75).ifPresent(days -> rows.percentile(Metric.SALES_CYCLE_DAYS_P75, days, Unit.DAYS));
        sourceChiSquareP().ifPresent(p -> rows.figure(Metric.WIN_RATE_SOURCE_CHI2_P, Dimension.OVERALL, p, null,
                winRate.trials(), Unit.P_VALUE));
        pipelineVelocity().ifPresent(velocity -> rows.figure(Metric.PIPELINE_VELOCITY, Dimension.OVERALL, velocity,
                null, null, Unit.moneyPerDay(overallCurrency())));
    }

    /** The overall currency's average, then each other currency's under {@code currency=<code>}. */
    private void averageDealSize(MetricRows rows) {
        String overall = overallCurrency();
        Amounts own = wonAmountsByCurrency.get(overall);
        if (own != null) {
            rows.figure(Metric.AVG_WON_DEAL_SIZE, Dimension.OVERALL, own.mean(), null, own.count, Unit.money(overall));
        }
        wonAmountsByCurrency.forEach((code, amounts) -> {
            if (!code.equals(overall)) {
                rows.figure(Metric.AVG_WON_DEAL_SIZE, Dimension.of(Dimension.Kind.CURRENCY, code), amounts.mean(), null,
                        amounts.count, Unit.money(code));
            }
        });
    }

    private void countWon(Opportunity opportunity) {
        if (opportunity.amount() != null) {
            String code = opportunity.currency() == null ? currency : opportunity.currency();
            wonAmountsByCurrency.computeIfAbsent(code, c -> new Amounts()).add(opportunity.amount());
        }
        long millis = Duration.between(opportunity.createdAt(), opportunity.closedAt()).toMillis();
        cycleDays.add(millis / MILLIS_PER_DAY);
        cycleMillis += millis;
    }

    /** Groups: each source with at least 5 closed deals, and one pooled group of all the others. */
    private OptionalDouble sourceChiSquareP() {
        return ChiSquare.ratesDifferPValue(bySource.byValue().values().stream()
                .map(source -> new long[] {source.successes(), source.trials()}).toList());
    }

    /** A scope that wins in one currency only is measured in it; mixed currencies fall back to the company's. */
    private String overallCurrency() {
        return wonAmountsByCurrency.size() == 1 ? wonAmountsByCurrency.firstKey() : currency;
    }

    private OptionalDouble pipelineVelocity() {
        Amounts inCurrency = wonAmountsByCurrency.get(overallCurrency());
        // A deal size in the company currency means at least one deal won, so win rate and cycle exist too.
        if (inCurrency == null || cycleMillis == 0) {
            return OptionalDouble.empty();
        }
        long won = winRate.successes();
        double meanCycleDays = cycleMillis / (won * MILLIS_PER_DAY);
        double winRateValue = (double) won / winRate.trials();
        return OptionalDouble.of(openOpportunities * winRateValue * inCurrency.mean() / meanCycleDays);
    }

    /** A running exact sum of amounts in one currency. */
    private static final class Amounts {

        private BigDecimal sum = BigDecimal.ZERO;
        private long count;

        void add(BigDecimal amount) {
            sum = sum.add(amount);
            count++;
        }

        double mean() {
            return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128).doubleValue();
        }
    }
}
