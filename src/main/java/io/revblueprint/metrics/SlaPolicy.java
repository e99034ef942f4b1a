package io.revblueprint.metrics;

/** The SLA the metrics judge against (configured under {@code blueprint.sla.*}). */
public record SlaPolicy(
        int highIntentScoreAbove,
        double highIntentResponseHours,
        double standardResponseHours,
        double acceptRejectHours,
        int minTouches,
        int minTouchDays) {

    /** The seed SLA template: 2 h for high intent (score > 85), 4 h otherwise, 4 h to accept/reject, 8 touches over 14 days. */
    public static final SlaPolicy DEFAULT = new SlaPolicy(85, 2, 4, 4, 8, 14);

    public boolean isHighIntent(Integer score) {
        return score != null && score > highIntentScoreAbove;
    }

    public double responseTargetHours(Integer score) {
        return isHighIntent(score) ? highIntentResponseHours : standardResponseHours;
    }
}
