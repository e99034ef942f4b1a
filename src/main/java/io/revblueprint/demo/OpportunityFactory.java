package io.revblueprint.demo;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;
import io.revblueprint.crm.StageChange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Turns SQLs into deals, adds deals the AEs sourced themselves, and numbers them all by creation. */
final class OpportunityFactory {

    private static final double SQL_CONVERSION = 0.88;
    private static final double SOURCE_COPIED_FROM_LEAD = 0.4;
    private static final double AMOUNT_MISSING = 0.03;
    private static final List<Dice.Weighted<Origin>> SALES_SOURCED_ORIGINS = List.of(
            new Dice.Weighted<>(new Origin("Outbound", SourceCategory.SALES), 60),
            new Dice.Weighted<>(new Origin("Partner", SourceCategory.PARTNER), 25),
            new Dice.Weighted<>(new Origin("Customer Expansion", SourceCategory.OTHER), 11),
            new Dice.Weighted<>(new Origin(null, null), 4));

    private final Roster roster;
    private final Dice dice;
    private final DealSimulator deals;

    OpportunityFactory(Roster roster, Dice dice) {
        this.roster = roster;
        this.dice = dice;
        this.deals = new DealSimulator(roster, dice);
    }

    List<DemoOpportunity> create(List<DemoLead> leads) {
        List<Draft> drafts = new ArrayList<>();
        leads.stream().filter(lead -> lead.lead().sqlAt() != null && lead.owner() != null)
                .forEach(lead -> convert(lead, drafts));
        roster.salesTeams().forEach(team -> IntStream.range(0, dice.between(18, 26))
                .forEach(i -> drafts.add(salesSourcedDraft(team))));
        drafts.sort(Comparator.comparing(Draft::createdAt));
        return IntStream.range(0, drafts.size())
                .mapToObj(i -> build(drafts.get(i), String.format("O-%05d", i + 1))).toList();
    }

    /** The lead's deal under the given id, or null when it has none; for a generator that writes lead by lead. */
    DemoOpportunity fromLead(DemoLead lead, String id) {
        if (lead.lead().sqlAt() == null || lead.owner() == null) {
            return null;
        }
        Draft draft = draft(lead);
        return draft == null ? null : build(draft, id);
    }

    /** A deal an AE of the team sourced, under the given id. */
    DemoOpportunity salesSourced(DemoTeam team, String id) {
        return build(salesSourcedDraft(team), id);
    }

    private void convert(DemoLead lead, List<Draft> drafts) {
        Draft draft = draft(lead);
        if (draft != null) {
            drafts.add(draft);
        }
    }

    /** Most SQLs become a deal within a day and a half; some never get one (null). */
    private Draft draft(DemoLead lead) {
        Instant createdAt = lead.lead().sqlAt().plusSeconds(dice.between(600, 36 * 3600));
        if (!dice.chance(SQL_CONVERSION) || createdAt.isAfter(DemoCompany.AS_OF)) {
            return null;
        }
        boolean copySource = dice.chance(SOURCE_COPIED_FROM_LEAD);
        return new Draft(createdAt, lead.team(), accountExecutive(lead.team()), lead.lead().leadId(),
                copySource ? lead.lead().source() : null, copySource ? lead.lead().sourceCategory() : null,
                lead.lead().source(), segmentColumn(lead.team()));
    }

    private Draft salesSourcedDraft(DemoTeam team) {
        long days = ChronoUnit.DAYS.between(DemoCompany.FIRST_LEAD_DAY, DemoCompany.LAST_LEAD_DAY);
        LocalDate day = DemoCompany.FIRST_LEAD_DAY.plusDays(dice.between(0, (int) days));
        Instant createdAt = new BusinessClock(roster.calendar(team)).momentOn(day, dice);
        Origin origin = dice.pickWeighted(SALES_SOURCED_ORIGINS);
        return new Draft(createdAt, team, accountExecutive(team), legacyLeadOrNone(), origin.source(),
                origin.category(), origin.source() == null ? "" : origin.source(), segmentColumn(team));
    }

    /** A few deals name a lead from last year's CRM, which the snapshot no longer holds (kept as not attributed). */
    private String legacyLeadOrNone() {
        return dice.chance(0.05) ? String.format("L-2025-%04d", dice.between(1, 9999)) : null;
    }

    private DemoUser accountExecutive(DemoTeam team) {
        return dice.pick(roster.members(team, Role.AE));
    }

    /** Mostly left empty (the team's segment applies); sometimes set, now and then to a neighbouring segment. */
    private Segment segmentColumn(DemoTeam team) {
        double roll = dice.between(0.0, 1.0);
        if (roll < 0.75) {
            return null;
        }
        if (roll < 0.9) {
            return team.segment();
        }
        return team.segment() == Segment.ENTERPRISE
                ? Segment.MID_MARKET : Segment.values()[team.segment().ordinal() + 1];
    }

    private DemoOpportunity build(Draft draft, String id) {
        Segment segment = draft.segmentColumn() == null ? draft.team().segment() : draft.segmentColumn();
        Deal deal = deals.simulate(draft.createdAt(), draft.team(), segment, draft.effectiveSource());
        String lossReason = deal.lost() && dice.chance(draft.team().profile().lossReasonRecorded())
                ? Reasons.loss(dice) : null;
        String competitor = deal.lost() ? Reasons.competitor(lossReason, dice) : null;
        Opportunity opportunity = new Opportunity(id, draft.createdAt(), draft.owner().id(), draft.leadId(),
                String.format("ACC-%05d", dice.between(10_000, 99_999)), draft.source(), draft.category(),
                draft.segmentColumn(), amount(segment), DemoCompany.CURRENCY, deal.stage(), deal.closed(), deal.won(),
                deal.closedAt(), lossReason, competitor);
        List<StageChange> stages = deal.history().stream()
                .map(entry -> new StageChange(id, entry.stage(), entry.enteredAt())).toList();
        return new DemoOpportunity(opportunity, draft.team(), draft.owner(), stages);
    }

    /** Log-uniform deal value within the segment's band, rounded to 500. */
    private BigDecimal amount(Segment segment) {
        if (dice.chance(AMOUNT_MISSING)) {
            return null;
        }
        double[] band = switch (segment) {
            case SMB -> new double[] {5_000, 20_000};
            case MID_MARKET -> new double[] {20_000, 80_000};
            case ENTERPRISE -> new double[] {80_000, 400_000};
        };
        double value = Math.exp(dice.between(Math.log(band[0]), Math.log(band[1])));
        return BigDecimal.valueOf(Math.round(value / 500) * 500).setScale(2);
    }

    /** Where a sales-sourced deal came from, as the AE entered it (null: left empty). */
    private record Origin(String source, SourceCategory category) {
    }

    /**
     * A deal before it is numbered.
     *
     * @param effectiveSource the source its win odds depend on: its own, else its lead's
     */
    private record Draft(Instant createdAt, DemoTeam team, DemoUser owner, String leadId, String source,
                         SourceCategory category, String effectiveSource, Segment segmentColumn) {
    }
}
