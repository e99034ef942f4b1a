package io.revblueprint.job;

import io.revblueprint.delivery.DeliveryLog;

import java.util.List;
import java.util.stream.Collectors;

/** Some messages of the run could not be sent: who, and why; the rest were sent, and a rerun sends only these. */
class DeliveryFailedException extends RuntimeException {

    /**
     * {@code unconfirmed}: messages that may have been delivered and are not sent again; {@code delivered}: how many
     * messages of the period have left, by this run or an earlier one.
     */
    DeliveryFailedException(List<DeliveryLog.Failure> failures, List<DeliveryLog.Failure> unconfirmed, long delivered) {
        super(failures.size() + (failures.size() == 1 ? " message was" : " messages were") + " not delivered: "
                + listed(failures) + ". " + (unconfirmed.isEmpty() ? "" : unconfirmed(unconfirmed) + ". ")
                + (delivered == 0 ? (unconfirmed.isEmpty() ? "No message" : "No other message")
                + " of this period is known to have been delivered"
                : delivered + (delivered == 1 ? " other message" : " other messages") + " of this period "
                + (delivered == 1 ? "has" : "have") + " been delivered") + "; run the same command again to send only"
                + " the undelivered ones");
    }

    /** "1 may have been delivered and is not sent again (--force resends): ana@example.org (…)". */
    static String unconfirmed(List<DeliveryLog.Failure> unconfirmed) {
        return unconfirmed.size() + (unconfirmed.size() == 1 ? " may have been delivered and is" : " may have been"
                + " delivered and are") + " not sent again (--force resends): " + listed(unconfirmed);
    }

    private static String listed(List<DeliveryLog.Failure> failures) {
        return failures.stream().limit(5).map(failure -> failure.recipient() + " (" + failure.error() + ")")
                .collect(Collectors.joining("; ")) + (failures.size() > 5 ? "; and " + (failures.size() - 5)
                + " more" : "");
    }
}
