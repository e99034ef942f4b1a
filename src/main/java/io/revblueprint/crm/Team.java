package io.revblueprint.crm;

/** A team; its calendar measures its business hours. */
public record Team(String teamId, String name, TeamFunction function, Segment segment, WorkCalendar calendar) {

    /** Virtual team of leads without a known owner. */
    public static final String UNASSIGNED = "UNASSIGNED";
}
