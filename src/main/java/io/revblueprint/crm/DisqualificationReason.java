package io.revblueprint.crm;

import java.util.Arrays;

/** The documented reject/disqualification codes; anything else counts as undocumented. */
public enum DisqualificationReason {
    NO_BUDGET, NOT_DECISION_MAKER, TIMELINE, COMPETITOR, UNRESPONSIVE, WRONG_CONTACT, NOT_ICP, DUPLICATE, OTHER;

    public static boolean isDocumented(String reason) {
        return reason != null && Arrays.stream(values()).anyMatch(code -> code.name().equals(reason));
    }
}
