package io.revblueprint.demo;

import io.revblueprint.crm.DisqualificationReason;

import java.util.Arrays;
import java.util.List;

/** The words reps type when they reject, disqualify or lose something. */
final class Reasons {

    static final String UNRESPONSIVE = DisqualificationReason.UNRESPONSIVE.name();

    private static final List<String> REJECT_CODES = List.of("NOT_ICP", "NOT_ICP", "NOT_ICP", "WRONG_CONTACT",
            "WRONG_CONTACT", "NO_BUDGET", "TIMELINE", "NOT_DECISION_MAKER", "DUPLICATE", "COMPETITOR");
    private static final List<String> DISQUALIFY_CODES = List.of("NO_BUDGET", "NO_BUDGET", "TIMELINE", "TIMELINE",
            "NOT_DECISION_MAKER", "COMPETITOR", "NOT_ICP", "OTHER");
    private static final List<String> TRIAGE_CODES = List.of("DUPLICATE", "DUPLICATE", "NOT_ICP", "WRONG_CONTACT");
    /** What gets typed when the pick list is ignored; null is a reason left empty. */
    private static final List<String> UNDOCUMENTED = Arrays.asList(
            "not interested", null, null, "Student / job seeker", "bad data, fake email", "n/a", "no answer",
            "Not Interested");
    private static final List<String> LOSS_REASONS = List.of(
            "Price", "Price", "No budget", "No decision / status quo", "No decision / status quo", "Timing",
            "Missing feature: Salesforce CPQ sync", "Lost to competitor", "Lost to competitor",
            "Price, too expensive per seat",
            "Champion left; new VP said \"no budget until 2027\"",
            "Lost to competitor\nCheaper per seat; renewal with incumbent until 2027");
    private static final List<String> COMPETITORS = List.of("Tableau", "Power BI", "Looker", "Qlik", "Clari");

    private Reasons() {
    }

    static String reject(double documentedShare, Dice dice) {
        return dice.chance(documentedShare) ? dice.pick(REJECT_CODES) : dice.pick(UNDOCUMENTED);
    }

    static String disqualify(double documentedShare, Dice dice) {
        return dice.chance(documentedShare) ? dice.pick(DISQUALIFY_CODES) : dice.pick(UNDOCUMENTED);
    }

    /** Marketing ops weeding out junk before scoring. */
    static String triage(Dice dice) {
        return dice.pick(TRIAGE_CODES);
    }

    static String loss(Dice dice) {
        return dice.pick(LOSS_REASONS);
    }

    /** Who won a lost deal: named mostly when the rep recorded losing to a competitor. */
    static String competitor(String lossReason, Dice dice) {
        boolean lostToCompetitor = lossReason != null && lossReason.startsWith("Lost to competitor");
        return dice.chance(lostToCompetitor ? 0.8 : 0.1) ? dice.pick(COMPETITORS) : null;
    }
}
