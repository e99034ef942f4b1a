package io.revblueprint.demo;

import io.revblueprint.crm.Lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lives a lead's life: scoring to MQL, accept or reject, work, SQL or disqualification, all before as_of. */
final class LeadLifecycle {

    private static final Instant AS_OF = DemoCompany.AS_OF;

    private final Roster roster;
    private final Dice dice;

    LeadLifecycle(Roster roster, Dice dice) {
        this.roster = roster;
        this.dice = dice;
    }

    DemoLead simulate(String leadId, Prospect prospect) {
        Timeline timeline = new Timeline(prospect, new BusinessClock(roster.calendarOf(prospect.owner())));
        if (prospect.source().isOutbound()) {
            prospectOutbound(timeline);
        } else {
            scoreInbound(timeline);
        }
        if (timeline.mqlAt != null) {
            timeline.automatedAt = onOrBeforeAsOf(timeline.mqlAt.plusSeconds(dice.between(60, 300)));
            if (prospect.owner() != null) {
                workMql(timeline);
            }
        }
        return timeline.toDemoLead(leadId);
    }

    /** SDR prospecting: some answer and become MQLs, many never answer. */
    private void prospectOutbound(Timeline t) {
        Instant firstCall = t.clock.plusBusinessHours(t.createdAt, dice.between(0.2, 3.0));
        double roll = dice.between(0.0, 1.0);
        if (roll < 0.35) {
            Instant mql = onOrBeforeAsOf(t.clock.momentDaysAfter(t.createdAt, dice.between(3, 20), dice));
            if (mql != null && firstCall.isBefore(mql.minusSeconds(3600))) {
                t.mqlAt = mql;
                t.touch(firstCall, mql.minusSeconds(3600), dice.between(2, 5));
                return;
            }
        }
        if (roll < 0.70) {
            unresponsive(t, firstCall);
            return;
        }
        t.touch(firstCall, firstCall.plus(Duration.ofDays(20)), dice.between(1, 4));
    }

    /** Inbound leads: the higher the score, the likelier the MQL; junk is weeded out, the rest nurtured. */
    private void scoreInbound(Timeline t) {
        Prospect prospect = t.prospect;
        if (dice.chance(0.3 + 0.7 * prospect.score() / 100.0)) {
            boolean straightAway = dice.chance(0.45);
            Instant mql = straightAway
                    ? t.createdAt.plusSeconds(dice.between(60, 1800))
                    : t.createdAt.plus(Duration.ofDays(dice.between(1, 25))).plusSeconds(dice.between(0, 86_399));
            t.mqlAt = onOrBeforeAsOf(mql);
            if (!straightAway && t.mqlAt != null && prospect.owner() != null) {
                touchBeforeMql(t);
            }
        } else if (dice.chance(0.06)) {
            t.disqualify(onOrBeforeAsOf(t.createdAt.plusSeconds(dice.between(3600, 72 * 3600))), Reasons.triage(dice));
        } else if (dice.chance(0.3)) {
            t.automatedAt = onOrBeforeAsOf(t.createdAt.plus(Duration.ofDays(dice.between(1, 3))));
        }
    }

    /** Trade show contacts get a call before they score as MQL; others rarely. */
    private void touchBeforeMql(Timeline t) {
        if (!dice.chance(t.prospect.source().name().equals("Trade Show") ? 0.6 : 0.12)) {
            return;
        }
        Instant call = t.clock.plusBusinessHours(t.createdAt, dice.between(1.0, 8.0));
        Instant deadline = t.mqlAt.minusSeconds(3600);
        if (call.isBefore(deadline)) {
            t.touch(call, deadline, dice.between(1, 2));
        }
    }

    private void workMql(Timeline t) {
        TeamProfile profile = t.prospect.team().profile();
        double response = profile.response().sample(dice) * (t.prospect.isHighIntent() ? 0.7 : 1.0);
        Instant first = dice.chance(0.04) ? null : onOrBeforeAsOf(t.clock.plusBusinessHours(t.mqlAt, response));
        Instant decision = dice.chance(0.05)
                ? null : onOrBeforeAsOf(t.clock.plusBusinessHours(t.mqlAt, profile.decision().sample(dice)));
        if (decision == null) {
            t.touch(first, first == null ? null : first.plus(Duration.ofDays(10)), dice.between(1, 3));
        } else if (!dice.chance(profile.acceptRate() + (t.prospect.isHighIntent() ? 0.1 : 0.0))) {
            t.rejectedAt = decision;
            t.reason = Reasons.reject(profile.reasonDocumented(), dice);
            t.touch(first, first, 1);
        } else {
            t.acceptedAt = decision;
            workAccepted(t, first, profile);
        }
    }

    /** An accepted MQL that nobody touched stays as it is: accepted and forgotten. */
    private void workAccepted(Timeline t, Instant first, TeamProfile profile) {
        if (first == null) {
            return;
        }
        double roll = dice.between(0.0, 1.0);
        if (roll < 0.45) {
            qualify(t, first);
        } else if (roll < 0.82 && dice.chance(0.45)) {
            unresponsive(t, first);
        } else if (roll < 0.82) {
            disqualify(t, first, profile);
        } else {
            t.touch(first, first.plus(Duration.ofDays(30)), dice.between(2, 6));
        }
    }

    private void qualify(Timeline t, Instant first) {
        Instant base = first.isAfter(t.acceptedAt) ? first : t.acceptedAt;
        Instant sql = onOrBeforeAsOf(t.clock.momentDaysAfter(base, dice.between(2, 25), dice));
        if (sql == null) {
            t.touch(first, AS_OF, dice.between(2, 5));
            return;
        }
        t.sqlAt = sql;
        t.touch(first, sql, dice.between(3, 7));
    }

    private void disqualify(Timeline t, Instant first, TeamProfile profile) {
        Instant at = onOrBeforeAsOf(t.clock.momentDaysAfter(first, dice.between(3, 30), dice));
        if (at == null) {
            t.touch(first, AS_OF, dice.between(2, 5));
            return;
        }
        t.disqualify(at, Reasons.disqualify(profile.reasonDocumented(), dice));
        t.touch(first, at, dice.between(3, 6));
    }

    /** A lead that never answers: worked with the full cadence (8+ touches, 14+ days) only by disciplined teams. */
    private void unresponsive(Timeline t, Instant first) {
        Cadence cadence = cadence(t.prospect.team().profile().followUpDiscipline());
        Instant at = onOrBeforeAsOf(t.clock.momentDaysAfter(first, cadence.days(), dice));
        if (at == null) {
            t.touch(first, AS_OF, Math.min(cadence.touches(), 5));
            return;
        }
        t.disqualify(at, Reasons.UNRESPONSIVE);
        t.touch(first, at, cadence.touches());
    }

    private Cadence cadence(double discipline) {
        if (dice.chance(discipline)) {
            return new Cadence(dice.between(15, 24), dice.between(8, 11));
        }
        return switch (dice.between(0, 2)) {
            case 0 -> new Cadence(dice.between(5, 12), dice.between(3, 6));
            case 1 -> new Cadence(dice.between(6, 12), dice.between(8, 10));
            default -> new Cadence(dice.between(15, 24), dice.between(3, 6));
        };
    }

    private static Instant onOrBeforeAsOf(Instant instant) {
        return instant.isAfter(AS_OF) ? null : instant;
    }

    /** How long an SDR chased a silent lead and how often. */
    private record Cadence(int days, int touches) {
    }

    /** The lead's milestones while they are being decided. */
    private static final class Timeline {

        private final Prospect prospect;
        private final BusinessClock clock;
        private final Instant createdAt;
        private final List<Touches> touches = new ArrayList<>();
        private Instant mqlAt;
        private Instant acceptedAt;
        private Instant rejectedAt;
        private Instant sqlAt;
        private Instant disqualifiedAt;
        private String reason;
        private Instant automatedAt;

        Timeline(Prospect prospect, BusinessClock clock) {
            this.prospect = prospect;
            this.clock = clock;
            this.createdAt = prospect.createdAt();
        }

        void disqualify(Instant at, String why) {
            disqualifiedAt = at;
            reason = at == null ? null : why;
        }

        /** Records touches that happened by as_of; none when there was no first touch. */
        void touch(Instant first, Instant last, int count) {
            if (first == null || first.isAfter(AS_OF)) {
                return;
            }
            Instant end = last.isAfter(AS_OF) ? AS_OF : last;
            touches.add(new Touches(first, end.isBefore(first) ? first : end, count));
        }

        DemoLead toDemoLead(String leadId) {
            Firmographics firm = prospect.firmographics();
            Lead lead = new Lead(leadId, createdAt, prospect.ownerId(), prospect.source().name(),
                    prospect.source().category(), prospect.campaignId(), prospect.score(), firm.industry(),
                    firm.companySize(), firm.country(), mqlAt, acceptedAt, rejectedAt, sqlAt, disqualifiedAt,
                    reason, null);
            return new DemoLead(lead, prospect.team(), prospect.owner(), automatedAt, touches);
        }
    }
}
