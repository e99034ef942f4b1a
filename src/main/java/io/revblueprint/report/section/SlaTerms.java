package io.revblueprint.report.section;

import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.report.text.Figures;

import java.util.List;

/** The SLA policy in force, in words: what a fix for an SLA metric installs, and the appendix's policy list. */
final class SlaTerms {

    private SlaTerms() {
    }

    static List<TermRow> policy(SlaPolicy sla) {
        return List.of(
                new TermRow("First response", response(sla) + ", counted in business hours on the team's calendar"),
                new TermRow("High intent", "An MQL with a lead score above " + sla.highIntentScoreAbove()),
                new TermRow("Accept or reject", acceptReject(sla)),
                new TermRow("Follow-up", followUp(sla)),
                new TermRow("Reasons", "A documented reason for every rejection and disqualification"));
    }

    private static String response(SlaPolicy sla) {
        return "First touch within " + hours(sla.highIntentResponseHours()) + " for high-intent MQLs, "
                + hours(sla.standardResponseHours()) + " for the others";
    }

    private static String acceptReject(SlaPolicy sla) {
        return "Sales accepts or rejects every MQL within " + hours(sla.acceptRejectHours());
    }

    private static String followUp(SlaPolicy sla) {
        return "At least " + sla.minTouches() + " touches over " + sla.minTouchDays()
                + " days before a lead is disqualified as unresponsive";
    }

    private static String hours(double hours) {
        String number = hours == Math.rint(hours) ? Long.toString((long) hours) : Figures.oneDecimal(hours);
        return number + (hours == 1 ? " business hour" : " business hours");
    }
}
