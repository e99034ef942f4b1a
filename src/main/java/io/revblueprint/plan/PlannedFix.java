package io.revblueprint.plan;

/**
 * A fix with everything the blueprint prints about it: the fixes.csv row, the leak it answers, the playbook
 * play it comes from, the revenue estimate, and the confidence and priority it was ranked by
 * (priority = revenue at stake × confidence ÷ effort).
 */
public record PlannedFix(Fix fix, Judgement judgement, Play play, RevenueEstimate revenue, double confidence,
                         double priority) {
}
