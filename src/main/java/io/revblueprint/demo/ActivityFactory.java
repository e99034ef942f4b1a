package io.revblueprint.demo;

import io.revblueprint.crm.Activity;
import io.revblueprint.crm.ActivityType;
import io.revblueprint.crm.Role;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Materializes the touches on leads and deals, numbered in the order they happened. */
final class ActivityFactory {

    private static final List<Dice.Weighted<ActivityType>> LEAD_TOUCH_TYPES = List.of(
            new Dice.Weighted<>(ActivityType.EMAIL, 40), new Dice.Weighted<>(ActivityType.CALL, 35),
            new Dice.Weighted<>(ActivityType.SOCIAL, 15), new Dice.Weighted<>(ActivityType.MEETING, 7),
            new Dice.Weighted<>(ActivityType.OTHER, 3));
    private static final List<Dice.Weighted<ActivityType>> DEAL_TOUCH_TYPES = List.of(
            new Dice.Weighted<>(ActivityType.MEETING, 30), new Dice.Weighted<>(ActivityType.CALL, 30),
            new Dice.Weighted<>(ActivityType.EMAIL, 35), new Dice.Weighted<>(ActivityType.OTHER, 5));
    /** Managers join some deal meetings. */
    private static final double MANAGER_JOINS_MEETING = 0.1;

    private final Roster roster;
    private final Dice dice;

    ActivityFactory(Roster roster, Dice dice) {
        this.roster = roster;
        this.dice = dice;
    }

    List<Activity> create(List<DemoLead> leads, List<DemoOpportunity> opportunities) {
        List<Activity> unnumbered = new ArrayList<>();
        leads.forEach(lead -> unnumbered.addAll(onLead(lead)));
        opportunities.forEach(opportunity -> unnumbered.addAll(onOpportunity(opportunity)));
        unnumbered.sort(Comparator.comparing(Activity::occurredAt));
        return IntStream.range(0, unnumbered.size())
                .mapToObj(i -> numbered(unnumbered.get(i), String.format("A-%06d", i + 1))).toList();
    }

    List<Activity> onLead(DemoLead lead) {
        List<Activity> activities = new ArrayList<>();
        String leadId = lead.lead().leadId();
        if (lead.automatedAt() != null) {
            DemoUser sender = lead.owner() != null && lead.owner().workedAt(lead.automatedAt())
                    ? lead.owner() : roster.marketingOps();
            activities.add(new Activity(null, leadId, null, sender.id(), ActivityType.EMAIL, lead.automatedAt(), true));
        }
        for (Touches touches : lead.touches()) {
            for (Instant at : spread(touches, lead.owner())) {
                if (lead.owner().workedAt(at)) {
                    activities.add(new Activity(null, leadId, null, lead.owner().id(),
                            dice.pickWeighted(LEAD_TOUCH_TYPES), at, false));
                }
            }
        }
        return activities;
    }

    List<Activity> onOpportunity(DemoOpportunity deal) {
        Instant end = deal.opportunity().closed() ? deal.opportunity().closedAt() : DemoCompany.AS_OF;
        Instant first = clockOf(deal.owner()).plusBusinessHours(deal.opportunity().createdAt(), dice.between(0.1, 4.0));
        if (first.isAfter(end)) {
            return List.of();
        }
        DemoUser manager = roster.members(deal.team(), Role.SALES_MANAGER).get(0);
        return spread(new Touches(first, end, dice.between(3, 9)), deal.owner()).stream().map(at -> {
            ActivityType type = dice.pickWeighted(DEAL_TOUCH_TYPES);
            DemoUser who = type == ActivityType.MEETING && dice.chance(MANAGER_JOINS_MEETING) ? manager : deal.owner();
            return new Activity(null, null, deal.opportunity().opportunityId(), who.id(), type, at, false);
        }).toList();
    }

    /** The first touch where planned, the others at random working moments up to the last. */
    private List<Instant> spread(Touches touches, DemoUser owner) {
        BusinessClock clock = clockOf(owner);
        List<Instant> moments = new ArrayList<>(List.of(touches.first()));
        IntStream.range(1, touches.count())
                .forEach(i -> moments.add(clock.momentBetween(touches.first(), touches.last(), dice)));
        moments.sort(Comparator.naturalOrder());
        return moments;
    }

    private BusinessClock clockOf(DemoUser user) {
        return new BusinessClock(roster.calendarOf(user));
    }

    static Activity numbered(Activity activity, String id) {
        return new Activity(id, activity.leadId(), activity.opportunityId(), activity.ownerId(), activity.type(),
                activity.occurredAt(), activity.automated());
    }
}
