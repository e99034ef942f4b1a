package io.revblueprint.cli;

import java.util.Locale;

/** How blueprints are delivered: over SMTP, as .eml files under outbox/, or not at all. */
public enum EmailMode {
    SMTP, OUTBOX, NONE;

    static EmailMode parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--email=" + text + " is not one of smtp, outbox, none");
        }
    }
}
