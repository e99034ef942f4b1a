package io.revblueprint.report;

import io.revblueprint.crm.Role;
import io.revblueprint.plan.Fix;

import java.util.Comparator;
import java.util.List;

/** One line of a fix table, formatted for display. */
record FixRow(
        String rank,
        String metric,
        String action,
        String ownerName,
        String ownerRole,
        String start,
        String due,
        String revenueAtStake) {

    static FixRow of(Fix fix, String currency) {
        return new FixRow(
                Integer.toString(fix.rank()),
                MetricLabels.label(fix.metric(), null),
                fix.action(),
                fix.ownerName() == null ? Figures.NONE : fix.ownerName(),
                role(fix.ownerRole()),
                Figures.date(fix.startDate()),
                Figures.date(fix.dueDate()),
                Figures.money(fix.revenueAtStake(), currency));
    }

    /** The fixes in rank order, at most {@code limit} of them. */
    static List<FixRow> of(List<Fix> fixes, String currency, int limit) {
        return fixes.stream()
                .sorted(Comparator.comparingInt(Fix::rank))
                .limit(limit)
                .map(fix -> of(fix, currency))
                .toList();
    }

    static String role(Role role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case SDR -> "SDR";
            case AE -> "Account executive";
            case SALES_MANAGER -> "Sales manager";
            case MARKETING_MANAGER -> "Marketing manager";
            case MARKETING_OPS -> "Marketing ops";
            case REVOPS -> "RevOps";
            case EXECUTIVE -> "Executive";
        };
    }
}
