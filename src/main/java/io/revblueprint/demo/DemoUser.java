package io.revblueprint.demo;

import io.revblueprint.crm.Role;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** A CRM user of the demo company; {@code leftOn} is set for someone who has left (inactive). */
record DemoUser(String id, String name, Role role, String teamId, LocalDate leftOn) {

    boolean active() {
        return leftOn == null;
    }

    boolean workedAt(Instant instant) {
        return active() || instant.isBefore(leftOn.atStartOfDay(DemoCompany.ZONE).toInstant());
    }

    /** first.last@domain, with umlauts spelled out as German addresses do. */
    String email() {
        String ascii = name.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String plain = Normalizer.normalize(ascii, Normalizer.Form.NFD).replaceAll("[^a-z ]", "");
        return plain.trim().replaceAll(" +", ".") + "@" + DemoCompany.EMAIL_DOMAIN;
    }
}
