package io.revblueprint.metrics;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Outcome;
import io.revblueprint.crm.SourceCategory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/** One scope's win/loss: the closed cohort (opportunities closed in the period) and the open pipeline at as_of. */
final class WinLossMetrics {

    /** Won / closed, overall and per source, source_category, segment and owner; no closed deals → not written. */
    static final String WIN_RATE = "win_rate";
    /** Won / closed among deals whose source_category is MARKETING; none closed → not written. */
    static final String MARKETING_SOURCED_WIN_RATE = "marketing_sourced_win_rate";
    /** Lost with that reason (empty: UNKNOWN) / lost, per reason; nothing lost → not written. */
    static final String LOSS_REASON_SHARE = "loss_reason_share";
    /**
     * Mean amount of won deals with an amount, in the scope's one currency, or with mixed currencies in the company
     * currency (the others apart, as {@code currency=<code>}); none → not written.
     */
    static final String AVG_WON_DEAL_SIZE = "avg_won_deal_size";
    /** Median of (closed_at − created_at) in fractional days over won deals; none won → not written. */
    static final String SALES_CYCLE_DAYS_MEDIAN = "sales_cycle_days_median";
    /** 75th percentile (nearest rank) of the won deals' cycle days; none won → not written. */
    static final String SALES_CYCLE_DAYS_P75 = "sales_cycle_days_p75";
    /** Pearson chi-square p of source × won/lost, sources under 5 deals pooled; < 2 groups, none won or lost → not written. */
    static final String WIN_RATE_SOURCE_CHI2_P = "win_rate_source_chi2_p";
    /** Open deals × win_rate × avg_won_deal_size ÷ mean cycle days; any factor missing or a zero cycle → not written. */
    static final String PIPELINE_VELOCITY = "pipeline_velocity";

    /** Sources with fewer closed deals than this are pooled into one group for the chi-square test. */
    static final int MIN_DEALS_PER_CHI2_GROUP = 5;

    private static final String UNKNOWN_LOSS_REASON = "UNKNOWN";
    private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

    private final String currency;
    private final Proportion winRate = new Proportion();
    private final Breakdown bySource = new Breakdown("source");
    private final Breakdown byCategory = new Breakdown("source_category");
    private final Breakdown bySegment = new Breakdown("segment");
    private final Breakdown byOwner = new Breakdown("owner");
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
        rows.rate(WIN_RATE, winRate);
        rows.rates(WIN_RATE, bySource);
        rows.rates(WIN_RATE, byCategory);
        rows.rates(WIN_RATE, bySegment);
        rows.rates(WIN_RATE, byOwner);
        rows.rate(MARKETING_SOURCED_WIN_RATE, marketingSourced);
        long lost = winRate.trials() - winRate.successes();
        lossReasons.forEach((reason, count) -> rows.rate(LOSS_REASON_SHARE, "loss_reason=" + reason, count, lost));
        averageDealSize(rows);
        cycleDays.percentile(0.5).ifPresent(days -> rows.figure(SALES_CYCLE_DAYS_MEDIAN, "", days, null,
                (long) cycleDays.size(), MetricUnits.DAYS));
        cycleDays.percentile(0.75).ifPresent(days -> rows.figure(SALES_CYCLE_DAYS_P75, "", days, null,
                (long) cycleDays.size(), MetricUnits.DAYS));
        sourceChiSquareP().ifPresent(p -> rows.figure(WIN_RATE_SOURCE_CHI2_P, "", p, null, winRate.trials(),
                MetricUnits.P_VALUE));
        pipelineVelocity().ifPresent(velocity -> rows.figure(PIPELINE_VELOCITY, "", velocity, null, null,
                MetricUnits.perDay(overallCurrency())));
    }

    /** The overall currency's average, then each other currency's under {@code currency=<code>}. */
    private void averageDealSize(MetricRows rows) {
        String overall = overallCurrency();
        Amounts own = wonAmountsByCurrency.get(overall);
        if (own != null) {
            rows.figure(AVG_WON_DEAL_SIZE, "", own.mean(), null, own.count, overall);
        }
        wonAmountsByCurrency.forEach((code, amounts) -> {
            if (!code.equals(overall)) {
                rows.figure(AVG_WON_DEAL_SIZE, "currency=" + code, amounts.mean(), null, amounts.count, code);
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
        long[] pooled = new long[2];
        List<long[]> groups = new ArrayList<>();
        bySource.byValue().values().forEach(source -> {
            long[] wonLost = {source.successes(), source.trials() - source.successes()};
            if (source.trials() >= MIN_DEALS_PER_CHI2_GROUP) {
                groups.add(wonLost);
            } else {
                pooled[0] += wonLost[0];
                pooled[1] += wonLost[1];
            }
        });
        if (pooled[0] + pooled[1] > 0) {
            groups.add(pooled);
        }
        return ChiSquare.independencePValue(groups.toArray(long[][]::new));
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
