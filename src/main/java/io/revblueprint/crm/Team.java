package io.revblueprint.crm;

/**
 * A team; its calendar measures its business hours. A sales team may name the marketing team that feeds it
 * ({@code marketingTeamId}, null when not given): that team's people own the team's marketing fixes.
 */
public record Team(String teamId, String name, TeamFunction function, Segment segment, WorkCalendar calendar,
                   String marketingTeamId) {

    /** Virtual team of leads without a known owner. */
    public static final String UNASSIGNED = "UNASSIGNED";

    /** The company's virtual team of leads and deals nobody owns, on the company calendar; its plan is company-level. */
    public static Team unassigned(WorkCalendar companyCalendar) {
        return new Team(UNASSIGNED, "Leads and deals no team owns", TeamFunction.SALES, Segment.DEFAULT,
                companyCalendar, null);
    }
}
