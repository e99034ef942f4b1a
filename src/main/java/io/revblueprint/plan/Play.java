package io.revblueprint.plan;

import io.revblueprint.crm.Role;

/** What the playbook prescribes when a metric misses: the leak's name, the action, who owns it, how long it takes. */
public record Play(String metric, String leak, String action, Role ownerRole, int effortWeeks) {
}
