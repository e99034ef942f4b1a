package io.revblueprint.metrics;

/**
 * One team's totals over every lead of the snapshot (owner's team, {@code UNASSIGNED} when the owner is missing or
 * unknown): how many it owns, and how many reached sql_at in the period's last full calendar month
 * ({@link Period#lastFullMonth()}) and in the month before it.
 */
public record LeadTotals(String teamId, long leads, long sqlsInLastFullMonth, long sqlsInMonthBefore) {
}
