package io.revblueprint.crm;

/** A CRM user; email is where that person's blueprint goes. */
public record User(String userId, String name, String email, Role role, String teamId, boolean active) {
}
