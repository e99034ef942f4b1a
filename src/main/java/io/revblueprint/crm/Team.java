package io.revblueprint.crm;

/** A team; its calendar measures its business hours. */
public record Team(String teamId, String name, TeamFunction function, Segment segment, WorkCalendar calendar) {

    /** Virtual team of leads without a known owner. */
    public static final String UNASSIGNED = "UNASSIGNED";

    public static Team unassigned(WorkCalendar companyCalendar) {
        return new Team(UNASSIGNED, "Unassigned", TeamFunction.SALES, Segment.DEFAULT, companyCalendar);
    }
}
