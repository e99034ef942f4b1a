package io.revblueprint.metrics;

import io.revblueprint.crm.DisqualificationReason;
import io.revblueprint.crm.Lead;

import java.time.Duration;

/** One scope's SLA compliance, each lead judged in business hours on its own team's calendar. */
final class SlaMetrics {

    private static final String UNRESPONSIVE = DisqualificationReason.UNRESPONSIVE.name();

    private final Proportion response = new Proportion();
    private final Breakdown responseByTier = new Breakdown(Dimension.Kind.TIER);
    private final Samples responseHours = new Samples();
    private final Proportion acceptReject = new Proportion();
    private final Proportion followUp = new Proportion();
    private final Proportion reasonCoverage = new Proportion();

    void count(JudgedMql mql) {
        if (mql.response().isDecided()) {
            boolean met = mql.response() == SlaStatus.MET;
            response.count(met);
            responseByTier.count(mql.highIntent() ? "HIGH_INTENT" : "STANDARD", met);
        }
        if (mql.responseHours() != null) {
            responseHours.add(mql.responseHours());
        }
        if (mql.acceptReject().isDecided()) {
            acceptReject.count(mql.acceptReject() == SlaStatus.MET);
        }
    }

    void count(DispositionFacts facts, MetricsContext context) {
        Lead lead = facts.lead();
        boolean disqualifiedInPeriod = context.inPeriod(lead.disqualifiedAt());
        if (disqualifiedInPeriod || context.inPeriod(lead.rejectedAt())) {
            reasonCoverage.count(DisqualificationReason.isDocumented(lead.disqualificationReason()));
        }
        if (disqualifiedInPeriod && UNRESPONSIVE.equals(lead.disqualificationReason())) {
            followUp.count(followedUp(facts, context.policy()));
        }
    }

    void writeTo(MetricRows rows) {
        rows.rate(Metric.RESPONSE_SLA_COMPLIANCE, response);
        rows.rates(Metric.RESPONSE_SLA_COMPLIANCE, responseByTier);
        percentile(rows, Metric.LEAD_RESPONSE_HOURS_MEDIAN, 0.5);
        percentile(rows, Metric.LEAD_RESPONSE_HOURS_P90, 0.9);
        rows.rate(Metric.ACCEPT_REJECT_SLA_COMPLIANCE, acceptReject);
        rows.rate(Metric.FOLLOW_UP_COMPLIANCE, followUp);
        rows.rate(Metric.DISQUALIFICATION_REASON_COVERAGE, reasonCoverage);
    }

    /** Enough touches in [start, disqualified_at] and at least the minimum elapsed time (days of 24 h). */
    private static boolean followedUp(DispositionFacts facts, SlaPolicy policy) {
        Duration worked = Duration.between(facts.followUpStart(), facts.lead().disqualifiedAt());
        return facts.followUpTouches() >= policy.minTouches()
                && worked.compareTo(Duration.ofDays(policy.minTouchDays())) >= 0;
    }

    private void percentile(MetricRows rows, Metric metric, double p) {
        responseHours.percentile(p).ifPresent(hours -> rows.percentile(metric, hours, Unit.HOURS));
    }
}
