package io.revblueprint.report.section;

/**
 * One line of a fix table, formatted for display: the leak (labelled "possible" where the plan says so), the
 * action and what proves it done, the owner, the SLA it installs, the dates and the revenue a year at stake.
 */
public record FixRow(
        String rank,
        String leak,
        String action,
        String proof,
        String ownerName,
        String ownerRole,
        String sla,
        String start,
        String due,
        String revenueAtStake) {
}
