package io.revblueprint.demo;

import io.revblueprint.crm.Lead;

import java.time.Instant;
import java.util.List;

/**
 * A generated lead, who owns it and how it was worked.
 *
 * @param automatedAt the automated sequence email: right after the MQL, or a nurture email (null: none)
 * @param touches     the manual work on it, before and after the MQL
 */
record DemoLead(Lead lead, DemoTeam team, DemoUser owner, Instant automatedAt, List<Touches> touches) {

    DemoLead {
        touches = List.copyOf(touches);
    }
}
