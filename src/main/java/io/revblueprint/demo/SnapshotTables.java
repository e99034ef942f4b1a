package io.revblueprint.demo;

import io.revblueprint.crm.Activity;
import io.revblueprint.crm.Campaign;
import io.revblueprint.crm.Holiday;
import io.revblueprint.crm.Lead;
import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.StageChange;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.WorkCalendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lays the generated company out as the snapshot's CSV tables, the way a CRM export would. */
final class SnapshotTables {

    final CsvTable teams = new CsvTable("teams.csv", "team_id", "name", "function", "segment", "timezone",
            "workday_start", "workday_end", "workdays", "holiday_calendar", "marketing_team_id");
    final CsvTable users = new CsvTable("users.csv", "user_id", "name", "email", "role", "team_id", "active");
    final CsvTable holidays = new CsvTable("holidays.csv", "holiday_calendar", "date", "name");
    final CsvTable leads = new CsvTable("leads.csv", true, "lead_id", "created_at", "owner_id", "source",
            "source_category", "campaign_id", "score", "industry", "company_size", "country", "mql_at", "accepted_at",
            "rejected_at", "sql_at", "disqualified_at", "disqualification_reason", "converted_opportunity_id");
    final CsvTable activities = new CsvTable("activities.csv", "activity_id", "lead_id", "opportunity_id",
            "owner_id", "type", "occurred_at", "automated");
    final CsvTable opportunities = new CsvTable("opportunities.csv", "opportunity_id", "created_at", "owner_id",
            "lead_id", "account_id", "source", "source_category", "segment", "amount", "currency", "stage",
            "is_closed", "is_won", "closed_at", "loss_reason", "competitor");
    final CsvTable stages = new CsvTable("opportunity_stages.csv", "opportunity_id", "stage", "entered_at");
    final CsvTable campaigns = new CsvTable("campaigns.csv", "campaign_id", "name", "channel", "cost", "currency");

    private final Dice dice;
    private final Map<String, ZoneId> zoneByUser;

    SnapshotTables(Roster roster, Dice dice) {
        this.dice = dice;
        this.zoneByUser = roster.users().stream()
                .collect(Collectors.toMap(DemoUser::id, user -> roster.team(user.teamId()).zone()));
        roster.teams().forEach(this::addTeam);
        roster.users().forEach(this::addUser);
        roster.holidays().forEach(this::addHoliday);
        CampaignCatalog.ALL.forEach(this::addCampaign);
    }

    /** In writing order. */
    List<CsvTable> all() {
        return List.of(teams, users, holidays, campaigns, leads, opportunities, stages, activities);
    }

    void addLeads(List<DemoLead> demoLeads, Map<String, String> opportunityByLead) {
        for (DemoLead demoLead : demoLeads) {
            Lead lead = demoLead.lead();
            ZoneId zone = demoLead.team() == null ? DemoCompany.ZONE : demoLead.team().zone();
            Function<Instant, String> time = timeFormat(zone);
            leads.append().set("lead_id", lead.leadId()).set("created_at", time.apply(lead.createdAt()))
                    .set("owner_id", lead.ownerId()).set("source", lead.source())
                    .set("source_category", lead.sourceCategory()).set("campaign_id", lead.campaignId())
                    .set("score", lead.score()).set("industry", lead.industry())
                    .set("company_size", lead.companySize()).set("country", lead.country())
                    .set("mql_at", time.apply(lead.mqlAt())).set("accepted_at", time.apply(lead.acceptedAt()))
                    .set("rejected_at", time.apply(lead.rejectedAt())).set("sql_at", time.apply(lead.sqlAt()))
                    .set("disqualified_at", time.apply(lead.disqualifiedAt()))
                    .set("disqualification_reason", lead.disqualificationReason())
                    .set("converted_opportunity_id", opportunityByLead.get(lead.leadId()));
        }
    }

    void addOpportunities(List<DemoOpportunity> deals) {
        for (DemoOpportunity deal : deals) {
            Opportunity o = deal.opportunity();
            Function<Instant, String> time = timeFormat(deal.team().zone());
            opportunities.append().set("opportunity_id", o.opportunityId()).set("created_at", time.apply(o.createdAt()))
                    .set("owner_id", o.ownerId()).set("lead_id", o.leadId()).set("account_id", o.accountId())
                    .set("source", o.source()).set("source_category", o.sourceCategory())
                    .set("segment", o.segment()).set("amount", o.amount()).set("currency", o.currency())
                    .set("stage", o.stage()).set("is_closed", o.closed()).set("is_won", o.won())
                    .set("closed_at", time.apply(o.closedAt())).set("loss_reason", o.lossReason())
                    .set("competitor", o.competitor());
            deal.stages().forEach(this::addStage);
        }
    }

    void addActivities(List<Activity> touches) {
        for (Activity activity : touches) {
            activities.append().set("activity_id", activity.activityId()).set("lead_id", activity.leadId())
                    .set("opportunity_id", activity.opportunityId()).set("owner_id", activity.ownerId())
                    .set("type", activity.type())
                    .set("occurred_at", timeFormat(zoneByUser.get(activity.ownerId())).apply(activity.occurredAt()))
                    .set("automated", automatedFlag(activity.automated()));
        }
    }

    /** Manual touches often leave the flag empty, which the contract reads as false. */
    private String automatedFlag(boolean automated) {
        return automated ? "true" : dice.chance(0.5) ? "false" : null;
    }

    private void addStage(StageChange change) {
        stages.append().set("opportunity_id", change.opportunityId()).set("stage", change.stage())
                .set("entered_at", Timestamps.utc(change.enteredAt()));
    }

    /** What the contract defaults (09:00-17:00, MID_MARKET) is left empty, as many CRMs export it. */
    private void addTeam(DemoTeam team) {
        boolean standardHours = team.start().equals(WorkCalendar.DEFAULT_START)
                && team.end().equals(WorkCalendar.DEFAULT_END);
        teams.append().set("team_id", team.id()).set("name", team.name()).set("function", team.function())
                .set("segment", team.segment() == Segment.DEFAULT ? null : team.segment())
                .set("timezone", team.zone().getId())
                .set("workday_start", standardHours ? null : team.start())
                .set("workday_end", standardHours ? null : team.end())
                .set("workdays", workdays(team)).set("holiday_calendar", team.holidayCalendar())
                .set("marketing_team_id", team.function() == TeamFunction.SALES ? Roster.MARKETING : null);
    }

    private static String workdays(DemoTeam team) {
        if (team.workdays().equals(WorkCalendar.MON_FRI)) {
            return "MON-FRI";
        }
        return team.workdays().stream().sorted().map(SnapshotTables::dayCode).collect(Collectors.joining(","));
    }

    private static String dayCode(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }

    private void addUser(DemoUser user) {
        users.append().set("user_id", user.id()).set("name", user.name()).set("email", user.email())
                .set("role", user.role()).set("team_id", user.teamId()).set("active", user.active() ? "TRUE" : "FALSE");
    }

    private void addHoliday(Holiday holiday) {
        holidays.append().set("holiday_calendar", holiday.calendarId()).set("date", holiday.date())
                .set("name", holiday.name());
    }

    private void addCampaign(Campaign campaign) {
        campaigns.append().set("campaign_id", campaign.campaignId()).set("name", campaign.name())
                .set("channel", campaign.channel()).set("cost", campaign.cost()).set("currency", campaign.currency());
    }

    /** One form per row: mostly UTC, often local with offset, rarely company time without offset. */
    private Function<Instant, String> timeFormat(ZoneId zone) {
        double roll = dice.between(0.0, 1.0);
        Timestamps.Style style = roll < 0.7 ? Timestamps.Style.UTC
                : roll < 0.997 ? Timestamps.Style.OFFSET : Timestamps.Style.COMPANY_LOCAL;
        return instant -> Timestamps.format(instant, style, zone);
    }
}
