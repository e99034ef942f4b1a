package io.revblueprint.delivery;

import java.nio.file.Path;
import java.util.List;

/**
 * One message to send: a blueprint (a team's, or the executive summary for scope ALL) to one person, with the
 * headline figures and top fixes its body shows.
 */
public record Delivery(String recipientEmail, String recipientName, String scope, String scopeName, String periodLabel,
                       Path pdf, List<String> headlines, List<String> topFixes) {

    public String subject() {
        return "Revenue Growth Blueprint — " + scopeName + " — " + periodLabel;
    }
}
