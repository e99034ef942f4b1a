package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.WorkCalendar;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-made cases for the metric tests: a Berlin team (MON-FRI, Christmas Day off), a New York team working
 * MON-THU (Thanksgiving off), UNASSIGNED on the company calendar (Europe/Berlin), and the period 2026-Q4, which
 * holds both autumn clock changes (Berlin 25 Oct, New York 1 Nov).
 */
final class Cases {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String BER = "T-BER";
    static final String NYC = "T-NYC";
    static final String UNASSIGNED = Team.UNASSIGNED;
    static final Period Q4 = Period.parse("2026-Q4", BERLIN);
    static final Instant AS_OF = berlin("2026-12-31T23:00");

    static final WorkCalendar BERLIN_CALENDAR = new WorkCalendar(BERLIN, WorkCalendar.DEFAULT_START,
            WorkCalendar.DEFAULT_END, WorkCalendar.MON_FRI, Set.of(LocalDate.parse("2026-12-25")));
    static final WorkCalendar NEW_YORK_MON_THU = new WorkCalendar(NEW_YORK, WorkCalendar.DEFAULT_START,
            WorkCalendar.DEFAULT_END, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            Set.of(LocalDate.parse("2026-11-26")));

    private Cases() {
    }

    static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    static Instant newYork(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    static MetricsCalculator calculator() {
        return calculator(Q4, AS_OF);
    }

    static MetricsCalculator calculator(Period period, Instant asOf) {
        return new MetricsCalculator(period, asOf, SlaPolicy.DEFAULT, "EUR",
                Map.of(BER, BERLIN_CALENDAR, NYC, NEW_YORK_MON_THU), WorkCalendar.standard(BERLIN));
    }

    static LeadBuilder lead(String id) {
        return new LeadBuilder(id);
    }

    static DealBuilder deal(String id) {
        return new DealBuilder(id);
    }

    /** The row of scope × metric × dimension, if written. */
    static Optional<MetricValue> row(MetricResults results, String scope, String metric, String dimension) {
        return find(results.metrics(), scope, metric, dimension);
    }

    static Optional<MetricValue> evidence(MetricResults results, String scope, String metric, String dimension) {
        return find(results.evidence(), scope, metric, dimension);
    }

    /** numerator/denominator of a written rate, or "absent". */
    static String fraction(MetricResults results, String scope, String metric, String dimension) {
        return row(results, scope, metric, dimension).map(v -> v.numerator() + "/" + v.denominator()).orElse("absent");
    }

    private static Optional<MetricValue> find(List<MetricValue> rows, String scope, String metric, String dimension) {
        List<MetricValue> found = rows.stream().filter(v -> v.scope().equals(scope) && v.metric().key().equals(metric)
                && v.dimension().csv().equals(dimension)).toList();
        if (found.size() > 1) {
            throw new AssertionError("more than one row " + scope + " " + metric + " " + dimension);
        }
        return found.stream().findFirst();
    }

    /** A lead, by default an MQL of 14 Oct 2026 10:00 Berlin, score 50, owned by a user, every field filled. */
    static final class LeadBuilder {

        private final String id;
        private Instant created = berlin("2026-10-14T09:00");
        private String owner = "U-1";
        private String source = "Webinar";
        private SourceCategory category = SourceCategory.MARKETING;
        private String campaign;
        private Integer score = 50;
        private String industry = "Software";
        private Integer companySize = 200;
        private Instant mql = berlin("2026-10-14T10:00");
        private Instant accepted;
        private Instant rejected;
        private Instant sql;
        private Instant disqualified;
        private String reason;
        private String convertedOpportunity;

        private LeadBuilder(String id) {
            this.id = id;
        }

        LeadBuilder created(Instant at) {
            this.created = at;
            return this;
        }

        LeadBuilder mql(Instant at) {
            this.mql = at;
            return this;
        }

        LeadBuilder notMql() {
            this.mql = null;
            return this;
        }

        LeadBuilder score(Integer value) {
            this.score = value;
            return this;
        }

        LeadBuilder source(String value) {
            this.source = value;
            return this;
        }

        LeadBuilder owner(String value) {
            this.owner = value;
            return this;
        }

        LeadBuilder industry(String value) {
            this.industry = value;
            return this;
        }

        LeadBuilder companySize(Integer value) {
            this.companySize = value;
            return this;
        }

        LeadBuilder accepted(Instant at) {
            this.accepted = at;
            return this;
        }

        LeadBuilder rejected(Instant at, String why) {
            this.rejected = at;
            this.reason = why;
            return this;
        }

        LeadBuilder sql(Instant at) {
            this.sql = at;
            return this;
        }

        LeadBuilder converted(String opportunityId) {
            this.convertedOpportunity = opportunityId;
            return this;
        }

        LeadBuilder disqualified(Instant at, String why) {
            this.disqualified = at;
            this.reason = why;
            return this;
        }

        Lead build() {
            return new Lead(id, created, owner, source, category, campaign, score, industry, companySize, "DE", mql,
                    accepted, rejected, sql, disqualified, reason, convertedOpportunity);
        }

        /** As an MQL of {@code team} with its first meaningful touch (null: none). */
        LeadFacts of(String team, Instant firstTouch) {
            return new LeadFacts(build(), team, firstTouch);
        }

        /** As a lead rejected or disqualified in the period, with its follow-up touches. */
        DispositionFacts disposition(String team, long followUpTouches) {
            return new DispositionFacts(build(), team, followUpTouches);
        }
    }

    /** A deal, by default won on 15 Oct 2026 after 20 days, 1000 EUR, source Webinar/MARKETING, owner U-1. */
    static final class DealBuilder {

        private final String id;
        private Instant created = berlin("2026-09-25T12:00");
        private String owner = "U-1";
        private String source = "Webinar";
        private SourceCategory category = SourceCategory.MARKETING;
        private Segment segment;
        private BigDecimal amount = new BigDecimal("1000");
        private String currency = "EUR";
        private boolean closed = true;
        private boolean won = true;
        private Instant closedAt = berlin("2026-10-15T12:00");
        private String lossReason;

        private DealBuilder(String id) {
            this.id = id;
        }

        DealBuilder lost(String reason) {
            this.won = false;
            this.lossReason = reason;
            return this;
        }

        DealBuilder open() {
            this.closed = false;
            this.won = false;
            this.closedAt = null;
            return this;
        }

        DealBuilder closedAt(Instant at) {
            this.closedAt = at;
            return this;
        }

        DealBuilder createdAt(Instant at) {
            this.created = at;
            return this;
        }

        DealBuilder source(String value, SourceCategory sourceCategory) {
            this.source = value;
            this.category = sourceCategory;
            return this;
        }

        DealBuilder segment(Segment value) {
            this.segment = value;
            return this;
        }

        DealBuilder amount(String value, String code) {
            this.amount = value == null ? null : new BigDecimal(value);
            this.currency = code;
            return this;
        }

        DealBuilder owner(String value) {
            this.owner = value;
            return this;
        }

        Opportunity build() {
            return new Opportunity(id, created, owner, null, null, source, category, segment, amount, currency,
                    closed ? (won ? "Closed Won" : "Closed Lost") : "Proposal", closed, won, closedAt, lossReason, null);
        }

        /** Owned by {@code team} (MID_MARKET), without a lead of the snapshot. */
        OpportunityFacts of(String team) {
            return new OpportunityFacts(build(), team, Segment.MID_MARKET, null);
        }

        OpportunityFacts of(String team, Segment teamSegment, OpportunityFacts.OriginLead lead) {
            return new OpportunityFacts(build(), team, teamSegment, lead);
        }
    }
}
