package io.revblueprint.report.email;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.User;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who receives a blueprint: each mailbox once. */
class RecipientsTest {

    private static final User MANAGER = new User("U-1", "Michael O'Brien", "michael.obrien@example.com",
            Role.SALES_MANAGER, "T-BER", true);
    private static final User SAME_MAILBOX = new User("U-2", "Michael OBrien", "Michael.OBrien@Example.com",
            Role.MARKETING_MANAGER, "T-BER", true);
    private static final User EXECUTIVE = new User("U-3", "Rita", "rita@example.com", Role.EXECUTIVE, "EXEC", true);
    private static final User EXECUTIVE_AGAIN = new User("U-4", "Rita (old)", "RITA@example.com", Role.EXECUTIVE, "EXEC",
            true);

    @Test
    void anAddressWrittenTwiceInDifferentCaseGetsOneMessage() {
        Recipients recipients = new Recipients(List.of(MANAGER, SAME_MAILBOX, EXECUTIVE, EXECUTIVE_AGAIN));

        assertThat(recipients.ofTeamBlueprint("T-BER", List.of(), false)).containsExactly(MANAGER);
        assertThat(recipients.ofExecutiveSummary(List.of())).containsExactly(EXECUTIVE);
    }
}
